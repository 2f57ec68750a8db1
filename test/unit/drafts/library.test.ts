import { describe, expect, it } from 'vitest';
import { addDraft, asIndex, parseIndex, parseStored, touchDraft, uniqueName, type DraftIndex } from '../../../src/lib/drafts/library.ts';
import { removeDraft, renameDraft, restoreDraft } from '../../../src/lib/drafts/library-edits.ts';

const idx: DraftIndex = {
  current: 'a',
  items: [
    { id: 'a', name: 'Bản nháp', updatedAt: '' },
    { id: 'b', name: 'Quý II', updatedAt: '' },
  ],
};

describe('draft list', () => {
  it('names, renames, removes and restores with undo', () => {
    expect(uniqueName(idx, 'Bản nháp')).toBe('Bản nháp (2)');
    expect(uniqueName(idx, '  ')).toBe('Bản nháp (2)');
    expect(renameDraft(idx, 'b', 'Quý III').items[1].name).toBe('Quý III');
    expect(renameDraft(idx, 'b', '   ').items[1].name).toBe('Quý II');
    const { index, removed } = removeDraft(idx, 'a');
    expect(index).toEqual({ current: 'b', items: [idx.items[1]] });
    expect(restoreDraft(index, removed!)).toEqual({ current: 'a', items: idx.items });
    expect(addDraft(idx, { id: 'c', name: 'C', updatedAt: '' }).current).toBe('c');
  });

  it('reads stored data defensively', () => {
    expect(parseIndex('not json')).toEqual({ current: '', items: [] });
    expect(parseIndex(JSON.stringify({ current: 'zz', items: idx.items })).current).toBe('a');
    expect(parseStored('{"rev":"x"}')).toBeUndefined();
    expect(parseStored('{"rev":3,"draft":{}}')).toEqual({ rev: 3, draft: {} });
  });

  it('adds a draft once, and a save puts the draft back in a list that lost it', () => {
    expect(addDraft(idx, idx.items[1]).items).toEqual(idx.items);
    expect(touchDraft(idx, { id: 'b', name: 'x', updatedAt: 'T' }).items[1]).toEqual({ id: 'b', name: 'Quý II', updatedAt: 'T' });
    expect(touchDraft(idx, { id: 'c', name: 'C', updatedAt: 'T' })).toEqual({
      current: 'a',
      items: [...idx.items, { id: 'c', name: 'C', updatedAt: 'T' }],
    });
    expect(asIndex(null)).toEqual({ current: '', items: [] });
    expect(asIndex({ items: [{ id: 1 }, { id: 'a', name: 'A' }] })).toEqual({
      current: 'a',
      items: [{ id: 'a', name: 'A', updatedAt: '' }],
    });
  });
});
