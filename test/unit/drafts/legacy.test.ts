/**
 * Drafts move from localStorage (where earlier versions kept them) into IndexedDB with nothing lost, format-1 drafts
 * included. (That a commune's year of work fits is shown in Chromium, with its real quota: test/site/storage.test.ts.)
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { legacyEntries, mergeLegacy, moveLegacyDrafts } from '../../../src/lib/drafts/legacy.ts';
import { DraftShelf } from '../../../src/lib/drafts/shelf.ts';
import { fakeLocalStorage } from '../../support/local-storage.ts';
import { migrateDraft } from '../../../src/lib/drafts/migrate.ts';
import { draftSchema, type Draft } from '../../../src/schemas/draft.ts';
import { idbKv, StorageError, type Kv } from '../../../src/lib/storage/kv.ts';
import { memoryKv } from '../../../src/lib/storage/memory.ts';
import { draftIndexKey, draftKey } from '../../../src/lib/storage/keys.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'v1');

const fixtures = readdirSync(DIR).filter((f) => f.startsWith('localstorage-'));

describe('drafts kept in localStorage move to IndexedDB', () => {
  it.each(fixtures)('%s: every list and draft moves unchanged, localStorage keeps only the rest', async (file) => {
    const saved = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, string>;
    const ls = fakeLocalStorage(saved);
    const idb = idbKv();
    const { kv, status } = await moveLegacyDrafts(idb, ls);
    expect(kv).toBe(idb);
    expect(status).toBeUndefined();
    const moved = Object.keys(saved).filter((k) => k.startsWith('cchc:v1:draft'));
    expect(moved.length).toBeGreaterThan(1);
    expect([...ls.map.keys()].sort()).toEqual(
      Object.keys(saved)
        .filter((k) => !moved.includes(k))
        .sort(),
    );
    const stored = await kv.read(moved);
    moved.forEach((k, i) => expect(stored[i]).toEqual(JSON.parse(saved[k])));
    // The builder then opens them as before: format 1 is migrated on opening, nothing lost (migrate-v1.test.ts).
    const kind = moved.find((k) => k.startsWith('cchc:v1:drafts:'))!.slice('cchc:v1:drafts:'.length);
    const shelf = new DraftShelf<Draft>(kv, kind);
    const index = await shelf.refresh();
    expect(index.items.length).toBeGreaterThan(0);
    for (const m of index.items) {
      const record = await shelf.draft(m.id);
      expect(record?.draft.version).toBe(1);
      expect(draftSchema.safeParse(migrateDraft(record!.draft)).success).toBe(true);
    }
  });

  it('joins lists and keeps the most saved version when IndexedDB already holds a key (a tab still on the old version)', () => {
    const kind = draftIndexKey('k');
    const entries: [string, unknown][] = [
      [
        kind,
        {
          current: 'b',
          items: [
            { id: 'a', name: 'A', updatedAt: '' },
            { id: 'b', name: 'B', updatedAt: '' },
          ],
        },
      ],
      [draftKey('a'), { rev: 7, draft: { t: 'ls' } }],
      [draftKey('b'), { rev: 1, draft: { t: 'ls' } }],
    ];
    const stored = [
      {
        current: 'c',
        items: [
          { id: 'c', name: 'C', updatedAt: '' },
          { id: 'a', name: 'A mới', updatedAt: '' },
        ],
      },
      { rev: 3, draft: { t: 'idb' } },
      { rev: 2, draft: { t: 'idb' } },
    ];
    const put = Object.fromEntries(mergeLegacy(entries, stored));
    expect(put[kind]).toEqual({
      current: 'c',
      items: [
        { id: 'c', name: 'C', updatedAt: '' },
        { id: 'a', name: 'A mới', updatedAt: '' },
        { id: 'b', name: 'B', updatedAt: '' },
      ],
    });
    expect(put[draftKey('a')]).toEqual({ rev: 7, draft: { t: 'ls' } });
    expect(put[draftKey('b')]).toEqual({ rev: 2, draft: { t: 'idb' } });
  });

  it('leaves localStorage alone when IndexedDB is missing or refuses, and still shows the drafts', async () => {
    const saved = JSON.parse(readFileSync(join(DIR, fixtures[0]), 'utf8')) as Record<string, string>;
    const ls = fakeLocalStorage(saved);
    const noIdb = await moveLegacyDrafts(undefined, ls);
    expect(noIdb.kv.persistent).toBe(false);
    expect(ls.map.size).toBe(Object.keys(saved).length);
    const entries = legacyEntries(ls);
    expect(await noIdb.kv.read(entries.map(([k]) => k))).toEqual(entries.map(([, v]) => v));

    // A full IndexedDB: the drafts show as if moved, and stay in localStorage until a write stores them.
    const inner = memoryKv();
    const state = { full: true };
    const full: Kv = {
      persistent: true,
      read: (keys) => inner.read(keys),
      transact: (keys, change) => (state.full ? Promise.reject(new StorageError('full')) : inner.transact(keys, change)),
    };
    const refused = await moveLegacyDrafts(full, ls);
    expect(refused.status).toBe('full');
    expect(ls.map.size).toBe(Object.keys(saved).length);
    expect(await refused.kv.read(entries.map(([k]) => k))).toEqual(entries.map(([, v]) => v));
    const [indexKey] = entries.find(([k]) => k.startsWith('cchc:v1:drafts:'))!;
    const [draftKey1, draft1] = entries.find(([k]) => k.startsWith('cchc:v1:draft:'))!;
    // Room again: a save of one draft (with the list) stores them and takes them out of localStorage; a write sees
    // what it overlays, so the revision goes on from the one shown.
    state.full = false;
    await refused.kv.transact([indexKey, draftKey1], (values) => ({
      put: [
        [indexKey, values[0]],
        [draftKey1, { rev: (values[1] as { rev: number }).rev + 1, draft: (values[1] as { draft: unknown }).draft }],
      ],
      result: undefined,
    }));
    expect(ls.map.has(indexKey)).toBe(false);
    expect(ls.map.has(draftKey1)).toBe(false);
    expect(ls.map.size).toBe(Object.keys(saved).length - 2);
    expect(await inner.read([indexKey, draftKey1])).toEqual([
      entries.find(([k]) => k === indexKey)![1],
      { ...(draft1 as object), rev: (draft1 as { rev: number }).rev + 1 },
    ]);
  });

  it('skips a damaged entry (it stays in localStorage) and moves the rest', async () => {
    const ls = fakeLocalStorage({ 'cchc:v1:draft:x': '{not json', 'cchc:v1:draft:y': '{"rev":1,"draft":{"a":1}}' });
    const kv = memoryKv();
    await moveLegacyDrafts({ ...kv, persistent: true }, ls);
    expect([...ls.map.keys()]).toEqual(['cchc:v1:draft:x']);
    expect(await kv.read(['cchc:v1:draft:y'])).toEqual([{ rev: 1, draft: { a: 1 } }]);
  });
});
