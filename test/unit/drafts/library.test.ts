import { describe, expect, it } from 'vitest';
import { addDraft, parseIndex, parseStored, saveDecision, uniqueName, type DraftIndex } from '../../../src/lib/drafts/library.ts';
import { removeDraft, renameDraft, restoreDraft } from '../../../src/lib/drafts/library-edits.ts';
import { createSafeStorage } from '../../../src/lib/drafts/storage.ts';

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

  it('never overwrites a newer revision saved by another tab', () => {
    expect(saveDecision(undefined, 0)).toBe('write');
    expect(saveDecision(4, 4)).toBe('write');
    expect(saveDecision(5, 4)).toBe('conflict');
  });
});

describe('safe storage', () => {
  it('keeps working in memory when storage is unavailable', () => {
    const s = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(s.status()).toBe('unavailable');
    expect(s.set('k', 'v')).toBe(false);
    expect(s.get('k')).toBe('v');
    expect('k' in s.engine).toBe(true);
  });

  it('reports a full storage and keeps the value in memory', () => {
    const data = new Map<string, string>();
    let full = false;
    const s = createSafeStorage(() => ({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        data.set(k, v);
      },
      removeItem: (k) => void data.delete(k),
    }));
    const seen: string[] = [];
    s.onStatus((st) => seen.push(st));
    expect(s.set('a', '1')).toBe(true);
    full = true;
    expect(s.set('a', '2')).toBe(false);
    expect(s.status()).toBe('full');
    expect(s.get('a')).toBe('2');
    full = false;
    expect(s.set('a', '3')).toBe(true);
    expect(data.get('a')).toBe('3');
    expect(seen).toEqual(['full', 'ok']);
  });
});
