import { describe, expect, it } from 'vitest';
import { periodSlug, reportFileName } from '../../../src/lib/builder/filename.ts';
import { slugify } from '../../../src/lib/format/slug.ts';

describe('file names', () => {
  it('slugs Vietnamese names', () => {
    expect(slugify('Hoài Tân')).toBe('hoai-tan');
    expect(slugify('Đồng Xuân – Quảng Trị!')).toBe('dong-xuan-quang-tri');
    expect(slugify('  ')).toBe('');
  });

  it('names the report by code, period and place', () => {
    expect(reportFileName('BC-CCHC', { kind: '9-thang', year: 2022 }, 'Hoài Tân')).toBe('BC-CCHC-9-thang-2022-hoai-tan.docx');
    expect(reportFileName('BC-TTHC', { kind: 'thang', year: 2024, index: 11 }, 'Trung Lương')).toBe(
      'BC-TTHC-thang-11-2024-trung-luong.docx',
    );
    expect(reportFileName('BC-CCHC', { kind: 'quy', year: 2022, index: 3 }, '', 'json', 'ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN')).toBe(
      'BC-CCHC-quy-3-2022-phuong-hoai-tan.json',
    );
    expect(reportFileName('BC-CCHC', { kind: 'khoang', year: 2024, from: '2024-01-01', to: '2024-06-30' }, 'Ấp Bắc/../x')).toBe(
      'BC-CCHC-2024-01-01-den-2024-06-30-ap-bac-x.docx',
    );
  });

  it('never produces unsafe characters', () => {
    const name = reportFileName('BC/../CCHC', { kind: 'nam', year: 2023 }, 'a:b*c?"<>|');
    expect(name).toMatch(/^[A-Za-z0-9.-]+$/);
    expect(periodSlug({ kind: '6-thang', year: 2023, index: 2 })).toBe('6-thang-cuoi-2023');
  });
});
