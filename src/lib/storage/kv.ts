/**
 * Where drafts and the roll-up are kept: IndexedDB (through idb-keyval's store, the browser's large storage), or,
 * when the browser refuses it (storage disabled, a broken profile), a Map that lives as long as the tab (memory.ts,
 * loaded only then). Both answer
 * the same two calls; a write is one transaction that reads what it needs and puts or removes keys, all or nothing,
 * so a save never leaves a draft without its entry in the list, and a failure is a StorageError whose reason the
 * page tells the user.
 */
import { createStore, promisifyRequest } from 'idb-keyval';
import { DATABASE, OBJECT_STORE } from './keys.ts';

/** `full`: over the browser's quota; `unavailable`: no persistent storage at all; `failed`: any other refusal. */
export type StorageStatus = 'ok' | 'full' | 'unavailable' | 'failed';
export type FailureReason = Exclude<StorageStatus, 'ok'>;

export class StorageError extends Error {
  // `declare`: no class field is emitted (the builder's first load has no room for the helper a field brings).
  declare readonly reason: FailureReason;
  constructor(reason: FailureReason, cause?: unknown) {
    super(reason, { cause });
    this.name = 'StorageError';
    this.reason = reason;
  }
}

export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number } | undefined;
  return !!err && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014);
}

const storageError = (e: unknown) => (e instanceof StorageError ? e : new StorageError(isQuotaError(e) ? 'full' : 'failed', e));

/** What one transaction does once it has read its keys: puts, removals and the value it answers. */
export type Change<R> = { put?: [string, unknown][]; remove?: string[]; result: R };

export interface Kv {
  /** False for the in-memory fallback: what is written there is gone when the tab closes. */
  readonly persistent: boolean;
  read(keys: readonly string[]): Promise<unknown[]>;
  /** Reads `keys`, then applies what `change` returns, atomically. Rejects with StorageError (nothing written). */
  transact<R>(keys: readonly string[], change: (values: unknown[]) => Change<R>): Promise<R>;
}

/** IndexedDB. Values are stored as structured clones (no JSON text to parse on every load). */
export function idbKv(): Kv {
  const store = createStore(DATABASE, OBJECT_STORE);
  return {
    persistent: true,
    read: (keys) =>
      store('readonly', (s) => Promise.all(keys.map((k) => promisifyRequest(s.get(k))))).catch((e) => Promise.reject(storageError(e))),
    transact: <R>(keys: readonly string[], change: (values: unknown[]) => Change<R>) => {
      // An error thrown by `change` is the caller's bug, not the storage's: it is passed on as it is. A put the
      // browser refuses at once (a value it cannot store) or a transaction it aborts (over quota) is a StorageError.
      let thrown: { error: unknown } | undefined;
      let refused: unknown;
      return store(
        'readwrite',
        (s) =>
          new Promise<R>((resolve, reject) => {
            const tx = s.transaction;
            const values: unknown[] = new Array(keys.length);
            let left = keys.length;
            let result: R;
            const apply = () => {
              let c: Change<R>;
              try {
                c = change(values);
              } catch (error) {
                thrown = { error };
                return tx.abort();
              }
              try {
                for (const [k, v] of c.put ?? []) s.put(v, k);
                for (const k of c.remove ?? []) s.delete(k);
                result = c.result;
              } catch (e) {
                refused = e;
                tx.abort();
              }
            };
            keys.forEach((k, i) => {
              const r = s.get(k);
              r.onsuccess = () => {
                values[i] = r.result;
                if (--left === 0) apply();
              };
            });
            if (!keys.length) apply();
            tx.oncomplete = () => resolve(result);
            tx.onabort = tx.onerror = () => reject(refused ?? tx.error);
          }),
      ).catch((e) => Promise.reject(thrown ? thrown.error : storageError(e)));
    },
  };
}

/**
 * IndexedDB if it opens within `timeoutMs` (a database blocked by a stuck tab must not keep the page on "Đang tải…"),
 * else undefined: the caller works in memory and tells the user.
 */
export async function openIdb(timeoutMs = 5000): Promise<Kv | undefined> {
  try {
    if (typeof indexedDB === 'undefined' || !indexedDB) return undefined;
    const kv = idbKv();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new StorageError('unavailable')), timeoutMs)));
    await Promise.race([kv.read([]), late]).finally(() => clearTimeout(timer));
    return kv;
  } catch {
    return undefined;
  }
}
