import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../../src/search/query.ts';
import { foldedTerms } from '../../../src/search/terms.ts';

describe('what the search box sends to Pagefind', () => {
  it('drops the year of the report, which no guidance page holds', () => {
    expect(searchQuery('ke hoach cchc nam 2027')).toBe('ke hoach cchc nam');
    expect(searchQuery('kế hoạch CCHC năm 2027')).toBe('kế hoạch CCHC năm');
    expect(searchQuery('báo cáo tháng 11/2026')).toBe('báo cáo tháng');
    expect(searchQuery('bao cao 6 thang 2026,')).toBe('bao cao 6 thang');
  });

  it('keeps document numbers and a query that is only a year', () => {
    expect(searchQuery('30/2020/NĐ-CP')).toBe('30/2020/NĐ-CP');
    expect(searchQuery('nghị định 75/2026')).toBe('nghị định 75/2026');
    expect(searchQuery('nghị định 09/2026')).toBe('nghị định 09/2026');
    expect(searchQuery('2026')).toBe('2026');
  });

  it('composes decomposed Vietnamese (NFD) and tidies spaces', () => {
    expect(searchQuery('  te\u0302\u0301t  2026 ')).toBe('tết');
  });
});

describe('a copy of a page’s words without "đ"', () => {
  it('copies only what Pagefind cannot match already', () => {
    expect(foldedTerms('Tự đánh giá, chấm điểm Chỉ số CCHC', ['PAR INDEX', 'tài liệu kiểm chứng', 'thẩm định'])).toEqual([
      'tu danh gia, cham diem chi so cchc',
      'tham dinh',
    ]);
    expect(foldedTerms('Cải cách thể chế', ['một cửa'])).toEqual([]);
    expect(foldedTerms('Nghị định số 30/2020/NĐ-CP')).toEqual(['nghi dinh so 30/2020/nd-cp']);
  });
});
