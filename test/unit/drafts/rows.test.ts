import { describe, expect, it } from 'vitest';
import { moveRow, patchRow, removeRow } from '../../../src/lib/drafts/rows.ts';

describe('row edits', () => {
  const rows = [{ a: 1 }, { a: 2 }, { a: 3 }];
  it('moves, removes and patches a row without changing the list given', () => {
    expect(moveRow(rows, 0, 2)).toEqual([{ a: 2 }, { a: 3 }, { a: 1 }]);
    expect(moveRow(rows, 2, 1)).toEqual([{ a: 1 }, { a: 3 }, { a: 2 }]);
    expect(removeRow(rows, 1)).toEqual([{ a: 1 }, { a: 3 }]);
    expect(patchRow(rows, 1, { a: 9 })).toEqual([{ a: 1 }, { a: 9 }, { a: 3 }]);
    expect(rows).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
  });
});
