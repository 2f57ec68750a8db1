import type { Issue } from '../evaluation.ts';

/**
 * Paragraph length. Measured with LibreOffice 7 converting a one-paragraph report (docx → pdf, on top of its ~6 s
 * start on a busy 2-core machine): 10 000 characters cost nothing, 50 000 half a second, 100 000 about 5 s,
 * 200 000 about 11 s, 500 000 about 45 s, and 5 MB does not finish (the time grows faster than the length).
 * So a paragraph over PARAGRAPH_WARN characters is a warning at its field (split it: a reader needs it too), and one
 * over PARAGRAPH_MAX a blocking error: the builder withholds the .docx and `npm run render` refuses it.
 */
export const PARAGRAPH_WARN = 10_000;
export const PARAGRAPH_MAX = 100_000;

const n = (x: number) => x.toLocaleString('vi-VN');

/** Reports, once per field, its longest paragraph over the limits: `check(paragraph, field, label, where)`. */
export function lengthChecker(issue: (i: Issue) => void) {
  const worst = new Map<string, number>();
  return (text: string, field: string, label: string, where = '') => {
    const length = text.length;
    if (length <= PARAGRAPH_WARN || (worst.get(field) ?? 0) >= length) return;
    const blocking = length > PARAGRAPH_MAX;
    if ((worst.get(field) ?? 0) > PARAGRAPH_MAX && !blocking) return;
    worst.set(field, length);
    issue({
      key: `long-paragraph:${field}`,
      field,
      severity: blocking ? 'error' : 'warning',
      ...(blocking ? { blocking: true } : {}),
      message: blocking
        ? `${where}${label}: có một đoạn dài ${n(length)} ký tự, quá ${n(PARAGRAPH_MAX)} ký tự: Word và LibreOffice mở văn bản như vậy rất chậm hoặc không mở được, nên chưa tạo .docx. Hãy tách thành nhiều đoạn (xuống dòng giữa các ý).`
        : `${where}${label}: có một đoạn dài ${n(length)} ký tự (hơn ${n(PARAGRAPH_WARN)} ký tự, khoảng ${n(Math.round(length / 3000))} trang A4 liền một đoạn). Hãy tách thành nhiều đoạn ngắn (xuống dòng giữa các ý) cho dễ đọc và để Word mở nhanh.`,
    });
  };
}
