import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent, parseNumber, percentOf } from '../../src/lib/format/number.ts';
import { periodLabel, periodWords, roman } from '../../src/lib/format/period.ts';
import { cutoffRange, formatCutoff } from '../../src/lib/format/cutoff.ts';
import { cleanLine, cleanText } from '../../src/lib/format/text.ts';

describe('formatNumber / formatPercent', () => {
  it('groups thousands with "." and uses "," for decimals', () => {
    expect(formatNumber(4133)).toBe('4.133');
    expect(formatNumber(1660)).toBe('1.660');
    expect(formatNumber(99.88)).toBe('99,88');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1660)).toBe('-1.660');
    expect(formatNumber(999)).toBe('999');
  });
  it('rounds to two decimals and trims trailing zeros', () => {
    expect(formatPercent((4128 / 4133) * 100)).toBe('99,88%');
    expect(formatPercent(50)).toBe('50%');
    expect(formatPercent(4.5)).toBe('4,5%');
    expect(formatPercent((1 / 22) * 100)).toBe('4,55%');
    expect(formatPercent(99.999)).toBe('100%');
    expect(formatNumber(-0.001)).toBe('0');
  });
  it('returns "" for non-finite values', () => {
    expect(formatNumber(NaN)).toBe('');
    expect(formatPercent(Infinity)).toBe('');
  });
  it('pads counts below 10 when asked ("05 hồ sơ")', () => {
    expect(formatCount(5, true)).toBe('05');
    expect(formatCount(0, true)).toBe('00');
    expect(formatCount(12, true)).toBe('12');
    expect(formatCount(5)).toBe('5');
  });
  it('percentOf guards against missing figures and zero', () => {
    expect(percentOf(1, 4)).toBe(25);
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(null, 3)).toBeNull();
  });
});

describe('parseNumber', () => {
  const ok = (s: string) => {
    const r = parseNumber(s);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  it('reads the ways people type figures', () => {
    expect(ok('1.660')).toBe(1660);
    expect(ok('1660')).toBe(1660);
    expect(ok('1 660')).toBe(1660);
    expect(ok('1\u00A0660')).toBe(1660);
    expect(ok('99,5')).toBe(99.5);
    expect(ok('99.5')).toBe(99.5);
    expect(ok('1.234.567,25')).toBe(1234567.25);
    expect(ok(' 42 ')).toBe(42);
    expect(ok('-3')).toBe(-3);
    expect(ok('99,88%')).toBe(99.88);
  });
  it('fails clearly, in Vietnamese', () => {
    for (const bad of ['', 'abc', '1,2,3', '1.66.0', '12 34', '1..2', '--1', '١٢']) {
      const r = parseNumber(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/số|chưa nhập/);
    }
    expect(parseNumber('99999999999999999999').ok).toBe(false);
  });
});

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
});

describe('text clean-up', () => {
  it('normalises to NFC and strips control, bidi and XML-invalid characters', () => {
    const decomposed = 'Hoa\u0300i Ta\u0302n';
    expect(cleanText(decomposed)).toBe('Hoài Tân');
    expect(cleanText('a\u0000b\u0007c\u001Fd\uFFFEe\u202Ef')).toBe('abcdef');
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('😀')).toBe('😀');
    expect(cleanText('a\r\nb\rc\td')).toBe('a\nb\nc d');
    expect(cleanLine('  a \n  b  ')).toBe('a b');
    expect(cleanText(42 as unknown as string)).toBe('');
  });
});
