import { describe, expect, it } from 'vitest';
import { addInstance, removeInstance, renameInstance } from '../../../src/lib/drafts/instances.ts';
import type { Draft } from '../../../src/schemas/draft.ts';

const draft = {
  values: { 'don-vi#0:a': 'A', 'don-vi#1:a': 'B', 'don-vi#2/con:a': 'C', 'khac:a': 'x', 'don-vi-khac#1:a': 'y' },
  instances: { 'don-vi': [{ name: 'A' }, { name: 'B' }, { name: 'C' }] },
} as unknown as Draft;

describe('repeated sections', () => {
  it('removes an item and renumbers the later ones', () => {
    const d = removeInstance(draft, 'don-vi', 1);
    expect(d.instances['don-vi']).toEqual([{ name: 'A' }, { name: 'C' }]);
    expect(d.values).toEqual({ 'don-vi#0:a': 'A', 'don-vi#1/con:a': 'C', 'khac:a': 'x', 'don-vi-khac#1:a': 'y' });
  });
  it('adds and renames items', () => {
    const d = renameInstance(addInstance(draft, 'don-vi', 'D'), 'don-vi', 0, 'Thôn 1');
    expect(d.instances['don-vi'].map((i) => i.name)).toEqual(['Thôn 1', 'B', 'C', 'D']);
  });
});
