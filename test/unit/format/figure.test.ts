import { describe, expect, it } from 'vitest';
import { DEFAULT_FIGURE_STYLE, fieldType, formatFigure, formatFigureAs } from '../../../src/lib/format/figure.ts';
import type { FieldTemplate } from '../../../src/schemas/template.ts';

const field = (f: Partial<FieldTemplate>): FieldTemplate => ({ id: 'x', label: 'X', unit: '', emptyIsZero: false, level: 1, ...f });

describe('figures as reports print them', () => {
  it('reads typed figures as counts and ratios as percentages unless told', () => {
    expect(fieldType(field({}))).toBe('count');
    expect(fieldType(field({ unit: '%' }))).toBe('percent');
    expect(fieldType(field({ compute: { ratio: { numerator: ['a'], denominator: ['b'] } } }))).toBe('percent');
    expect(fieldType(field({ compute: { sum: ['a'] } }))).toBe('count');
    expect(fieldType(field({ type: 'number', unit: '%' }))).toBe('number');
  });
  it('pads small counts, groups thousands, prints percentages with "%"', () => {
    expect(formatFigure(field({ unit: 'hồ sơ' }), 5)).toBe('05 hồ sơ');
    // The same rule for a count without a unit (the PAKN sentence), and zero is never "00".
    expect(formatFigure(field({}), 4)).toBe('04');
    expect(formatFigure(field({ unit: 'TTHC' }), 0)).toBe('0 TTHC');
    expect(formatFigure(field({ unit: 'hồ sơ' }), 4133)).toBe('4.133 hồ sơ');
    expect(formatFigure(field({}), 0)).toBe('0');
    expect(formatFigure(field({ unit: '%' }), 99.879)).toBe('99,88%');
    expect(formatFigure(field({ type: 'number', unit: 'tỷ đồng' }), 2.5)).toBe('2,5 tỷ đồng');
  });
  it('follows the document’s one rule for leading zeros and the space before "%"', () => {
    const always = { leadingZero: 'always', percentSpace: true } as const;
    const never = { leadingZero: 'never', percentSpace: false } as const;
    expect(formatFigure(field({ unit: 'hồ sơ' }), 5, always)).toBe('05 hồ sơ');
    expect(formatFigure(field({}), 0, always)).toBe('0');
    expect(formatFigure(field({}), 7, never)).toBe('7');
    expect(formatFigure(field({ unit: 'hồ sơ' }), 5, never)).toBe('5 hồ sơ');
    expect(formatFigure(field({ unit: '%' }), 97.82, always)).toBe('97,82\u00A0%');
    expect(formatFigure(field({ unit: '%' }), 97.82, never)).toBe('97,82%');
    // Only counts take the zero: amounts and decimals never do.
    expect(formatFigureAs('number', 5, 'triệu đồng', always)).toBe('5 triệu đồng');
    expect(formatFigureAs('count', 12, '', always)).toBe('12');
  });
  it('writes a percentage with the decimals its group needs', () => {
    expect(formatFigureAs('percent', 8.8, '', DEFAULT_FIGURE_STYLE, 2)).toBe('8,80%');
    expect(formatFigureAs('percent', 100, '', DEFAULT_FIGURE_STYLE, 2)).toBe('100,00%');
    expect(formatFigureAs('percent', 97.5, '', DEFAULT_FIGURE_STYLE, 0)).toBe('98%');
    expect(formatFigureAs('percent', 8.8, '', DEFAULT_FIGURE_STYLE)).toBe('8,8%');
  });
});
