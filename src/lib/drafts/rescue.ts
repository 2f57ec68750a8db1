/**
 * What a tab has not stored yet when its page is hidden or closed goes into localStorage at once: a write to
 * IndexedDB still under way when the page unloads is dropped by the browser, and localStorage writes synchronously.
 * It is written the way drafts were kept before they moved to IndexedDB, so the next visit moves it in (legacy.ts):
 * of two versions of one draft the higher revision stays, and a draft the list lacks joins it.
 */
import { draftIndexKey, draftKey } from '../storage/keys.ts';
import type { DraftIndex } from './library.ts';

type Writable = Pick<Storage, 'setItem' | 'removeItem'>;

/** Drafts not stored yet, each with the revision its write would get, and the list as the tab shows it. */
export type Unstored<D> = { index: DraftIndex; drafts: [id: string, rev: number, draft: D][] };

/** The keys and values to write: the drafts, and a list of just those drafts (joined to the stored list when moved in). */
function rescueEntries<D>(kind: string, { index, drafts }: Unstored<D>): [string, unknown][] {
  const ids = new Set(drafts.map(([id]) => id));
  const list: DraftIndex = { current: index.current, items: index.items.filter((m) => ids.has(m.id)) };
  return [...drafts.map(([id, rev, draft]): [string, unknown] => [draftKey(id), { rev, draft }]), [draftIndexKey(kind), list]];
}

/** Writes what fits (storage may be full or refused); answers the keys written. */
export function writeRescue<D>(ls: Writable, kind: string, unstored: Unstored<D>): string[] {
  if (!unstored.drafts.length) return [];
  const written: string[] = [];
  for (const [key, value] of rescueEntries(kind, unstored)) {
    try {
      ls.setItem(key, JSON.stringify(value));
      written.push(key);
    } catch {
      /* full or refused: what did fit is kept */
    }
  }
  return written;
}

/** Once everything is stored in IndexedDB, the copies are removed. */
export function clearRescue(ls: Writable, keys: string[]): void {
  for (const key of keys) {
    try {
      ls.removeItem(key);
    } catch {
      /* nothing to do: the next visit's move finds the same revision already stored */
    }
  }
}
