/**
 * What the draft bar's buttons do: duplicate, roll over, rename, delete and undo, example data, export and import,
 * resolving a conflict between tabs. Loaded on the first click, never before (see DraftBar.tsx).
 */
import { draftKey } from '../../lib/drafts/library.ts';
import { removeDraft, renameDraft, restoreDraft } from '../../lib/drafts/library-edits.ts';
import { newDraft } from '../../lib/drafts/new.ts';
import { serializeDraft } from '../../lib/drafts/export.ts';
import { reportFileName } from '../../lib/builder/filename.ts';
import {
  $conflict,
  $currentId,
  $draft,
  $notice,
  $undo,
  createDraft,
  getProps,
  getStorage,
  indexStore,
  openStored,
  save,
  setBaseRev,
  switchDraft,
  update,
} from './store.ts';
import { saveBlob } from '../ui/save-blob.ts';
import { t } from './strings/drafts.ts';
import { t as tp } from './strings/page.ts';
import { hasUserContent } from '../../lib/drafts/content.ts';
import { isWordFile } from '../../lib/drafts/file-kind.ts';
import type { ImportResult } from '../../lib/drafts/import.ts';

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
  if (!clean) return;
  indexStore().set(renameDraft(indexStore().get(), $currentId.get(), clean));
  update((d) => ({ ...d, name: clean }));
}

export function deleteCurrent(): void {
  const index = indexStore().get();
  const id = $currentId.get();
  const storage = getStorage();
  const record = storage.get(draftKey(id));
  const { index: next, removed } = removeDraft({ ...index, current: id }, id);
  if (!removed) return;
  storage.remove(draftKey(id));
  $undo.set({ ...removed, record });
  indexStore().set(next);
  if (next.current) switchDraft(next.current);
  else createDraft(newDraft(getProps().template, new Date(), tp.draftDefaultName), []);
}

export function undoDelete(): void {
  const u = $undo.get();
  if (!u) return;
  if (u.record) getStorage().set(draftKey(u.meta.id), u.record);
  indexStore().set(restoreDraft(indexStore().get(), u));
  $undo.set(undefined);
  switchDraft(u.meta.id);
}

export function resolveConflict(choice: 'theirs' | 'mine'): void {
  const theirs = $conflict.get();
  if (!theirs) return;
  $conflict.set(undefined);
  setBaseRev(theirs.rev);
  if (choice === 'theirs') {
    openStored($currentId.get(), theirs.draft);
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

/** Reads a chosen .json file, or the draft a downloaded .docx carries, and opens it as a new draft; or says why not. */
export async function importFile(file: File): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    $notice.set({ text: t.readFailed, kind: 'error' });
    return;
  }
  const { template, kindNames } = getProps();
  const word = isWordFile(file.name, bytes);
  let r: ImportResult;
  try {
    r = word
      ? (await import('../../lib/drafts/docx-import.ts')).parseDraftDocx(bytes, template.id, kindNames)
      : (await import('../../lib/drafts/import.ts')).parseDraftFile(new TextDecoder().decode(bytes), template.id, kindNames);
  } catch {
    $notice.set({ text: tp.loadFailed(tp.actionWhat), kind: 'error' });
    return;
  }
  if (!r.ok) {
    $notice.set({ text: `${t.importFailed}: ${r.error}`, kind: 'error' });
    return;
  }
  createDraft(r.draft);
  const name = $draft.get()?.name ?? r.draft.name;
  $notice.set({
    text: r.migratedFrom !== undefined ? t.importedMigrated(name, r.migratedFrom) : word ? t.importedDocx(name) : t.imported(name),
    kind: 'ok',
  });
}
