/**
 * The key-value store drafts and the roll-up live in: IndexedDB (fake-indexeddb gives Node the real API and its
 * transaction rules) and the in-memory fallback. A write is all or nothing; a refusal is a StorageError with its reason.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idbKv, openIdb, StorageError, type Kv } from '../../../src/lib/storage/kv.ts';
import { memoryKv } from '../../../src/lib/storage/memory.ts';
import { createLocalSettings } from '../../../src/lib/storage/local.ts';

afterEach(() => vi.restoreAllMocks());

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe.each([
  ['IndexedDB', () => idbKv()],
  ['memory', () => memoryKv()],
] as [string, () => Kv][])('%s store', (_, make) => {
  it('reads what a transaction put, and removes', async () => {
    const kv = make();
    const key = `k-${Math.random()}`;
    await kv.transact([key], ([old]) => ({ put: [[key, { n: 1, old }]], result: 'done' }));
    expect(await kv.read([key])).toEqual([{ n: 1, old: undefined }]);
    const r = await kv.transact([key], ([old]) => ({ put: [[key, { n: (old as { n: number }).n + 1 }]], result: old }));
    expect(r).toEqual({ n: 1 });
    expect(await kv.read([key])).toEqual([{ n: 2 }]);
    await kv.transact([], () => ({ remove: [key], result: undefined }));
    expect(await kv.read([key])).toEqual([undefined]);
  });

  it('writes nothing when the change throws, and passes the error on as it is', async () => {
    const kv = make();
    const bug = new TypeError('bug');
    await expect(
      kv.transact(['a'], () => {
        throw bug;
      }),
    ).rejects.toBe(bug);
    expect(await kv.read(['a'])).toEqual([undefined]);
  });

  it('hands out copies: changing a value read does not change what is stored', async () => {
    const kv = make();
    const value = { list: [1, 2] };
    await kv.transact([], () => ({ put: [['c', value]], result: undefined }));
    value.list.push(3);
    const [read] = (await kv.read(['c'])) as [{ list: number[] }];
    expect(read.list).toEqual([1, 2]);
  });
});

describe('IndexedDB refusals', () => {
  it('over quota: a StorageError "full", and nothing of the transaction is stored', async () => {
    const kv = idbKv();
    await kv.transact([], () => ({ put: [['x', 1]], result: undefined }));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw quota();
      return put.apply(this, args as Parameters<typeof put>);
    });
    const e = await kv
      .transact([], () => ({
        put: [
          ['x', 2],
          ['y', 2],
        ],
        result: undefined,
      }))
      .catch((e: unknown) => e);
    expect(e).toBeInstanceOf(StorageError);
    expect((e as StorageError).reason).toBe('full');
    vi.restoreAllMocks();
    expect(await kv.read(['x', 'y'])).toEqual([1, undefined]);
  });

  it('no IndexedDB at all: openIdb answers undefined (the page then works in memory)', async () => {
    const saved = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true, writable: true });
    try {
      expect(await openIdb()).toBeUndefined();
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true, writable: true });
    }
    expect(await openIdb()).toBeDefined();
  });

  it('a database that never opens (blocked) is given up after the time limit', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    const t0 = Date.now();
    expect(await openIdb(200)).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('local settings (small values in localStorage)', () => {
  it('keeps working in memory when localStorage is refused or full', () => {
    const denied = createLocalSettings(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(denied.set('k', 'v')).toBe(false);
    expect(denied.get('k')).toBe('v');

    const data = new Map<string, string>();
    let full = false;
    const s = createLocalSettings(() => ({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (full) throw quota();
        data.set(k, v);
      },
      removeItem: (k) => void data.delete(k),
    }));
    expect(s.set('a', '1')).toBe(true);
    full = true;
    expect(s.set('a', '2')).toBe(false);
    expect(s.get('a')).toBe('2');
    full = false;
    expect(s.set('a', '3')).toBe(true);
    expect(data.get('a')).toBe('3');
  });
});
