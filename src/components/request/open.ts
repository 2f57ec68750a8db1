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
import { newDraft } from '../../lib/drafts/new.ts';
import { periodLabel } from '../../lib/format/period.ts';
import { $currentId, $draft, $index, $notice, getProps, session } from '../builder/state.ts';
// Statically, so that this module reaches the builder's modules as the write path does (one chunk for them all); it
// holds the unstored draft of a first visit from here on.
import { commit, createDraft, getShelf, switchDraft } from '../builder/persist.ts';
import { t } from './strings/open.ts';

/** The request in the page's address: opened, then taken out of the address so that a reload does not open it again. */
export function openRequestLink(hash: string): Promise<void> {
  const { template, kindNames } = getProps();
  if (typeof history !== 'undefined') history.replaceState(history.state, '', location.pathname + location.search);
  return open(decodeRequest(hash, template.id, kindNames));
}

/** A request's .json file chosen in "Nhập bản nháp". */
export function openRequestFile(text: string): Promise<void> {
  const { template, kindNames } = getProps();
  return open(parseRequestFile(text, template.id, kindNames));
}

async function open(r: RequestResult): Promise<void> {
  if (!r.ok) return $notice.set({ text: `${t.failed}: ${r.error}`, kind: 'error' });
  const id = requestId(r.request);
  const answered = await answeringDraft(id);
  if (answered) {
    if (answered.id !== $currentId.get()) await switchDraft(answered.id);
    return $notice.set({ text: t.reopened(answered.name), kind: 'ok' });
  }
  const { template, criteriaSets } = getProps();
  const made = draftFromRequest(template, r.request, new Date(), draftName(r.request), criteriaSets);
  if (!made.ok) return $notice.set({ text: `${t.failed}: ${made.error}`, kind: 'error' });
  const untouched = untouchedDraft();
  const stored = await createDraft(made.draft);
  if (untouched) void commit({ change: (i) => ({ ...i, items: i.items.filter((m) => m.id !== untouched) }) }, [[untouched, null]]);
  const text = t.opened($draft.get()?.name ?? made.draft.name, citeDocument(r.request.document, false));
  $notice.set(stored ? { text, kind: 'ok' } : { text: `${text} ${t.notStored}`, kind: 'error' });
}

const draftName = (r: ReportRequest) => t.draftName(`${documentType(r.document.number)} ${r.document.number}`, periodLabel(r.period));

/** The draft of this kind that already answers the request, if any. */
async function answeringDraft(id: string): Promise<{ id: string; name: string } | undefined> {
  const items = $index.get().items;
  for (const m of items) {
    const stored = await getShelf()
      .draft(m.id)
      .catch(() => undefined);
    if (stored?.draft.request?.id === id) return m;
  }
  const open = $draft.get();
  return open?.request?.id === id ? items.find((m) => m.id === $currentId.get()) : undefined;
}

/**
 * The draft a first visit showed by itself (not stored before, exactly as a new draft is): the request's draft takes its
 * place rather than sitting beside an empty one. Anything typed in it, or a draft stored before, and it stays.
 */
function untouchedDraft(): string | undefined {
  const id = $currentId.get();
  const d = $draft.get();
  if (!d || session.edited || session.storedIndex.items.some((m) => m.id === id)) return undefined;
  const bare = (x: Draft) => JSON.stringify({ ...x, updatedAt: '', header: { ...x.header, date: '' } });
  return bare(d) === bare(newDraft(getProps().template, new Date(), d.name)) ? id : undefined;
}
