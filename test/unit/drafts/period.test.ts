import { describe, expect, it } from 'vitest';
import { changePeriod, nextPeriod, normalisePeriod } from '../../../src/lib/drafts/period.ts';

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

describe('changePeriod: a typed cut-off follows the period', () => {
  const aug = { kind: 'thang' as const, year: 2021, index: 8, cutoff: { from: '2021-07-21', to: '2021-08-20' } };
  it('moves with the month and the year, and goes with a change of kind', () => {
    expect(changePeriod(aug, { index: 10 }).cutoff).toEqual({ from: '2021-09-21', to: '2021-10-20' });
    expect(changePeriod(aug, { year: 2022 }).cutoff).toEqual({ from: '2022-07-21', to: '2022-08-20' });
    expect(changePeriod(aug, { kind: 'quy' })).toEqual({ kind: 'quy', year: 2021, index: 4 });
    const q = { kind: 'quy' as const, year: 2022, index: 2, cutoff: { from: '2022-03-21', to: '2022-06-20' } };
    expect(changePeriod(q, { index: 3 }).cutoff).toEqual({ from: '2022-06-21', to: '2022-09-20' });
  });
  it('is set and cleared by the user', () => {
    expect(changePeriod(aug, { cutoff: undefined })).toEqual({ kind: 'thang', year: 2021, index: 8 });
    expect(changePeriod({ kind: 'thang', year: 2021, index: 8 }, { cutoff: { from: '2021-07-21', to: '2021-08-20' } })).toEqual(aug);
  });
  it('moves to the next period with "Tạo từ kỳ trước"', () => {
    expect(nextPeriod({ ...aug, index: 12, cutoff: { from: '2021-11-21', to: '2021-12-20' } })).toEqual({
      kind: 'thang',
      year: 2022,
      index: 1,
      cutoff: { from: '2021-12-21', to: '2022-01-20' },
    });
    expect(nextPeriod({ kind: 'nam', year: 2021, cutoff: { from: '2020-12-21', to: '2021-12-20' } }).cutoff).toEqual({
      from: '2021-12-21',
      to: '2022-12-20',
    });
  });
});
