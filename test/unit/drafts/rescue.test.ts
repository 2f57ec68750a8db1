/**
 * What a tab had not stored when its page went away (an IndexedDB write the browser dropped at unload) is copied to
 * localStorage then, and the next visit moves it in: nothing typed is lost, and an older copy never wins.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraftShelf } from '../../../src/lib/drafts/shelf.ts';
import { fakeLocalStorage } from '../../support/local-storage.ts';
import { moveLegacyDrafts } from '../../../src/lib/drafts/legacy.ts';
import { clearRescue, writeRescue } from '../../../src/lib/drafts/rescue.ts';
import { addDraft, touchDraft } from '../../../src/lib/drafts/library.ts';
import { idbKv } from '../../../src/lib/storage/kv.ts';
import { draftIndexKey, draftKey } from '../../../src/lib/storage/keys.ts';

type D = { text: string };
const meta = (id: string) => ({ id, name: id, updatedAt: '' });
// Draft keys hold the id alone, and IndexedDB here is shared with the other files of the worker: ids of this file only.
const A = 'rescue-a';
const B = 'rescue-b';

/** The next visit: the copy moved in, then the list and a draft read as the builder reads them. */
async function nextVisit(ls: ReturnType<typeof fakeLocalStorage>, kind: string, id: string) {
  const { kv, status } = await moveLegacyDrafts(idbKv(), ls);
  expect(status).toBeUndefined();
  const shelf = new DraftShelf<D>(kv, kind);
  return { index: await shelf.refresh(), draft: (await shelf.draft(id))?.draft, left: [...ls.map.keys()] };
}

describe('the copy made when the page goes away', () => {
  it('brings back an edit whose write never reached IndexedDB', async () => {
    const kind = 'rescue-1';
    const shelf = new DraftShelf<D>(idbKv(), kind);
    shelf.change({ change: (i) => addDraft(i, meta(A)) }, [[A, { text: 'Trung' }]]);
    await shelf.flush();
    // The next keystroke is queued; the page unloads before its write is done.
    shelf.change({ change: (i) => touchDraft(i, meta(A)), tag: 'saved:a' }, [[A, { text: 'Trung Lương' }, { guarded: true }]]);
    const ls = fakeLocalStorage();
    expect(writeRescue(ls, kind, { index: shelf.index(), drafts: shelf.unstored() })).toEqual([draftKey(A), draftIndexKey(kind)]);
    const next = await nextVisit(ls, kind, A);
    expect(next.draft).toEqual({ text: 'Trung Lương' });
    expect(next.index.items.map((m) => m.id)).toEqual([A]);
    expect(next.left).toEqual([]);
  });

  it('brings back a new draft the stored list never held', async () => {
    const kind = 'rescue-2';
    const shelf = new DraftShelf<D>(idbKv(), kind);
    shelf.change({ change: (i) => addDraft(i, meta(A)) }, [[A, { text: 'cũ' }]]);
    await shelf.flush();
    shelf.change({ change: (i) => addDraft(i, meta(B)) }, [[B, { text: 'mới gõ' }]]);
    const ls = fakeLocalStorage();
    writeRescue(ls, kind, { index: shelf.index(), drafts: shelf.unstored() });
    const next = await nextVisit(ls, kind, B);
    expect(next.draft).toEqual({ text: 'mới gõ' });
    expect(next.index.items.map((m) => m.id).sort()).toEqual([A, B]);
  });

  it('never wins over what was stored after it (the write finished, then more was typed)', async () => {
    const kind = 'rescue-3';
    const shelf = new DraftShelf<D>(idbKv(), kind);
    shelf.change({ change: (i) => addDraft(i, meta(A)) }, [[A, { text: 'một' }]]);
    await shelf.flush();
    shelf.change(undefined, [[A, { text: 'hai' }, { guarded: true }]]);
    const ls = fakeLocalStorage();
    writeRescue(ls, kind, { index: shelf.index(), drafts: shelf.unstored() });
    // The page was only hidden: the write finishes, the user comes back and types on.
    await shelf.flush();
    shelf.change(undefined, [[A, { text: 'ba' }, { guarded: true }]]);
    await shelf.flush();
    expect((await nextVisit(ls, kind, A)).draft).toEqual({ text: 'ba' });
  });

  it('writes what fits in a full localStorage, and nothing when all is stored', async () => {
    const kind = 'rescue-4';
    const shelf = new DraftShelf<D>(idbKv(), kind);
    shelf.change({ change: (i) => addDraft(i, meta(A)) }, [[A, { text: 'x'.repeat(500) }]]);
    const full = fakeLocalStorage({}, 100);
    expect(writeRescue(full, kind, { index: shelf.index(), drafts: shelf.unstored() })).toEqual([draftIndexKey(kind)]);
    await shelf.flush();
    expect(shelf.unstored()).toEqual([]);
    const ls = fakeLocalStorage();
    expect(writeRescue(ls, kind, { index: shelf.index(), drafts: shelf.unstored() })).toEqual([]);
    clearRescue(full, [draftIndexKey(kind)]);
    expect(full.map.size).toBe(0);
  });
});
