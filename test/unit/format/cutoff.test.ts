import { describe, expect, it } from 'vitest';
import { cutoffRange, formatCutoff, shiftCutoff } from '../../../src/lib/format/cutoff.ts';

describe('cut-off dates (Nghị định 09/2019/NĐ-CP)', () => {
  it('monthly: 15th of the previous month to the 14th', () => {
    expect(cutoffRange({ kind: 'thang', year: 2024, index: 11 })).toMatchObject({ from: '2024-10-15', to: '2024-11-14', source: 'decree' });
    expect(cutoffRange({ kind: 'thang', year: 2024, index: 1 })).toMatchObject({ from: '2023-12-15', to: '2024-01-14' });
  });
  it('quarterly: 15th of the month before the quarter to the 14th of its last month', () => {
    expect(cutoffRange({ kind: 'quy', year: 2022, index: 1 })).toMatchObject({ from: '2021-12-15', to: '2022-03-14' });
    expect(cutoffRange({ kind: 'quy', year: 2022, index: 2 })).toMatchObject({ from: '2022-03-15', to: '2022-06-14' });
    expect(cutoffRange({ kind: 'quy', year: 2022, index: 4 })).toMatchObject({ from: '2022-09-15', to: '2022-12-14' });
  });
  it('6 months, year; 9 months only as provincial practice; second half not verified', () => {
    expect(cutoffRange({ kind: '6-thang', year: 2022 })).toMatchObject({ from: '2021-12-15', to: '2022-06-14', source: 'decree' });
    expect(cutoffRange({ kind: 'nam', year: 2022 })).toMatchObject({ from: '2021-12-15', to: '2022-12-14', source: 'decree' });
    expect(cutoffRange({ kind: '9-thang', year: 2022 })).toMatchObject({ from: '2021-12-15', to: '2022-09-14', source: 'province' });
    expect(cutoffRange({ kind: '6-thang', year: 2022, index: 2 })).toBeUndefined();
    expect(formatCutoff(cutoffRange({ kind: '9-thang', year: 2022 })!)).toBe('từ ngày 15/12/2021 đến ngày 14/9/2022');
  });
  it('a cut-off the user typed (a province using the 21st–20th) wins over the decree, when it is a valid range', () => {
    const p = { kind: 'thang' as const, year: 2021, index: 8, cutoff: { from: '2021-07-21', to: '2021-08-20' } };
    expect(cutoffRange(p)).toMatchObject({ from: '2021-07-21', to: '2021-08-20', source: 'user' });
    expect(formatCutoff(cutoffRange(p)!)).toBe('từ ngày 21/7/2021 đến ngày 20/8/2021');
    expect(cutoffRange({ ...p, cutoff: { from: '2021-08-21', to: '2021-08-20' } })).toMatchObject({ source: 'decree' });
    expect(cutoffRange({ ...p, cutoff: { from: '', to: '2021-08-20' } })).toMatchObject({ from: '2021-07-15', to: '2021-08-14' });
  });
  it('moves a typed cut-off by whole months, keeping the day where the month has it', () => {
    expect(shiftCutoff({ from: '2021-07-21', to: '2021-08-20' }, 1)).toEqual({ from: '2021-08-21', to: '2021-09-20' });
    expect(shiftCutoff({ from: '2021-12-21', to: '2022-01-20' }, 1)).toEqual({ from: '2022-01-21', to: '2022-02-20' });
    expect(shiftCutoff({ from: '2024-01-31', to: '2024-02-29' }, -1)).toEqual({ from: '2023-12-31', to: '2024-01-29' });
    expect(shiftCutoff({ from: '2024-01-31', to: '2024-03-30' }, 1)).toEqual({ from: '2024-02-29', to: '2024-04-30' });
    expect(shiftCutoff({ from: 'x', to: '2024-03-30' }, 1)).toBeUndefined();
  });
});
