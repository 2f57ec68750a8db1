import { describe, expect, it } from 'vitest';
import { readFigure, showFigure } from '../../../src/lib/format/figure-input.ts';

describe('number entry', () => {
  it('accepts "1.660" and "1660" alike', () => {
    expect(readFigure('1.660')).toEqual({ value: 1660 });
    expect(readFigure('1660')).toEqual({ value: 1660 });
    expect(readFigure(' 1 660 ')).toEqual({ value: 1660 });
    expect(readFigure('99,5')).toEqual({ value: 99.5 });
  });
  it('empty is no figure, junk is an error', () => {
    expect(readFigure('   ')).toEqual({ value: null });
    const bad = readFigure('12a');
    expect(bad.value).toBeNull();
    expect(bad.error).toMatch(/không phải/);
  });
  it('shows figures the Vietnamese way', () => {
    expect(showFigure(1660)).toBe('1.660');
    expect(showFigure(99.88)).toBe('99,88');
    expect(showFigure(null)).toBe('');
  });
});
