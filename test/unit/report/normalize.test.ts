import { describe, expect, it } from 'vitest';
import {
  distributionLines,
  normalizePersonName,
  normalizeTitle,
  numberLine,
  placeDateLine,
  recipientLines,
} from '../../../src/lib/report/normalize.ts';
import { sentenceCaseBody } from '../../../src/lib/report/placeholders.ts';

describe('header, signature, Kính gửi and Nơi nhận as Decree 30 prints them', () => {
  it('formats Nơi nhận and Kính gửi', () => {
    expect(distributionLines(['- Như trên;', 'Sở Nội vụ', 'Lưu VT, VP (2b)'])).toEqual([
      '- Như trên;',
      '- Sở Nội vụ;',
      '- Lưu: VT, VP (2b).',
    ]);
    expect(distributionLines(['Lưu: VP', 'UBND tỉnh.'])).toEqual(['- UBND tỉnh;', '- Lưu: VT, VP.']);
    expect(distributionLines([])).toEqual(['- Lưu: VT.']);
    expect(recipientLines(['Văn phòng UBND tỉnh Hưng Yên'])).toEqual(['Văn phòng UBND tỉnh Hưng Yên.']);
    expect(recipientLines(['UBND tỉnh Gia Lai;', '- Sở Nội vụ tỉnh Gia Lai'])).toEqual([
      '- UBND tỉnh Gia Lai;',
      '- Sở Nội vụ tỉnh Gia Lai.',
    ]);
  });

  it('normalises the header and signature', () => {
    expect(numberLine('7', 'BÁO CÁO', 'ubnd')).toBe('Số: 07/BC-UBND');
    expect(numberLine('', 'KẾ HOẠCH', 'Ủy ban')).toMatch(/^Số: +\/KH-UYBAN$/);
    expect(normalizePersonName('  nguyễn  văn HIỆP ')).toBe('Nguyễn Văn Hiệp');
    expect(normalizePersonName('TS.')).toBe('');
    expect(normalizeTitle('BÁO CÁO KẾT QUẢ CCHC QUÝ III')).toBe('Báo cáo kết quả CCHC quý III');
    expect(sentenceCaseBody('ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN')).toBe('Ủy ban nhân dân phường Hoài Tân');
  });

  it('writes the header date line, optionally with the day left blank', () => {
    expect(placeDateLine('Hoài Tân', '2024-02-05')).toBe('Hoài Tân, ngày 05 tháng 02 năm 2024');
    expect(placeDateLine('Mỹ Hào', '2024-11-20', true)).toMatch(/^Mỹ Hào, ngày {2,} tháng 11 năm 2024$/);
    expect(placeDateLine('Mỹ Hào', 'hôm nay', false, 2024)).toMatch(/^Mỹ Hào, ngày +tháng +năm 2024$/);
  });
});
