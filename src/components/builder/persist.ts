/**
 * Writing drafts (loaded with the first change, never with the page): every change shows at once and goes into the
 * tab's DraftShelf (src/lib/drafts/shelf.ts), which writes it in the background. "Đã tự lưu" follows a write that
 * was stored; a refused one sets the storage status (the draft bar says what to do) and everything stays in the page,
 * written again with the next change. Other tabs hear of each write (BroadcastChannel, see store.ts).
 */
import type { Draft } from '../../schemas/draft.ts';
import { addDraft, newId, touchDraft, uniqueName, type DraftIndex } from '../../lib/drafts/library.ts';
import { DraftShelf, type FlushResult, type IndexChange } from '../../lib/drafts/shelf.ts';
import { newDraft } from '../../lib/drafts/new.ts';
import { clearRescue, writeRescue } from '../../lib/drafts/rescue.ts';
import { onPageLeave } from '../ui/page-leave.ts';
import { $conflict, $currentId, $draft, $index, $savedAt, $storage, nowIso, openStored, session, show } from './state.ts';
import { t } from './strings/page.ts';

const kind = () => session.props.template.id;
const shelf = new DraftShelf<Draft>(session.kv, kind(), session.storedIndex, session.revs);
export const getShelf = () => shelf;

// The new empty draft the page showed without storing it joins the list for good with the first change.
{
  const id = $currentId.get();
  const d = $draft.get();
  if (id && d && !session.storedIndex.items.some((m) => m.id === id))
    shelf.change({ change: (i) => addDraft(i, { id, name: d.name, updatedAt: d.updatedAt }, false) }, [[id, d]]);
}

/** Keys of the copy in localStorage written when the page was last hidden (rescue.ts), removed once all is stored. */
let rescued: string[] = [];
function rescue(): void {
  try {
    rescued = [...new Set([...rescued, ...writeRescue(localStorage, kind(), { index: shelf.index(), drafts: shelf.unstored() })])];
  } catch {
    /* no localStorage */
  }
}
onPageLeave(rescue);

let flushing: Promise<void> | undefined;
let again = false;
/** Writes what is queued, one transaction at a time; resolves once everything queued so far was tried. */
function flush(): Promise<void> {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    do {
      again = false;
      afterFlush(await shelf.flush());
    } while (again);
  })().finally(() => (flushing = undefined));
  return flushing;
}

function afterFlush(r: FlushResult<Draft>): void {
  $storage.set(r.status);
  $index.set(r.index);
  const id = $currentId.get();
  const theirs = r.conflicts.get(id);
  if (theirs) $conflict.set(theirs);
  const d = $draft.get();
  if (r.written.has(id) && !shelf.unsaved(id) && d) $savedAt.set(d.updatedAt);
  if (rescued.length && !shelf.pending) {
    clearRescue(localStorage, rescued);
    rescued = [];
  }
  const ids = [...r.written.keys(), ...r.removed];
  if (ids.length) session.channel?.postMessage({ kind: kind(), ids });
}

/** Queues a change of the list and drafts, and writes it; resolves with whether everything queued was stored. */
export function commit(change: { change: IndexChange; tag?: string } | undefined, drafts: [string, Draft | null][] = []): Promise<boolean> {
  session.edited = true;
  $index.set(shelf.change(change, drafts));
  return flush().then(() => !shelf.pending);
}

/** Writes the open draft (unless another tab stored a newer version: then the conflict notice asks). */
export function save(draft: Draft): void {
  const id = $currentId.get();
  if (!id) return;
  const meta = { id, name: draft.name, updatedAt: draft.updatedAt };
  session.edited = true;
  $index.set(shelf.change({ change: (i) => touchDraft(i, meta), tag: `saved:${id}` }, [[id, draft, { guarded: true }]]));
  void flush();
}

/**
 * Another tab wrote these drafts: its list shows here. A newer version of the open draft is a conflict to resolve
 * once this tab has changed something; before that it just shows (nothing typed here to lose).
 */
export async function onRemote(ids: string[]): Promise<void> {
  const id = $currentId.get();
  const open = $index.get().items.find((m) => m.id === id);
  const index = await shelf.refresh();
  // The new draft this tab shows but has not stored yet stays in its list.
  $index.set(open && !index.items.some((m) => m.id === id) && !session.edited ? addDraft(index, open, false) : index);
  const theirs = ids.includes(id) ? await shelf.storedDraft(id) : undefined;
  if (!theirs || !shelf.isNewer(id, theirs)) return;
  if (session.edited) return $conflict.set(theirs);
  shelf.adopt(id, theirs.rev);
  openStored(id, theirs.draft);
}

/** Adds a draft to the list and opens it; resolves with whether it was stored. */
export function createDraft(draft: Draft): Promise<boolean> {
  const id = newId();
  const name = uniqueName($index.get(), draft.name || t.draftDefaultName);
  const d = { ...draft, name, updatedAt: nowIso() };
  const meta = { id, name, updatedAt: d.updatedAt };
  $currentId.set(id);
  $conflict.set(undefined);
  const stored = commit({ change: (i: DraftIndex) => addDraft(i, meta) }, [[id, d]]);
  show(d);
  return stored;
}

export async function switchDraft(id: string): Promise<void> {
  const meta = $index.get().items.find((m) => m.id === id);
  if (!meta) return;
  const stored = await shelf.draft(id).catch(() => undefined);
  $conflict.set(undefined);
  $currentId.set(id);
  void commit({ change: (i) => (i.items.some((m) => m.id === id) ? { ...i, current: id } : i), tag: 'current' });
  if (stored) openStored(id, stored.draft);
  else {
    const d = { ...newDraft(session.props.template, new Date(), meta.name), updatedAt: nowIso() };
    show(d);
    save(d);
  }
}

export const newEmptyDraft = () => createDraft(newDraft(session.props.template, new Date(), t.draftDefaultName));
