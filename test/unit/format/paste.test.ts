import { describe, expect, it } from 'vitest';
import { normalisePastedText, spliceText } from '../../../src/lib/format/paste.ts';

describe('paste normalisation', () => {
  it('keeps paragraphs and turns Word bullets into "- " / "+ "', () => {
    const word =
      'Kết quả đạt được:\r\n\r\n•\tBan hành 05 kế hoạch;\r\n\uF0B7\tTổ chức tập huấn;\r\no\tcấp thôn\r\n\r\n\r\nHạn chế còn tồn tại.\r\n';
    expect(normalisePastedText(word)).toBe(
      'Kết quả đạt được:\n- Ban hành 05 kế hoạch;\n- Tổ chức tập huấn;\n+ cấp thôn\nHạn chế còn tồn tại.',
    );
  });

  it('normalises non-breaking and odd spaces, zero-width characters and tabs', () => {
    expect(normalisePastedText('Tổng\u00A0số:\t1.660\u202Fhồ sơ\u200B  ')).toBe('Tổng số: 1.660 hồ sơ');
    expect(normalisePastedText('1.\tNội dung')).toBe('1. Nội dung');
  });

  it('keeps existing dashes as bullets and makes text precomposed', () => {
    expect(normalisePastedText('– một\n- hai')).toBe('- một\n- hai');
    expect(normalisePastedText('Hoa\u0300i Ta\u0302n')).toBe('Hoài Tân');
  });

  it('splices at the caret', () => {
    expect(spliceText('abcdef', 2, 4, 'XY')).toEqual({ value: 'abXYef', caret: 4 });
    expect(spliceText('ab', 9, 9, 'c')).toEqual({ value: 'abc', caret: 3 });
  });
});
