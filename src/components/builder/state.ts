/**
 * The builder's shared state: the atoms components read, the page's props and its storage, and how a draft is shown.
 * Kept apart from store.ts (edits, the first load's reads) and persist.ts (writes, loaded with the first edit) so
 * that neither imports the other.
 */
import { atom } from 'nanostores';
import type { Draft } from '../../schemas/draft.ts';
import type { BuilderProps } from '../../lib/builder/props.ts';
import { emptyIndex, type DraftIndex, type DraftMeta, type StoredDraft } from '../../lib/drafts/library.ts';
import type { Kv, StorageStatus } from '../../lib/storage/kv.ts';
import { DRAFT_VERSION } from '../../lib/drafts/constants.ts';

export const $draft = atom<Draft | undefined>(undefined);
export const $storage = atom<StorageStatus>('ok');
export const $conflict = atom<StoredDraft<Draft> | undefined>(undefined);
/** The draft just deleted, its place in the list and its content, for "Hoàn tác". */
export const $undo = atom<{ meta: DraftMeta; position: number; draft?: Draft } | undefined>(undefined);
export const $notice = atom<{ text: string; kind: 'ok' | 'error' } | undefined>(undefined);
/** When the open draft was last stored (its `updatedAt`); empty until a write of this tab succeeds. */
export const $savedAt = atom<string>('');
/**
 * Fields the user edited and left (blurred after an edit), or blocks a draft held when it was opened: their checks'
 * findings are shown from then on (fields.tsx's touch() adds them; kept here so the first screen need not load the fields).
 */
export const $touched = atom<ReadonlySet<string>>(new Set());
/** Set when the user asks to download: from then on every field shows its checks' findings, touched or not. */
export const $revealAll = atom(false);
/** The draft open in this tab. Kept per tab: the shared list's `current` is only "last opened", for the next visit. */
export const $currentId = atom<string>('');
/** The list of drafts of this kind, as this tab shows it. */
export const $index = atom<DraftIndex>(emptyIndex);

/** The page: its props, its storage, the list as read at load and the revision of the draft opened then. */
export const session = {
  props: undefined as unknown as BuilderProps,
  kv: undefined as unknown as Kv,
  storedIndex: emptyIndex,
  revs: new Map<string, number>(),
  /** Something was changed in this tab (typed, created, deleted…). */
  edited: false,
  channel: undefined as BroadcastChannel | undefined,
};

export const getProps = () => session.props;
export const nowIso = () => new Date().toISOString();

/**
 * Opens a draft. What it already holds was typed in an earlier visit or brought in by an import, so its blocks count
 * as edited and their checks' findings are shown; a new empty draft shows none until the user edits it.
 */
export function show(d: Draft): void {
  $touched.set(new Set(Object.keys(d.values)));
  $savedAt.set('');
  $draft.set(d);
}

/**
 * Shows a draft read from storage. One saved by an older version of the site is brought up to date first; its
 * migration (src/lib/drafts/migrate.ts) is downloaded only then. Should that fail (offline), the draft opens as
 * stored: nothing is dropped, and it is migrated on a later visit.
 */
export function openStored(id: string, draft: Draft): void {
  if (draft.version === DRAFT_VERSION) return show(draft);
  const showMigrated = (d: Draft) => {
    if ($currentId.get() === id) show(d);
  };
  import('../../lib/drafts/migrate.ts').then(
    (m) => showMigrated(m.migrateDraft(draft) as Draft),
    () => showMigrated(draft),
  );
}
