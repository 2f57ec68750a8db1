import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatPercent, parseNumber, percentDecimals, percentOf } from '../../../src/lib/format/number.ts';

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
  it('pads counts 1 to 9 when asked ("05 hồ sơ"), never zero', () => {
    expect(formatCount(5, true)).toBe('05');
    expect(formatCount(0, true)).toBe('0');
    expect(formatCount(12, true)).toBe('12');
    expect(formatCount(5)).toBe('5');
  });
  it('gives a group of percentages the decimals the most precise one needs', () => {
    expect(percentDecimals([8.8, 10.38])).toBe(2);
    expect(percentDecimals([100, 95, null])).toBe(0);
    expect(percentDecimals([99.999, 50.5])).toBe(1);
    expect(formatPercent(8.8, percentDecimals([8.8, 10.38]), false, true)).toBe('8,80%');
    expect(formatPercent(100, 1, false, true)).toBe('100,0%');
  });
  it('percentOf guards against missing figures and zero', () => {
    expect(percentOf(1, 4)).toBe(25);
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(null, 3)).toBeNull();
  });
  it('percentOf rounds half up to two decimals on the exact ratio, not on floating point', () => {
    // 23 ÷ 160 = 0,14375 exactly: 14,375% → 14,38% (floating point gives 14,374999…, which would print 14,37%).
    expect(formatPercent(percentOf(23, 160)!)).toBe('14,38%');
    expect(formatPercent(percentOf(41, 160)!)).toBe('25,63%');
    expect(formatPercent(percentOf(1, 800)!)).toBe('0,13%');
    // Published: 19.255 ÷ 19.944 = 96,5453…% → 96,55%; 689 ÷ 19.944 = 3,4546…% → 3,45%; 4.157 ÷ 4.169 → 99,71%.
    expect(formatPercent(percentOf(19255, 19944)!)).toBe('96,55%');
    expect(formatPercent(percentOf(689, 19944)!)).toBe('3,45%');
    expect(formatPercent(percentOf(4157, 4169)!)).toBe('99,71%');
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(-1, 8)).toBe(-12.5);
    expect(percentOf(0.5, 3)).toBe(16.67);
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
