import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../../support/helpers.ts';
import { draftFor, mini } from '../../../../support/fixtures.ts';

describe('evaluate: tables', () => {
  it('computes percent-of columns and flags cells that are not numbers or are negative', () => {
    const rows = [
      { ten: 'A', kq: 3, ct: 4 },
      { ten: 'B', kq: 'ba', ct: 0 },
      { ten: 'C', kq: -1, ct: 2 },
    ];
    const ev = evaluate(mini, draftFor('mini', { values: { 'bang:t': rows } }), CATALOGUE);
    // A cell that cannot be printed takes no part in the percentage either.
    expect(ev.tables['bang:t'].map((r) => r.tl)).toEqual([75, null, null]);
    // Paths as the editor names its cells ("bang:t.1.kq"), so each problem shows beside its cell.
    expect(ev.issues.filter((i) => i.field?.startsWith('bang:t.')).map((i) => [i.key, i.severity, i.blocking])).toEqual([
      ['text:bang:t.1.kq', 'error', true],
      ['negative:bang:t.2.kq', 'error', true],
    ]);
    expect(ev.issues.find((i) => i.key === 'text:bang:t.1.kq')!.message).toMatch(/^Bảng, dòng 2, cột "Kết quả": "ba" có chữ; chỉ nhập số/);
  });
});

describe('evaluate: typed figures anywhere', () => {
  it('a "count" column takes whole numbers only; a "number" column takes decimals; neither takes a negative', () => {
    const t = structuredClone(mini);
    const bang = t.sections.find((s) => s.id === 'bang')!.blocks[0];
    if (bang.kind !== 'table') throw new Error('mini: bảng');
    bang.columns[1].type = 'count';
    const rows = [{ ten: 'A', kq: 2.5, ct: 4.5 }];
    const ev = evaluate(t, draftFor('mini', { values: { 'bang:t': rows } }), CATALOGUE);
    expect(ev.issues.filter((i) => i.blocking).map((i) => i.key)).toEqual(['integer:bang:t.0.kq']);
  });
});
