/**
 * The builder's store: what the first screen needs. It opens storage (IndexedDB, src/lib/storage/kv.ts; keys in
 * src/lib/storage/keys.ts), reads the list and the open draft, and takes every edit; writing them is persist.ts's
 * job, loaded with the first change (a first visit that only looks writes nothing). State lives in state.ts.
 */
import { atom } from 'nanostores';
import type { Draft } from '../../schemas/draft.ts';
import type { BuilderProps } from '../../lib/builder/props.ts';
import type { Evaluation } from '../../lib/report/index.ts';
import { addDraft, asIndex, asStored, newId, uniqueName } from '../../lib/drafts/library.ts';
import { openIdb, type Kv, type StorageStatus } from '../../lib/storage/kv.ts';
import { CHANNEL, draftIndexKey, draftKey, isLegacyDraftKey } from '../../lib/storage/keys.ts';
import { newDraft } from '../../lib/drafts/new.ts';
import { $conflict, $currentId, $draft, $index, $storage, getProps, nowIso, openStored, session, show } from './state.ts';
import { t } from './strings/page.ts';

export { $conflict, $currentId, $draft, $index, $notice, $revealAll, $savedAt, $storage, $touched, $undo, getProps } from './state.ts';

export const catalogueEntries = () => getProps().catalogue;

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
  if (engine && d) $evaluation.set(engine.evaluate(getProps().template, d, catalogueEntries()));
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

type Persist = typeof import('./persist.ts');
let persisting: Promise<Persist> | undefined;
/** The write path, loaded once; if its code cannot be downloaded, storage counts as failed (the page says so). */
export const loadPersist = () =>
  (persisting ??= import('./persist.ts')).catch((e: unknown) => {
    persisting = undefined;
    $storage.set('failed');
    throw e;
  });
const withPersist = (run: (p: Persist) => unknown) => void loadPersist().then(run, () => undefined);

/**
 * IndexedDB, with the drafts earlier versions kept in localStorage moved in (legacy.ts, loaded only if there are
 * any); a store in memory when the browser gives no IndexedDB.
 */
async function openStorage(): Promise<{ kv: Kv; status?: StorageStatus }> {
  const idb = await openIdb();
  let ls: Storage | undefined;
  let legacy = false;
  try {
    ls = localStorage;
    for (let i = 0; i < ls.length && !legacy; i++) legacy = isLegacyDraftKey(ls.key(i) ?? '');
  } catch {
    /* no localStorage: nothing to move */
  }
  if (ls && legacy) {
    const moved = await import('../../lib/drafts/legacy.ts').then((m) => m.moveLegacyDrafts(idb, ls)).catch(() => undefined);
    if (moved) return moved;
  }
  return { kv: idb ?? (await import('../../lib/storage/memory.ts')).memoryKv() };
}

const read = (key: string) =>
  session.kv.read([key]).then(
    ([v]) => v,
    () => undefined,
  );

export async function initStore(p: BuilderProps, open = openStorage): Promise<void> {
  session.props = p;
  const { kv, status } = await open();
  session.kv = kv;
  $storage.set(status ?? (kv.persistent ? 'ok' : 'unavailable'));
  const index = (session.storedIndex = asIndex(await read(draftIndexKey(p.template.id))));
  const current = index.items.find((m) => m.id === index.current) ?? index.items[0];
  const stored = current && asStored<Draft>(await read(draftKey(current.id)));
  if (current && stored) {
    session.revs.set(current.id, stored.rev);
    $index.set(index);
    $currentId.set(current.id);
    openStored(current.id, stored.draft);
  } else {
    // A new empty draft, in the list but not stored until the user changes something.
    const id = newId();
    const d = { ...newDraft(p.template, new Date(), uniqueName(index, t.draftDefaultName)), updatedAt: nowIso() };
    $index.set(addDraft(index, { id, name: d.name, updatedAt: d.updatedAt }));
    $currentId.set(id);
    show(d);
  }
  listenToOtherTabs();
  // The write path is fetched as soon as the user reaches for the form, before the first change needs it.
  document.addEventListener('focusin', () => void loadPersist().catch(() => undefined), { once: true });
  window.addEventListener('beforeunload', (e) => {
    // Leaving would lose what storage refused (or, without storage, everything changed here): the browser asks first.
    if ($storage.get() !== 'ok' && session.edited) e.preventDefault();
  });
  $draft.listen(reevaluate);
}

/** Another tab wrote drafts of this kind: persist.ts reads them (loaded then, if this tab has not changed anything yet). */
function listenToOtherTabs(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  session.channel = new BroadcastChannel(CHANNEL);
  session.channel.onmessage = (e: MessageEvent<{ kind?: string; ids?: string[] }>) => {
    if (e.data?.kind === getProps().template.id) withPersist((p) => p.onRemote(e.data.ids ?? []));
  };
}

/** Writes the open draft (persist.ts). */
export const save = (draft: Draft) => withPersist((p) => p.save(draft));

/** Every edit goes through here: the draft is replaced and saved at once. */
export function update(change: (d: Draft) => Draft): void {
  const d = $draft.get();
  if (!d) return;
  const next = { ...change(d), updatedAt: nowIso() };
  if (!engine) void loadEngine();
  session.edited = true;
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

export const switchDraft = (id: string) => withPersist((p) => p.switchDraft(id));
export const newEmptyDraft = () => withPersist((p) => p.newEmptyDraft());
