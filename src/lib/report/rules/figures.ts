import type { Issue } from '../evaluation.ts';
import type { FigureKind } from '../../format/figure.ts';
import { formatNumber, parseNumber } from '../../format/number.ts';

/** A figure as the user typed it: the number read, or the text that could not be read as one (kept so nothing is lost). */
export type TypedFigure = { field: string; label: string; kind: FigureKind; value: number | string };

/**
 * The one rule for every typed figure, whatever block holds it: text that is not a number, a negative figure, a count
 * with decimals can never be written into a report, so each is a blocking error naming its field (the builder links
 * the field and withholds the download until it is fixed). A percentage outside 0–100 and an absurdly large figure are
 * warnings the user may accept.
 */
/** Whether a typed figure can be printed and computed with: a number, not negative (unless a percentage), whole for a count. */
export const usableFigure = (kind: FigureKind, value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  (kind === 'percent' || value >= 0) &&
  (kind !== 'count' || Number.isInteger(value));

export function checkTypedFigures(figures: TypedFigure[], where: string, issue: (i: Issue) => void): void {
  for (const { field, label, kind, value } of figures) {
    const at = { field, severity: 'error' as const, blocking: true };
    if (typeof value === 'string') {
      if (!value.trim()) continue;
      const read = parseNumber(value);
      const shown = value.trim().slice(0, 40);
      issue({
        key: `text:${field}`,
        ...at,
        message: read.ok
          ? `${where}${label}: "${shown}" cần nhập lại bằng số.`
          : /\p{L}/u.test(value)
            ? `${where}${label}: "${shown}" có chữ; chỉ nhập số (ví dụ "1.660"), đơn vị đã được ghi sẵn.`
            : `${where}${label}: ${read.error}.`,
      });
      continue;
    }
    if (!Number.isFinite(value)) continue;
    if (value < 0 && kind !== 'percent')
      issue({ key: `negative:${field}`, ...at, message: `${where}${label} không được là số âm (${formatNumber(value)}).` });
    else if (kind === 'count' && !Number.isInteger(value))
      issue({ key: `integer:${field}`, ...at, message: `${where}${label} phải là số nguyên (đang nhập ${formatNumber(value, 4)}).` });
    if (kind === 'percent' && (value < 0 || value > 100))
      issue({
        key: `range:${field}`,
        field,
        severity: 'warning',
        message: `${where}${label} phải từ 0 đến 100% (đang nhập ${formatNumber(value)}).`,
      });
    if (Math.abs(value) >= 1e12)
      issue({
        key: `huge:${field}`,
        field,
        severity: 'warning',
        message: `${where}${label} quá lớn (${formatNumber(value)}): kiểm tra lại.`,
      });
  }
}
