/**
 * A cell read as a figure, the Vietnamese way ("1.234" = 1234, "1.234,5", "97,82%", " 12 "). A cell that is not a
 * usable figure is an issue with its reason, never a silent 0.
 */
import { formatNumber, parseNumber } from '../format/number.ts';
import type { Cell } from './grid.ts';

export type FigureKind = 'count' | 'score';
export type CellIssueKind = 'blank' | 'text' | 'negative' | 'fraction' | 'formula' | 'error' | 'date';

export type CellValue = { ok: true; value: number } | { ok: false; kind: CellIssueKind; text: string };

const EXCEL_ERROR = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|LỖI)/i;
/** 31/12/1904, 31-12-04, 31.12.1904, 1904-12-31: a date, never a count (Vietnamese thousands have groups of three). */
const DATE = /^(\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2}([ T].*)?)$/;

export function readFigureCell(cell: Cell, kind: FigureKind): CellValue {
  const text = cell == null ? '' : typeof cell === 'number' ? String(cell) : cell.trim();
  if (!text || /^[-–—]$/.test(text)) return { ok: false, kind: 'blank', text };
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (text.startsWith('=')) return { ok: false, kind: 'formula', text };
  else if (EXCEL_ERROR.test(text)) return { ok: false, kind: 'error', text };
  else if (DATE.test(text)) return { ok: false, kind: 'date', text };
  else {
    const r = parseNumber(text);
    if (!r.ok) return { ok: false, kind: 'text', text };
    value = r.value;
  }
  // Excel sums like 0.1 + 0.2 leave binary noise: 12.000000000001 is 12.
  const rounded = Math.round(value * 1e6) / 1e6;
  if (rounded < 0) return { ok: false, kind: 'negative', text: typeof cell === 'number' ? formatNumber(rounded, 6) : text };
  if (kind === 'count' && !Number.isInteger(rounded))
    return { ok: false, kind: 'fraction', text: typeof cell === 'number' ? formatNumber(rounded, 6) : text };
  return { ok: true, value: rounded === 0 ? 0 : rounded };
}

/** Why a cell was not used, in Vietnamese, completing "Ô E12 (…) …". */
export function issueReason(kind: CellIssueKind, text: string, figure: FigureKind): string {
  switch (kind) {
    case 'blank':
      return text
        ? `ghi "${text}" thay cho số: chưa tính. Nếu là không có, hãy ghi 0.`
        : `để trống: chưa tính. Nếu là không có, hãy ghi 0.`;
    case 'text':
      return `ghi "${text}", không phải là số: chưa tính. Hãy sửa ô này thành một số.`;
    case 'negative':
      return `là số âm (${text}): ${figure === 'count' ? 'số hồ sơ' : 'điểm'} không thể âm, chưa tính. Hãy sửa ô này.`;
    case 'fraction':
      return `là số lẻ (${text}): số hồ sơ phải là số nguyên, chưa tính. Hãy sửa ô này.`;
    case 'formula':
      return `có công thức chưa được tính (${text}): hãy mở tệp bằng Excel, lưu lại rồi nhập lại.`;
    case 'error':
      return `có lỗi công thức ${text}: hãy sửa công thức trong Excel rồi nhập lại.`;
    case 'date':
      return `ghi ngày tháng (${text}) thay cho số: chưa tính. Nếu đây là số hồ sơ, hãy định dạng lại ô thành Số (Number) trong Excel rồi nhập lại.`;
  }
}

/** What a column's cells of one kind are, for the list of problems beside the column ("2 ô ghi ngày tháng"). */
export const ISSUE_NOUN: Record<CellIssueKind, string> = {
  blank: 'để trống',
  text: 'ghi chữ thay cho số',
  negative: 'là số âm',
  fraction: 'là số lẻ',
  formula: 'có công thức chưa được tính',
  error: 'có lỗi công thức',
  date: 'ghi ngày tháng thay cho số',
};
