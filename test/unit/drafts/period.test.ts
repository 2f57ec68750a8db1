import { describe, expect, it } from 'vitest';
import { normalisePeriod } from '../../../src/lib/drafts/period.ts';

describe('normalisePeriod', () => {
  it('keeps the index a kind needs, within its range, and drops what it does not', () => {
    expect(normalisePeriod({ kind: 'thang', year: 2024, index: 14, from: '2024-01-01' })).toEqual({ kind: 'thang', year: 2024, index: 12 });
    expect(normalisePeriod({ kind: 'quy', year: 2024, index: 9 })).toEqual({ kind: 'quy', year: 2024, index: 4 });
    expect(normalisePeriod({ kind: 'quy', year: 2024 })).toEqual({ kind: 'quy', year: 2024, index: 1 });
    expect(normalisePeriod({ kind: '6-thang', year: 2024, index: 5 })).toEqual({ kind: '6-thang', year: 2024, index: 1 });
    expect(normalisePeriod({ kind: '6-thang', year: 2024, index: 2 })).toEqual({ kind: '6-thang', year: 2024, index: 2 });
    expect(normalisePeriod({ kind: 'nam', year: 2024, index: 3 })).toEqual({ kind: 'nam', year: 2024 });
  });
  it('gives a free range both ends and the year of its end', () => {
    expect(normalisePeriod({ kind: 'khoang', year: 2024, index: 3 })).toEqual({
      kind: 'khoang',
      year: 2024,
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(normalisePeriod({ kind: 'khoang', year: 2024, from: '2024-07-01', to: '2025-06-30' })).toEqual({
      kind: 'khoang',
      year: 2025,
      from: '2024-07-01',
      to: '2025-06-30',
    });
    expect(normalisePeriod({ kind: 'khoang', year: 2024, from: '2024-07-01', to: '' }).year).toBe(2024);
  });
});
