/**
 * DraftShelf: a tab's drafts over storage. What is shown never waits for storage, nothing queued is dropped when
 * storage refuses, and a tab never overwrites a newer version another tab stored.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DraftShelf } from '../../../src/lib/drafts/shelf.ts';
import { addDraft, touchDraft, type DraftIndex } from '../../../src/lib/drafts/library.ts';
import { removeDraft, renameDraft } from '../../../src/lib/drafts/library-edits.ts';
import { idbKv, StorageError, type FailureReason, type Kv } from '../../../src/lib/storage/kv.ts';
import { memoryKv } from '../../../src/lib/storage/memory.ts';
import { draftIndexKey, draftKey } from '../../../src/lib/storage/keys.ts';

type D = { text: string; updatedAt?: string };
const KIND = 'bao-cao-thu';
const meta = (id: string, name = id) => ({ id, name, updatedAt: '' });
const add = (id: string) => ({ change: (i: DraftIndex) => addDraft(i, meta(id)) });

/** A store that refuses every write while `refuse` is set, as a full browser storage does. */
function refusing(inner: Kv) {
  const state: { refuse?: FailureReason } = {};
  const kv: Kv = {
    persistent: true,
    read: (keys) => inner.read(keys),
    transact: (keys, change) => (state.refuse ? Promise.reject(new StorageError(state.refuse)) : inner.transact(keys, change)),
  };
  return { kv, state };
}

describe('DraftShelf', () => {
  it('creates, saves, renames and removes drafts, the list and the drafts written together', async () => {
    const kv = idbKv();
    const shelf = new DraftShelf<D>(kv, `${KIND}-1`);
    expect(await shelf.refresh()).toEqual({ current: '', items: [] });
    shelf.change(add('a'), [['a', { text: 'một' }]]);
    let r = await shelf.flush();
    expect(r.status).toBe('ok');
    expect(r.written.get('a')).toBe(1);
    shelf.change({ change: (i) => renameDraft(i, 'a', 'Quý IV') }, [['a', { text: 'hai' }, { guarded: true }]]);
    r = await shelf.flush();
    expect(r.written.get('a')).toBe(2);
    const [index, record] = await kv.read([draftIndexKey(`${KIND}-1`), draftKey('a')]);
    expect(index).toEqual({ current: 'a', items: [{ id: 'a', name: 'Quý IV', updatedAt: '' }] });
    expect(record).toEqual({ rev: 2, draft: { text: 'hai' } });
    shelf.change({ change: (i) => removeDraft(i, 'a').index }, [['a', null]]);
    r = await shelf.flush();
    expect(r.removed).toEqual(['a']);
    expect(await kv.read([draftKey('a')])).toEqual([undefined]);
    expect(r.index.items).toEqual([]);
  });

  it('storage full: everything queued stays shown and is written, in order, once there is room', async () => {
    const { kv, state } = refusing(memoryKv());
    const shelf = new DraftShelf<D>(kv, KIND);
    shelf.change(add('a'), [['a', { text: 'cũ' }]]);
    await shelf.flush();
    state.refuse = 'full';
    shelf.change(undefined, [['a', { text: 'gõ khi đầy' }, { guarded: true }]]);
    shelf.change(add('b'), [['b', { text: 'nhập khi đầy' }]]);
    const r = await shelf.flush();
    expect(r.status).toBe('full');
    expect(r.written.size).toBe(0);
    expect(r.index.items.map((m) => m.id)).toEqual(['a', 'b']);
    expect(shelf.pending).toBe(true);
    expect(shelf.unsaved('a')).toBe(true);
    // The tab shows its own versions, not the stored ones.
    expect((await shelf.draft('a'))?.draft.text).toBe('gõ khi đầy');
    expect((await shelf.draft('b'))?.draft.text).toBe('nhập khi đầy');
    // Still full on the next edit: still nothing lost.
    shelf.change(undefined, [['a', { text: 'gõ tiếp khi đầy' }, { guarded: true }]]);
    expect((await shelf.flush()).status).toBe('full');
    // The user deletes an old draft: room again, and every queued change is stored.
    state.refuse = undefined;
    const ok = await shelf.flush();
    expect(ok.status).toBe('ok');
    expect(shelf.pending).toBe(false);
    expect([...ok.written.keys()].sort()).toEqual(['a', 'b']);
    const other = new DraftShelf<D>(kv, KIND);
    expect((await other.refresh()).items.map((m) => m.id)).toEqual(['a', 'b']);
    expect((await other.draft('a'))?.draft.text).toBe('gõ tiếp khi đầy');
  });

  it('a change queued while a write is in flight is not lost, and a later time stamp keeps its place', async () => {
    const shelf = new DraftShelf<D>(memoryKv(), KIND);
    shelf.change(add('a'), [['a', { text: '1' }]]);
    const first = shelf.flush();
    shelf.change({ change: (i) => touchDraft(i, { ...meta('a'), updatedAt: 'T2' }), tag: 'saved:a' }, [
      ['a', { text: '2' }, { guarded: true }],
    ]);
    await first;
    expect(shelf.pending).toBe(true);
    await shelf.flush();
    expect((await new DraftShelf<D>(shelf.kv, KIND).draft('a'))?.draft.text).toBe('2');
    // A save's stamp then a deletion then another stamp with the same tag: the deletion stays last.
    shelf.change({ change: (i) => touchDraft(i, { ...meta('a'), updatedAt: 'T3' }), tag: 'saved:a' });
    shelf.change({ change: (i) => removeDraft(i, 'a').index }, [['a', null]]);
    shelf.change({ change: (i) => touchDraft(i, { ...meta('a'), updatedAt: 'T4' }), tag: 'saved:a' });
    expect(shelf.index().items).toEqual([]);
  });

  it('two tabs: a guarded save never overwrites the other tab’s newer version; after choosing, it is written', async () => {
    const kv = memoryKv();
    const tab1 = new DraftShelf<D>(kv, KIND);
    tab1.change(add('a'), [['a', { text: 'thẻ một' }]]);
    await tab1.flush();
    const tab2 = new DraftShelf<D>(kv, KIND);
    await tab2.refresh();
    expect((await tab2.draft('a'))?.draft.text).toBe('thẻ một');
    tab2.change(undefined, [['a', { text: 'thẻ hai' }, { guarded: true }]]);
    expect((await tab2.flush()).written.get('a')).toBe(2);
    tab1.change(undefined, [['a', { text: 'thẻ một sửa' }, { guarded: true }]]);
    const r = await tab1.flush();
    expect(r.written.has('a')).toBe(false);
    const theirs = r.conflicts.get('a')!;
    expect(theirs).toEqual({ rev: 2, draft: { text: 'thẻ hai' } });
    expect(tab1.isNewer('a', theirs)).toBe(true);
    tab1.adopt('a', theirs.rev);
    tab1.change(undefined, [['a', { text: 'thẻ một sửa' }, { guarded: true }]]);
    expect((await tab1.flush()).written.get('a')).toBe(3);
    expect((await tab2.storedDraft('a'))?.draft.text).toBe('thẻ một sửa');
  });

  it('another tab deleted the draft open here: the next save puts it back in the list', async () => {
    const kv = memoryKv();
    const tab1 = new DraftShelf<D>(kv, KIND);
    tab1.change(add('a'), [['a', { text: 'x' }]]);
    await tab1.flush();
    const tab2 = new DraftShelf<D>(kv, KIND);
    await tab2.refresh();
    tab2.change({ change: (i) => removeDraft(i, 'a').index }, [['a', null]]);
    await tab2.flush();
    tab1.change({ change: (i) => touchDraft(i, meta('a', 'A')), tag: 'saved:a' }, [['a', { text: 'vẫn gõ' }, { guarded: true }]]);
    const r = await tab1.flush();
    expect(r.index.items.map((m) => m.id)).toEqual(['a']);
    expect((await tab2.storedDraft('a'))?.draft.text).toBe('vẫn gõ');
  });

  it('without persistent storage every write is kept in memory, and the status says it is not stored', async () => {
    const shelf = new DraftShelf<D>(memoryKv(), KIND);
    shelf.change(add('a'), [['a', { text: 'x' }]]);
    const r = await shelf.flush();
    expect(r.status).toBe('unavailable');
    expect(shelf.pending).toBe(false);
    expect((await shelf.draft('a'))?.draft.text).toBe('x');
  });
});
