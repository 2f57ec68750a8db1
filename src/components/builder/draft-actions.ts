/**
 * What the draft bar's buttons do: duplicate, roll over, rename, delete and undo, example data, export and import,
 * resolving a conflict between tabs. Loaded on the first click, never before (see DraftBar.tsx).
 */
import { removeDraft, renameDraft, restoreDraft } from '../../lib/drafts/library-edits.ts';
import { newDraft } from '../../lib/drafts/new.ts';
import { serializeDraft } from '../../lib/drafts/export.ts';
import { reportFileName } from '../../lib/builder/filename.ts';
import { $conflict, $currentId, $draft, $index, $notice, $undo, getProps, openStored } from './state.ts';
import { catalogueEntries, update } from './store.ts';
import { commit, createDraft, getShelf, save, switchDraft } from './persist.ts';
import { saveBlob } from '../ui/save-blob.ts';
import { t } from './strings/drafts.ts';
import { t as tp } from './strings/page.ts';
import { hasUserContent } from '../../lib/drafts/content.ts';
import { isWordFile } from '../../lib/drafts/file-kind.ts';
import type { DocxImportResult } from '../../lib/drafts/docx-import.ts';
import { LIMITS, limitReason } from '../../lib/files/limits.ts';
import { isRequestText, openRequestFile } from '../request/in-builder.ts';

export function duplicateDraft(): void {
  const d = $draft.get();
  if (d) createDraft({ ...structuredClone(d), name: t.draftCopyName(d.name || tp.draftDefaultName) });
}

/** "Tạo từ kỳ trước". */
export async function rollover(): Promise<void> {
  const d = $draft.get();
  if (!d) return;
  const { rolloverDraft } = await import('../../lib/drafts/rollover.ts');
  createDraft(rolloverDraft(d, getProps().template, new Date()));
}

export function renameCurrent(name: string): void {
  const clean = name.trim();
  const id = $currentId.get();
  if (!clean) return;
  void commit({ change: (i) => renameDraft(i, id, clean) });
  update((d) => ({ ...d, name: clean }));
}

/** Removes the open draft from the list and from storage; its content stays in memory for "Hoàn tác". */
export function deleteCurrent(): void {
  const id = $currentId.get();
  const { index: next, removed } = removeDraft({ ...$index.get(), current: id }, id);
  if (!removed) return;
  $undo.set({ ...removed, draft: $draft.get() });
  void commit({ change: (i) => removeDraft(i, id).index }, [[id, null]]);
  if (next.current) void switchDraft(next.current);
  else void createDraft(newDraft(getProps().template, new Date(), tp.draftDefaultName));
}

export function undoDelete(): void {
  const u = $undo.get();
  if (!u) return;
  $undo.set(undefined);
  void commit({ change: (i) => restoreDraft(i, u) }, u.draft ? [[u.meta.id, u.draft]] : []);
  void switchDraft(u.meta.id);
}

export function resolveConflict(choice: 'theirs' | 'mine'): void {
  const theirs = $conflict.get();
  if (!theirs) return;
  const id = $currentId.get();
  $conflict.set(undefined);
  getShelf().adopt(id, theirs.rev);
  if (choice === 'theirs') {
    openStored(id, theirs.draft);
    $notice.set({ text: t.conflictLoaded, kind: 'ok' });
  } else {
    const d = $draft.get();
    if (d) save(d);
    $notice.set({ text: t.conflictKept, kind: 'ok' });
  }
}

/**
 * "Dùng dữ liệu mẫu": replaces the open draft's content, keeping its name (asks first if it has content). The draft
 * remembers it holds the sample (`origin`), so that the checks say so and list what of it is left.
 */
export async function fillWithExample(): Promise<void> {
  const { example, template } = getProps();
  const draft = $draft.get();
  if (!example || !draft) return $notice.set({ text: t.noExample, kind: 'error' });
  if (hasUserContent(draft, template) && !window.confirm(t.useExampleConfirm)) return;
  const { exampleOrigin } = await import('../../lib/drafts/origin.ts');
  const origin = exampleOrigin(example, template);
  update((d) => ({ ...structuredClone(example), kind: d.kind, name: d.name, origin }));
  $notice.set({ text: t.exampleLoaded, kind: 'ok' });
}

export function exportDraft(): void {
  const draft = $draft.get();
  if (!draft) return;
  const { template } = getProps();
  const fileName = reportFileName(template.fileCode, draft.header.period, draft.header.place, 'json', draft.header.issuer);
  void saveBlob(new Blob([serializeDraft(draft)], { type: 'application/json' }), fileName);
}

/**
 * Reads a chosen .json file, or the draft a downloaded .docx carries, and opens it as a new draft; or says why not,
 * naming the file. A file over the limits (src/lib/files/limits.ts) is refused before it is read; "có thể do mất mạng"
 * is said only when the reading code itself could not be downloaded.
 */
export async function importFile(file: File): Promise<void> {
  const refuse = (why: string) => $notice.set({ text: t.importFailed(file.name, why), kind: 'error' });
  if (file.size > LIMITS.fileBytes) return refuse(limitReason('file-size', { size: file.size, max: LIMITS.fileBytes }));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse(t.readFailed);
  }
  const { template, kindNames } = getProps();
  const word = isWordFile(file.name, bytes);
  // A province's request (src/lib/request/) opens as a new draft set as it asks.
  const text = word ? '' : new TextDecoder().decode(bytes);
  if (isRequestText(text)) return openRequestFile(text).catch(() => $notice.set({ text: tp.loadFailed(tp.actionWhat), kind: 'error' }));
  let parse: (bytes: Uint8Array) => DocxImportResult;
  try {
    if (word) {
      const m = await import('../../lib/drafts/docx-import.ts');
      parse = (b) => m.parseDraftDocx(b, template.id, kindNames);
    } else {
      const m = await import('../../lib/drafts/import.ts');
      parse = (b) => m.parseDraftFile(new TextDecoder().decode(b), template.id, kindNames);
    }
  } catch {
    $notice.set({ text: tp.loadFailed(tp.actionWhat), kind: 'error' });
    return;
  }
  let r: DocxImportResult;
  try {
    r = parse(bytes);
  } catch (e) {
    console.error(e);
    r = { ok: false, error: t.unreadable };
  }
  if (!r.ok) return refuse(r.error);
  const stored = await createDraft(r.draft);
  const name = $draft.get()?.name ?? r.draft.name;
  const opened = r.migratedFrom !== undefined ? t.importedMigrated(name, r.migratedFrom) : word ? t.importedDocx(name) : t.imported(name);
  // "Đã nhập" is said only of a draft that was stored; otherwise it is open in the page and the notice says so.
  $notice.set(stored ? { text: opened, kind: 'ok' } : { text: `${opened} ${t.importedNotStored}`, kind: 'error' });
  // A .docx edited after download: what its text prints against the draft it carries (PrintedNotice.tsx).
  if ('printed' in r && r.printed) {
    const { draft, printed } = r;
    void import('./printed-import.ts').then(
      (m) => m.notePrinted(template, { ...draft, name }, printed, catalogueEntries(), $currentId.get()),
      () => undefined,
    );
  }
}
