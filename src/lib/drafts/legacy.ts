/**
 * Drafts kept in localStorage by earlier versions of the site (and by a tab still on one) move into IndexedDB, with
 * nothing lost: every list and every draft under the same key; where IndexedDB already holds the key, the lists are
 * joined and, of two versions of one draft, the one saved more often (higher revision) stays. localStorage is cleared
 * only once the transaction is stored. Drafts of an older format move as they are and are brought up to date when
 * opened (migrate.ts). Loaded only when localStorage holds such a key.
 */
import { StorageError, type Kv, type StorageStatus } from '../storage/kv.ts';
import { memoryKv } from '../storage/memory.ts';
import { isLegacyDraftKey, STORAGE_PREFIX } from '../storage/keys.ts';
import { asIndex, asStored, parseIndex, parseStored, type DraftIndex } from './library.ts';

type Backing = Pick<Storage, 'getItem' | 'removeItem' | 'key' | 'length'>;
type Entries = [string, unknown][];

/** The draft keys localStorage holds, with their values as read (lists and drafts that do not parse are left there). */
export function legacyEntries(ls: Backing): Entries {
  const out: Entries = [];
  for (let i = 0; i < ls.length; i++) {
    const key = ls.key(i);
    if (!key || !isLegacyDraftKey(key)) continue;
    const text = ls.getItem(key);
    const value = key.startsWith(`${STORAGE_PREFIX}drafts:`) ? parseIndex(text) : parseStored(text);
    if (value) out.push([key, value]);
  }
  return out;
}

const joinIndexes = (kept: DraftIndex, moved: DraftIndex): DraftIndex => ({
  current: kept.current || moved.current,
  items: [...kept.items, ...moved.items.filter((m) => !kept.items.some((k) => k.id === m.id))],
});

/** What to put for each moved entry, given what IndexedDB holds under its key. */
export function mergeLegacy(entries: Entries, stored: unknown[]): Entries {
  return entries.map(([key, value], i) => {
    const old = stored[i];
    if (old === undefined) return [key, value];
    if (key.startsWith(`${STORAGE_PREFIX}drafts:`)) return [key, joinIndexes(asIndex(old), value as DraftIndex)];
    const a = asStored(old);
    const b = value as { rev: number };
    return [key, a && a.rev >= b.rev ? a : value];
  });
}

/**
 * Moves the drafts into `idb` and answers the store to use: `idb` once they are in it. Without IndexedDB, a store in
 * memory holding them (they stay in localStorage for a later visit). When IndexedDB refuses the write (full), `idb`
 * with that status and the drafts that could not move laid over it (`withUnmoved`): they show as if moved.
 */
export async function moveLegacyDrafts(idb: Kv | undefined, ls: Backing): Promise<{ kv: Kv; status?: StorageStatus }> {
  const entries = legacyEntries(ls);
  if (!idb) return { kv: memoryKv(entries) };
  if (!entries.length) return { kv: idb };
  const keys = entries.map(([k]) => k);
  try {
    await idb.transact(keys, (stored) => ({ put: mergeLegacy(entries, stored), result: undefined }));
  } catch (e) {
    return { kv: withUnmoved(idb, entries, ls), status: e instanceof StorageError ? e.reason : 'failed' };
  }
  for (const k of keys) ls.removeItem(k);
  return { kv: idb };
}

/**
 * IndexedDB with drafts still in localStorage laid over it: a key reads as if they were moved (lists joined, the
 * higher revision kept), and the first write that stores a key moves it, and removes it from localStorage.
 */
function withUnmoved(idb: Kv, entries: Entries, ls: Pick<Storage, 'removeItem'>): Kv {
  const unmoved = new Map(entries);
  const over = (keys: readonly string[], values: unknown[]) =>
    keys.map((k, i) => (unmoved.has(k) ? mergeLegacy([[k, unmoved.get(k)]], [values[i]])[0][1] : values[i]));
  return {
    persistent: idb.persistent,
    read: async (keys) => over(keys, await idb.read(keys)),
    async transact(keys, change) {
      const result = await idb.transact(keys, (values) => change(over(keys, values)));
      for (const k of keys) if (unmoved.delete(k)) ls.removeItem(k);
      return result;
    },
  };
}
