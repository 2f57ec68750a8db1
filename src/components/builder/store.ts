/**
 * The builder's state: the open draft, the list of drafts of this kind, storage status, tab conflicts.
 * Storage layout (see src/lib/drafts/library.ts):
 *   cchc:v1:drafts:<kind>  the list { current, items: [{ id, name, updatedAt }] } — a persistent atom, shared by tabs
 *   cchc:v1:draft:<id>     { rev, draft } — written on every change; `rev` detects saves from another tab
 */
import { atom, type WritableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import type { BuilderProps } from '../../lib/builder/props.ts';
import type { Evaluation } from '../../lib/report/index.ts';
import {
  addDraft,
  draftKey,
  emptyIndex,
  indexKey,
  newId,
  parseIndex,
  parseStored,
  saveDecision,
  touchDraft,
  uniqueName,
  type DraftIndex,
  type DraftMeta,
  type StoredDraft,
} from '../../lib/drafts/library.ts';
import { createSafeStorage, type SafeStorage, type StorageStatus } from '../../lib/drafts/storage.ts';
import { newDraft } from '../../lib/drafts/new.ts';
import { DRAFT_VERSION } from '../../lib/drafts/constants.ts';
import { t } from './strings/page.ts';

export const $draft = atom<Draft | undefined>(undefined);
export const $storage = atom<StorageStatus>('ok');
export const $conflict = atom<StoredDraft<Draft> | undefined>(undefined);
export const $undo = atom<{ meta: DraftMeta; position: number; record: string | null } | undefined>(undefined);
export const $notice = atom<{ text: string; kind: 'ok' | 'error' } | undefined>(undefined);
export const $savedAt = atom<string>('');
/**
 * Fields the user edited and left (blurred after an edit), or blocks a draft held when it was opened: their checks'
 * findings are shown from then on (bind.ts touches; kept here so the first page need not load bind.ts).
 */
export const $touched = atom<ReadonlySet<string>>(new Set());
/** Set when the user asks to download: from then on every field shows its checks' findings, touched or not. */
export const $revealAll = atom(false);
/** The draft open in this tab. Kept per tab: the shared list's `current` is only "last opened", for the next visit. */
export const $currentId = atom<string>('');
let $index: WritableAtom<DraftIndex> | undefined;
export const indexStore = () => $index!;

let props: BuilderProps;
let storage: SafeStorage;
/** The revision of the open draft this tab last loaded or wrote. */
let baseRev = 0;
export const setBaseRev = (rev: number) => {
  baseRev = rev;
};
export const getStorage = () => storage;

export const getProps = () => props;
export const catalogueEntries = () => props.catalogue as unknown as CatalogueEntry[];

/**
 * Checks and computed figures. The engine's evaluate() (a separate chunk) is loaded when the visitor first needs
 * it — the first edit, a section opened, the open-points panel, preview or download — then runs on every change;
 * until then computed fields show "—" and no warnings are listed.
 */
export const $evaluation = atom<Evaluation | undefined>(undefined);
type EngineModule = typeof import('../engine/evaluate.ts');
let engine: EngineModule | undefined;
export const engineReady = atom(false);
const reevaluate = () => {
  const d = $draft.get();
  if (engine && d) $evaluation.set(engine.evaluate(props.template, d, catalogueEntries()));
};
export function loadEngine(): Promise<EngineModule> {
  return import('../engine/evaluate.ts').then((m) => {
    if (!engine) {
      engine = m;
      engineReady.set(true);
      reevaluate();
    }
    return m;
  });
}

const nowIso = () => new Date().toISOString();

export function initStore(p: BuilderProps, backing: () => Storage | undefined = () => window.localStorage): void {
  props = p;
  storage = createSafeStorage(backing);
  $storage.set(storage.status());
  storage.onStatus((s) => $storage.set(s));
  // The safe storage answers undefined for a missing key, as localStorage's own engine does.
  setPersistentEngine(storage.engine as Record<string, string>, windowPersistentEvents);
  $index = persistentAtom<DraftIndex>(indexKey(p.template.id), emptyIndex, { encode: JSON.stringify, decode: parseIndex });
  const index = $index.get();
  const current = index.items.find((m) => m.id === index.current) ?? index.items[0];
  const stored = current && parseStored<Draft>(storage.get(draftKey(current.id)));
  if (current && stored) {
    baseRev = stored.rev;
    $currentId.set(current.id);
    openStored(current.id, stored.draft);
    if (index.current !== current.id) $index.set({ ...index, current: current.id });
  } else {
    createDraft(newDraft(p.template, new Date(), t.draftDefaultName), current ? index.items.filter((m) => m.id !== current.id) : undefined);
  }
  window.addEventListener('storage', onStorageEvent);
  $draft.listen(reevaluate);
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

/**
 * Opens a draft. What it already holds was typed in an earlier visit or brought in by an import, so its blocks count
 * as edited and their checks' findings are shown; a new empty draft shows none until the user edits it.
 */
function show(d: Draft): void {
  $touched.set(new Set(Object.keys(d.values)));
  $draft.set(d);
}

function onStorageEvent(e: StorageEvent): void {
  const id = $currentId.get();
  if (!id || e.key !== draftKey(id)) return;
  const theirs = parseStored<Draft>(e.newValue);
  if (theirs && theirs.rev > baseRev) $conflict.set(theirs);
}

/** Writes the open draft unless another tab saved a newer revision (then asks the user). */
export function save(draft: Draft): void {
  const id = $currentId.get();
  if (!id) return;
  const stored = parseStored<Draft>(storage.get(draftKey(id)));
  if (saveDecision(stored?.rev, baseRev) === 'conflict') {
    $conflict.set(stored);
    return;
  }
  baseRev = Math.max(baseRev, stored?.rev ?? 0) + 1;
  storage.set(draftKey(id), JSON.stringify({ rev: baseRev, draft }));
  $index!.set(touchDraft($index!.get(), id, draft.updatedAt));
  $savedAt.set(draft.updatedAt);
}

/** Every edit goes through here: the draft is replaced and saved at once. */
export function update(change: (d: Draft) => Draft): void {
  const d = $draft.get();
  if (!d) return;
  const next = { ...change(d), updatedAt: nowIso() };
  if (!engine) void loadEngine();
  $draft.set(next);
  if (!$conflict.get()) save(next);
}

export const setValue = (key: string, value: Draft['values'][string] | undefined) =>
  update((d) => {
    const values = { ...d.values };
    if (value === undefined) delete values[key];
    else values[key] = value;
    return { ...d, values };
  });

export const setHeader = (patch: Partial<Draft['header']>) => update((d) => ({ ...d, header: { ...d.header, ...patch } }));

export function createDraft(draft: Draft, keepItems?: DraftMeta[]): void {
  const base = keepItems ? { current: '', items: keepItems } : $index!.get();
  const id = newId();
  const name = uniqueName(base, draft.name || t.draftDefaultName);
  const d = { ...draft, name, updatedAt: nowIso() };
  $index!.set(addDraft(base, { id, name, updatedAt: d.updatedAt }));
  $currentId.set(id);
  baseRev = 0;
  $conflict.set(undefined);
  show(d);
  save(d);
}

export function switchDraft(id: string): void {
  const index = $index!.get();
  if (!index.items.some((m) => m.id === id)) return;
  const stored = parseStored<Draft>(storage.get(draftKey(id)));
  $conflict.set(undefined);
  $index!.set({ ...index, current: id });
  $currentId.set(id);
  if (stored) {
    baseRev = stored.rev;
    openStored(id, stored.draft);
  } else {
    const meta = index.items.find((m) => m.id === id)!;
    baseRev = 0;
    const d = { ...newDraft(props.template, new Date(), meta.name), updatedAt: nowIso() };
    show(d);
    save(d);
  }
}

export const newEmptyDraft = () => createDraft(newDraft(props.template, new Date(), t.draftDefaultName));
