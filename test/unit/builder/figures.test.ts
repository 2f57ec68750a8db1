import { describe, expect, it } from 'vitest';
import { readFigure, showFigure } from '../../../src/lib/builder/figures.ts';
import { searchCatalogue, type CatalogueBrief } from '../../../src/lib/builder/catalogue-search.ts';

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

describe('catalogue search', () => {
  const entries: CatalogueBrief[] = [
    {
      id: '61-2018-nd-cp',
      kind: 'Nghị định',
      number: '61/2018/NĐ-CP',
      title: 'Về thực hiện cơ chế một cửa, một cửa liên thông',
      status: 'amended',
      replacedBy: [],
    },
    { id: '30-2020-nd-cp', kind: 'Nghị định', number: '30/2020/NĐ-CP', title: 'Về công tác văn thư', status: 'in-force', replacedBy: [] },
  ];
  it('ignores diacritics and case', () => {
    expect(searchCatalogue(entries, 'mot cua').map((e) => e.id)).toEqual(['61-2018-nd-cp']);
    expect(searchCatalogue(entries, 'VĂN THƯ').map((e) => e.id)).toEqual(['30-2020-nd-cp']);
    expect(searchCatalogue(entries, '30/2020').map((e) => e.id)).toEqual(['30-2020-nd-cp']);
    expect(searchCatalogue(entries, 'nd-cp').length).toBe(2);
  });
});
