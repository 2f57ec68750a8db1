/**
 * The drafts a builder page stored, read in the page from IndexedDB (src/lib/storage/keys.ts names the database,
 * its store and keys), and wiping the site's storage as cleaning tools do.
 */
import type { Page } from 'playwright-core';

/** Loosely typed, as page.evaluate answers: tests look into the draft's values by their keys. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stored = { rev: number; draft: any };

/**
 * What the site keeps in IndexedDB under `keys` (every key when `keys` is omitted; values left out, as null, when
 * `valuesOf` says so: a large store is not copied out of the page). An empty object when it has stored nothing yet.
 */
const read = (page: Page, keys?: string[], withValues = true): Promise<Record<string, unknown>> =>
  page.evaluate(
    async ({ keys, withValues }) => {
      // Opening a database that does not exist would create it without its store: look first.
      if (!(await indexedDB.databases()).some((d) => d.name === 'cam-nang-cchc')) return {};
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('cam-nang-cchc');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const done = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      try {
        if (!db.objectStoreNames.contains('kv')) return {};
        const store = db.transaction('kv').objectStore('kv');
        const names = keys ?? (await done(store.getAllKeys())).map(String);
        const values = withValues ? await Promise.all(names.map((k) => done(store.get(k)))) : [];
        return Object.fromEntries(names.map((k, i) => [k, withValues ? values[i] : null]).filter(([, v]) => v !== undefined));
      } finally {
        db.close();
      }
    },
    { keys, withValues },
  );

/** Every key and value the site keeps in IndexedDB; with `keysOnly`, the keys alone (values null). */
export const storedEntries = (page: Page, keysOnly = false) => read(page, undefined, !keysOnly);

/** The draft of this kind last opened (the list's `current`), as stored; undefined if none is. */
export async function storedCurrentDraft(page: Page, kind: string) {
  const list = `cchc:v1:drafts:${kind}`;
  const index = (await read(page, [list]))[list] as { current?: string } | undefined;
  if (!index?.current) return undefined;
  const key = `cchc:v1:draft:${index.current}`;
  return ((await read(page, [key]))[key] as Stored | undefined)?.draft;
}

/** Every stored draft, the most recently saved first. */
export async function storedDrafts(page: Page) {
  const all = await storedEntries(page);
  return Object.entries(all)
    .filter(([k]) => k.startsWith('cchc:v1:draft:'))
    .map(([, v]) => (v as Stored).draft)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** The roll-up /tong-hop/ keeps, as stored (a string kept by an earlier version is parsed); undefined if none is. */
export async function storedRollup(page: Page) {
  const key = 'cchc:v1:rollup';
  const value = (await read(page, [key]))[key];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (typeof value === 'string' ? JSON.parse(value) : value) as any;
}

/** Wipes everything the site keeps in this browser (IndexedDB, localStorage…), as a cleaning tool does. */
export async function wipeSiteStorage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb,local_storage' });
  await cdp.detach();
}
