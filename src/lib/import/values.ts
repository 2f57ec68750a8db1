/**
 * A cell read as a figure, the Vietnamese way ("1.234" = 1234, "1.234,5", "97,82%", " 12 "). A cell that is not a
 * usable figure is an issue with its reason, never a silent 0.
 */
import { formatNumber, parseNumber } from '../format/number.ts';
import type { Cell } from './grid.ts';

export type FigureKind = 'count' | 'score';
export type CellIssueKind = 'blank' | 'text' | 'negative' | 'fraction' | 'formula' | 'error';

export type CellValue = { ok: true; value: number } | { ok: false; kind: CellIssueKind; text: string };

const EXCEL_ERROR = /^#(REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|LỖI)/i;

export function readFigureCell(cell: Cell, kind: FigureKind): CellValue {
  const text = cell == null ? '' : typeof cell === 'number' ? String(cell) : cell.trim();
  if (!text || /^[-–—]$/.test(text)) return { ok: false, kind: 'blank', text };
  let value: number;
  if (typeof cell === 'number') value = cell;
  else if (text.startsWith('=')) return { ok: false, kind: 'formula', text };
  else if (EXCEL_ERROR.test(text)) return { ok: false, kind: 'error', text };
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
  }
}
