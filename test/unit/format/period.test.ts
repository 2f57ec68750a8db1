import { describe, expect, it } from 'vitest';
import { periodLabel, periodWords, roman } from '../../../src/lib/format/period.ts';

describe('period words', () => {
  it('names periods as reports do', () => {
    expect(periodWords({ kind: 'quy', year: 2022, index: 3 })).toBe('quý III');
    expect(periodWords({ kind: '6-thang', year: 2022 })).toBe('6 tháng đầu năm');
    expect(periodWords({ kind: '6-thang', year: 2022, index: 2 })).toBe('6 tháng cuối năm');
    expect(periodWords({ kind: '9-thang', year: 2022 })).toBe('9 tháng đầu năm');
    expect(periodWords({ kind: 'nam', year: 2022 })).toBe('năm');
    expect(periodWords({ kind: 'thang', year: 2024, index: 11 })).toBe('tháng 11');
    expect(periodWords({ kind: 'thang', year: 2024, index: 1 })).toBe('tháng 01');
  });
  it('adds the year without doubling "năm"', () => {
    expect(periodLabel({ kind: '9-thang', year: 2022 })).toBe('9 tháng đầu năm 2022');
    expect(periodLabel({ kind: 'quy', year: 2022, index: 1 })).toBe('quý I năm 2022');
    expect(periodLabel({ kind: 'nam', year: 2023 })).toBe('năm 2023');
    expect(periodLabel({ kind: 'thang', year: 2024, index: 11 })).toBe('tháng 11 năm 2024');
    expect(periodLabel({ kind: 'khoang', year: 2024, from: '2024-01-01', to: '2024-06-30' })).toBe('từ ngày 01/01/2024 đến ngày 30/6/2024');
  });
  it('roman numerals', () => {
    expect([1, 4, 9, 12, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'XII', 'XIV', 'XL']);
  });
});
