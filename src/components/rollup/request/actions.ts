/**
 * What the section "Yêu cầu báo cáo" does: keeps the form as typed, makes the request and gives it to the roll-up
 * (its units, deadline, period and targets), makes its link, its .json file, its Phụ lục and its QR code. Loaded with
 * the section's panel, never with the page; the Phụ lục's renderer and the QR library load when asked for.
 */
import { atom } from 'nanostores';
import type { ReportRequest } from '../../../schemas/request.ts';
import { emptyForm, formFromRequest, requestFromForm, type FormField, type RequestForm } from '../../../lib/request/form.ts';
import {
  LINK_PRACTICAL_MAX,
  decodeRequest,
  parseRequestFile,
  requestLink,
  serializeRequest,
  type RequestResult,
} from '../../../lib/request/link.ts';
import { settingsFromRequest } from '../../../lib/request/rollup.ts';
import { REQUEST_FORM_KEY } from '../../../lib/storage/keys.ts';
import { emptyRollup } from '../../../lib/rollup/state.ts';
import { periodSlug } from '../../../lib/builder/filename.ts';
import { saveBlob } from '../../ui/save-blob.ts';
import { browserLocalStorage } from '../../../lib/storage/local.ts';
import { unloadCopy } from '../../../lib/storage/unload-copy.ts';
import { onPageLeave } from '../../ui/page-leave.ts';
import { $state, getKv, getProps, saveRollup, storeValue } from '../store.ts';
// The roll-up's own actions, whose code this panel shares (and so loads with it, in the same chunks).
import { templateOf } from '../actions.ts';
import { t } from './strings.ts';

export const $form = atom<RequestForm | undefined>(undefined);
export const $errors = atom<Partial<Record<FormField, string>>>({});
export const $message = atom<{ text: string; kind: 'ok' | 'error' } | undefined>(undefined);

const templates = () => getProps().templates;

/** The form kept on this computer, or the roll-up's request, or a new one for the first kind. */
export async function loadForm(): Promise<void> {
  if ($form.get()) return;
  const [kept] = await getKv()
    .read([REQUEST_FORM_KEY])
    .catch(() => [undefined]);
  const left = readCopy();
  const request = $state.get()?.request;
  const form = left ?? (isForm(kept) ? kept : request ? formFromRequest(request) : emptyForm(templates()[0], new Date()));
  // A form kept by an earlier version of the page has no criteria set yet.
  $form.set({ ...form, criteria: form.criteria ?? { choice: '' } });
  if (left) setForm({});
}

/** The form as typed but not stored yet when the page goes: a copy in localStorage, opened by the next visit. */
const copy = unloadCopy<RequestForm>(REQUEST_FORM_KEY, browserLocalStorage);
onPageLeave(copy.keep);
const readCopy = (): RequestForm | undefined => {
  const v = copy.read();
  return isForm(v) ? v : undefined;
};

const isForm = (v: unknown): v is RequestForm =>
  typeof v === 'object' && v !== null && typeof (v as RequestForm).kind === 'string' && typeof (v as RequestForm).targets === 'object';

/** Every keystroke is kept (IndexedDB): a province typing a hundred units never loses them. */
export function setForm(patch: Partial<RequestForm>): void {
  const form = { ...$form.get()!, ...patch };
  $form.set(form);
  void storeValue(REQUEST_FORM_KEY, form, copy);
}

/** "Tạo liên kết yêu cầu": the request, checked, becomes the roll-up's. */
export function createRequest(said = ''): void {
  const form = $form.get();
  const template = form && templateOf(form.kind);
  if (!form || !template) return;
  const r = requestFromForm(form, template, getProps().criteriaSets ?? []);
  if (!r.ok) {
    $errors.set(r.errors);
    return $message.set({ text: t.fix(Object.keys(r.errors).length), kind: 'error' });
  }
  $errors.set({});
  const state = $state.get() ?? emptyRollup();
  if (state.units.length && state.kind && state.kind !== r.request.kind) {
    const names = getProps().kindNames;
    return $message.set({ text: t.otherKind(names[state.kind] ?? state.kind, names[r.request.kind] ?? r.request.kind), kind: 'error' });
  }
  const { kind, year, index } = r.request.period;
  const next = {
    ...state,
    kind: r.request.kind,
    period: { kind, year, ...(index ? { index } : {}) },
    request: r.request,
    settings: { ...state.settings, ...settingsFromRequest(r.request) },
  };
  $state.set(next);
  void saveRollup(next);
  $message.set({ text: `${said}${t.created(r.request.units.length)}`, kind: 'ok' });
}

/** The request's link: the builder of its kind on this site, with the request in the fragment. */
export const linkOf = (r: ReportRequest): string => requestLink(new URL(`${getProps().builderBase}${r.kind}/`, location.href).href, r);
export const linkTooLong = (link: string) => link.length > LINK_PRACTICAL_MAX;

const baseName = (r: ReportRequest) =>
  `yeu-cau-${(templates().find((x) => x.id === r.kind)?.fileCode ?? r.kind).toLowerCase()}-${periodSlug(r.period)}`;

export const downloadJson = (r: ReportRequest) =>
  saveBlob(new Blob([serializeRequest(r)], { type: 'application/json' }), `${baseName(r)}.json`);

/** The Phụ lục to send with the công văn (.docx), with the link and its QR code. */
export async function downloadAppendix(r: ReportRequest): Promise<void> {
  const template = templateOf(r.kind);
  if (!template) return;
  try {
    const { requestAttachment } = await import('../../../lib/request/attachment.ts');
    const bytes = await requestAttachment(template, r, linkOf(r), getProps().criteriaSets ?? []);
    const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    await saveBlob(new Blob([bytes as BlobPart], { type }), `${baseName(r)}-phu-luc.docx`);
  } catch (e) {
    console.error(e);
    $message.set({ text: t.appendixFailed, kind: 'error' });
  }
}

export async function downloadQrPng(r: ReportRequest): Promise<void> {
  const { qrPng } = await import('../../../lib/request/qr.ts');
  await saveBlob(new Blob([qrPng(linkOf(r)) as BlobPart], { type: 'image/png' }), `${baseName(r)}-qr.png`);
}

/** "Mở tệp yêu cầu (.json)": the request fills the form, to check and create. */
export const openRequestFile = (text: string, file: string) => fill(parseRequestFile(text, null, getProps().kindNames), file);

/** /tong-hop/#yc=…: the link a province sent (or was sent) opens its request here too; then leaves the address. */
export function openRequestHash(hash: string): void {
  history.replaceState(history.state, '', location.pathname + location.search);
  fill(decodeRequest(hash, null, getProps().kindNames), t.link);
}

function fill(r: RequestResult, from: string): void {
  if (!r.ok) return $message.set({ text: `${from}: ${r.error}`, kind: 'error' });
  const kind = r.request.kind;
  if (!templates().some((x) => x.id === kind))
    return $message.set({ text: t.noFigures(getProps().kindNames[kind] ?? kind), kind: 'error' });
  setForm(formFromRequest(r.request));
  createRequest(t.opened(from));
}
