/**
 * The normalised grid every reader produces (.xlsx, .xls, .ods, HTML "xls", CSV, pasted cells): row 0 is the
 * sheet's row 1 and column 0 its column A, so positions map straight to what Excel shows.
 */

/** A cell: a number as the file stores it, text as written (not trimmed: leading spaces can mean indentation), or null. */
export type Cell = string | number | null;

/** A merged range, 0-based and inclusive. */
export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface Sheet {
  name: string;
  cells: Cell[][];
  merges: Merge[];
  /** Hidden in the workbook (a reader still returns it; pickSheet prefers visible ones). */
  hidden?: boolean;
  /** Set when rows or columns beyond the reader's limits were dropped: how many were read, of how many. */
  truncated?: { rows: number; rowsInFile: number; columns: number; columnsInFile: number };
}

export type SheetFormat = 'xlsx' | 'xls' | 'ods' | 'html' | 'xml' | 'csv' | 'paste';

export interface Workbook {
  fileName: string;
  format: SheetFormat;
  /** Text encoding used for CSV / HTML files ("utf-8", "utf-16le", "windows-1258", "windows-1252"). */
  encoding?: string;
  /** Delimiter of a CSV or pasted text. */
  delimiter?: string;
  sheets: Sheet[];
}

export type SheetErrorCode = 'empty' | 'damaged' | 'encrypted' | 'too-large' | 'no-data';

/** A file that cannot be read; `message` is Vietnamese and says what to do. */
export class SheetReadError extends Error {
  readonly code: SheetErrorCode;
  readonly fileName: string;
  constructor(code: SheetErrorCode, fileName: string, message: string) {
    super(message);
    this.name = 'SheetReadError';
    this.code = code;
    this.fileName = fileName;
  }
}

/**
 * What a reader left out of a sheet, in Vietnamese ("Bảng có 1.200.000 dòng; chỉ đọc 384.615 dòng đầu …"), or '' when
 * it read every row and column.
 */
export function truncationNote(sheet: Sheet): string {
  const t = sheet.truncated;
  if (!t) return '';
  const n = (x: number) => x.toLocaleString('vi-VN');
  const rows = t.rows < t.rowsInFile ? `có ${n(t.rowsInFile)} dòng, chỉ đọc được ${n(t.rows)} dòng đầu` : '';
  const cols = t.columns < t.columnsInFile ? `có ${n(t.columnsInFile)} cột, chỉ đọc được ${n(t.columns)} cột đầu` : '';
  return `Trang “${sheet.name}” ${[rows, cols].filter(Boolean).join(' và ')} (giới hạn để máy không bị treo), nên số liệu có thể thiếu và chưa được cộng. Hãy chép riêng các dòng và cột cần nhập sang một tệp mới rồi chọn tệp đó.`;
}

/** "A", "B", …, "Z", "AA": the column letter Excel shows for a 0-based index. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "E12" for row 11, column 4 (0-based). */
export const cellAddress = (row: number, col: number) => `${columnLetter(col)}${row + 1}`;

/** The cell as one line of text: numbers in JavaScript's form, text with its spaces collapsed and trimmed. */
export function cellText(cell: Cell): string {
  if (cell == null) return '';
  if (typeof cell === 'number') return String(cell);
  return cell.replace(/\s+/g, ' ').trim();
}

/** Width of the grid: the longest row. */
export const sheetWidth = (sheet: Sheet) => sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);

/**
 * The grid with every merged range filled with its top-left value (for reading headers, where a merged
 * "Số hồ sơ đã giải quyết" heads every column under it).
 */
export function fillMerges(sheet: Sheet): Cell[][] {
  const out = sheet.cells.map((row) => row.slice());
  for (const m of sheet.merges) {
    const v = sheet.cells[m.r0]?.[m.c0] ?? null;
    for (let r = m.r0; r <= m.r1 && r < out.length; r++) for (let c = m.c0; c <= m.c1; c++) out[r][c] = v;
  }
  return out;
}
