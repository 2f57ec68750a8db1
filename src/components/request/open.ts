/**
 * The builder opening a province's request (src/lib/request/): from the link it was opened with ("#yc=…") or from a
 * request's .json file chosen in "Nhập bản nháp". It makes a new draft set as the request asks and says so; a request
 * this builder already answered opens that draft again; a request that cannot be used is a message, and nothing
 * changes. Loaded only when there is a request, with its reading code (zod, fflate).
 */
import type { Draft } from '../../schemas/draft.ts';
import type { ReportRequest } from '../../schemas/request.ts';
import { decodeRequest, parseRequestFile, type RequestResult } from '../../lib/request/link.ts';
import { draftFromRequest } from '../../lib/request/draft.ts';
import { requestId } from '../../lib/request/identity.ts';
import { citeDocument, documentType } from '../../lib/request/basis.ts';
import { draftKey, parseStored } from '../../lib/drafts/library.ts';
import { newDraft } from '../../lib/drafts/new.ts';
import { periodLabel } from '../../lib/format/period.ts';
import { $currentId, $draft, $notice, createDraft, getProps, getStorage, indexStore, switchDraft } from '../builder/store.ts';
import { t } from './strings/open.ts';
import { t as page } from '../builder/strings/page.ts';

/** The request in the page's address: opened, then taken out of the address so that a reload does not open it again. */
export function openRequestLink(hash: string): void {
  const { template, kindNames } = getProps();
  open(decodeRequest(hash, template.id, kindNames));
  if (typeof history !== 'undefined') history.replaceState(history.state, '', location.pathname + location.search);
}

/** A request's .json file chosen in "Nhập bản nháp". */
export function openRequestFile(text: string): void {
  const { template, kindNames } = getProps();
  open(parseRequestFile(text, template.id, kindNames));
}

function open(r: RequestResult): void {
  if (!r.ok) return $notice.set({ text: `${t.failed}: ${r.error}`, kind: 'error' });
  const id = requestId(r.request);
  const answered = answeringDraft(id);
  if (answered) {
    if (answered.id !== $currentId.get()) switchDraft(answered.id);
    return $notice.set({ text: t.reopened(answered.name), kind: 'ok' });
  }
  const { template, criteriaSets } = getProps();
  const made = draftFromRequest(template, r.request, new Date(), draftName(r.request), criteriaSets);
  if (!made.ok) return $notice.set({ text: `${t.failed}: ${made.error}`, kind: 'error' });
  const untouched = onlyUntouched();
  createDraft(made.draft, untouched ? [] : undefined);
  if (untouched) getStorage().remove(draftKey(untouched));
  $notice.set({ text: t.opened($draft.get()?.name ?? made.draft.name, citeDocument(r.request.document, false)), kind: 'ok' });
}

const draftName = (r: ReportRequest) => t.draftName(`${documentType(r.document.number)} ${r.document.number}`, periodLabel(r.period));

/** The draft of this kind that already answers the request, if any. */
function answeringDraft(id: string): { id: string; name: string } | undefined {
  for (const m of indexStore().get().items) {
    const stored = parseStored<Draft>(getStorage().get(draftKey(m.id)));
    if (stored?.draft.request?.id === id) return m;
  }
  return undefined;
}

/**
 * The draft a first visit made by itself (the only one, exactly as a new draft is): the request's draft takes its place
 * rather than sitting beside an empty one. Anything typed in it, or any other draft, and it stays.
 */
function onlyUntouched(): string | undefined {
  const items = indexStore().get().items;
  const d = $draft.get();
  if (items.length !== 1 || items[0].id !== $currentId.get() || !d) return undefined;
  const bare = (x: Draft) => JSON.stringify({ ...x, updatedAt: '', header: { ...x.header, date: '' } });
  return bare(d) === bare(newDraft(getProps().template, new Date(), page.draftDefaultName)) ? items[0].id : undefined;
}
