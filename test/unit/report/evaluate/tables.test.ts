import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../support/helpers.ts';
import { draftFor, mini } from '../../../support/fixtures.ts';

describe('evaluate: tables', () => {
  it('computes percent-of columns and flags cells that are not numbers or are negative', () => {
    const rows = [
      { ten: 'A', kq: 3, ct: 4 },
      { ten: 'B', kq: 'ba', ct: 0 },
      { ten: 'C', kq: -1, ct: 2 },
    ];
    const ev = evaluate(mini, draftFor('mini', { values: { 'bang:t': rows } }), CATALOGUE);
    expect(ev.tables['bang:t'].map((r) => r.tl)).toEqual([75, null, -50]);
    expect(ev.issues.filter((i) => i.field?.startsWith('bang:t[')).map((i) => [i.key, i.severity])).toEqual([
      ['cell:bang:t[1].kq', 'error'],
      ['negative:bang:t[2].kq', 'error'],
    ]);
  });
});
