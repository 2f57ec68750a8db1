/**
 * Reading a spreadsheet the user chose or pasted into the normalised grid (grid.ts).
 * .xlsx/.xlsm/.xlsb/.ods, .xls (BIFF2–8), SpreadsheetML 2003 and HTML tables saved as ".xls" go through
 * SheetJS (@e965/xlsx), loaded only here, on demand. CSV and pasted cells are split by delimited.ts so that
 * Vietnamese numbers ("1.234" = one thousand two hundred thirty-four) stay text until they are read as numbers.
 */
import type { WorkSheet } from '@e965/xlsx';
import { SheetReadError, type Cell, type Merge, type Sheet, type SheetFormat, type Workbook } from './grid.ts';
import { decodeText, looksLikeText } from './decode.ts';
import { detectDelimiter, parseDelimited, stripSepLine, type Delimiter } from './delimited.ts';
import { FileLimitError, LIMITS, limitReason } from '../files/limits.ts';
import { checkZip, ZipFormatError } from '../files/zip.ts';

/**
 * Grid limits: every row Excel can hold is read, but a sheet with a stray cell at XFD1048576 must not allocate a
 * billion cells, so at most MAX_COLS columns and MAX_CELLS cells; what is left out is said (truncationNote).
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 256;
export const MAX_CELLS = 8_000_000;
export const MAX_BYTES = LIMITS.fileBytes;
/** A workbook's parts are checked within these before SheetJS unzips it (a zip bomb is refused, never inflated). */
const SHEET_LIMITS = { part: LIMITS.sheetPartBytes, total: LIMITS.sheetTotalBytes };

const damaged = (fileName: string) =>
  new SheetReadError(
    'damaged',
    fileName,
    `Không đọc được tệp "${fileName}": tệp hỏng hoặc không phải bảng tính. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi chọn lại tệp đó, hoặc chép các ô cần nhập rồi dán vào đây.`,
  );

function sniff(bytes: Uint8Array): 'zip' | 'cfb' | 'biff' | 'text' {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'cfb';
  if (b[0] === 0x09 && (b[1] === 0x00 || b[1] === 0x02 || b[1] === 0x04 || b[1] === 0x08) && b[3] === 0x00) return 'biff';
  return 'text';
}

/** Reads a chosen file. Throws SheetReadError (Vietnamese message) when it cannot. */
export async function readSheet(bytes: Uint8Array, fileName: string): Promise<Workbook> {
  if (!bytes.length) throw new SheetReadError('empty', fileName, `Tệp "${fileName}" rỗng (0 byte): hãy chọn lại đúng tệp bảng tính.`);
  if (bytes.length > MAX_BYTES)
    throw new SheetReadError(
      'too-large',
      fileName,
      `Không đọc được tệp "${fileName}": ${limitReason('file-size', { size: bytes.length, max: MAX_BYTES })}`,
    );
  const kind = sniff(bytes);
  if (kind === 'zip')
    try {
      checkZip(bytes, SHEET_LIMITS);
    } catch (e) {
      if (e instanceof FileLimitError) throw new SheetReadError('too-large', fileName, `Không đọc được tệp "${fileName}": ${e.message}`);
      if (e instanceof ZipFormatError) throw damaged(fileName);
      throw e;
    }
  if (kind !== 'text') return readBinary(bytes, fileName, kind);
  const { text, encoding } = decodeText(bytes);
  if (!looksLikeText(text)) throw damaged(fileName);
  if (/^\s*</.test(text)) return { ...(await readMarkup(text, fileName)), encoding };
  const delimiter = detectDelimiter(text);
  return { fileName, format: 'csv', encoding, delimiter, sheets: [delimitedSheet(stripSepLine(text), delimiter, sheetNameOf(fileName))] };
}

/** Cells copied from Excel, Google Sheets or a Word table (tab-separated text); one sheet. */
export function readPasted(text: string): Workbook {
  const clean = text.replace(/^\uFEFF/, '').normalize('NFC');
  const delimiter: Delimiter = clean.includes('\t') ? '\t' : detectDelimiter(clean);
  return { fileName: '', format: 'paste', delimiter, sheets: [delimitedSheet(clean, delimiter, 'Dữ liệu dán')] };
}

function delimitedSheet(text: string, delimiter: Delimiter, name: string): Sheet {
  const rows = parseDelimited(text, delimiter);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const { maxRows, truncated } = limitsFor(rows.length, width);
  const cells: Cell[][] = rows.slice(0, maxRows).map((r) => r.slice(0, MAX_COLS).map((c) => (c === '' ? null : clean(c))));
  return trim({ name, cells, merges: [], ...(truncated ? { truncated } : {}) });
}

/** How many rows of a sheet this wide are read, and what is said when some are left out. */
function limitsFor(rows: number, width: number): { maxRows: number; truncated?: Sheet['truncated'] } {
  const columns = Math.min(width, MAX_COLS);
  const maxRows = Math.min(MAX_ROWS, Math.floor(MAX_CELLS / Math.max(1, columns)));
  if (rows <= maxRows && width <= MAX_COLS) return { maxRows };
  return { maxRows, truncated: { rows: Math.min(rows, maxRows), rowsInFile: rows, columns, columnsInFile: width } };
}

const sheetNameOf = (fileName: string) => fileName.replace(/\.[^.]*$/, '') || 'Trang 1';

type XLSXModule = typeof import('@e965/xlsx');
let loading: Promise<XLSXModule> | undefined;
/** SheetJS, loaded once on first use (never with a page's first load). */
export const loadSheetJS = () => (loading ??= import('@e965/xlsx'));

async function readBinary(bytes: Uint8Array, fileName: string, kind: 'zip' | 'cfb' | 'biff'): Promise<Workbook> {
  const XLSX = await loadSheetJS();
  let wb;
  try {
    // cellDates: a date typed in a figure column becomes a date ("31/12/1904"), a problem shown at its column, never
    // the serial number Excel keeps (1.827).
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true, cellHTML: false, cellStyles: false });
  } catch (e) {
    const text = String((e as Error)?.message ?? e);
    // A password-protected workbook is an OLE container; a damaged .xlsx (a ZIP) makes SheetJS say "Unsupported ZIP
    // encryption" from garbage flag bits, which is no password.
    if (/password/i.test(text) || (kind === 'cfb' && /encrypt/i.test(text)))
      throw new SheetReadError(
        'encrypted',
        fileName,
        `Tệp "${fileName}" được đặt mật khẩu nên không đọc được: hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc), lưu lại rồi chọn lại.`,
      );
    throw damaged(fileName);
  }
  const format: SheetFormat = kind === 'zip' ? (/\.ods$/i.test(fileName) ? 'ods' : 'xlsx') : 'xls';
  return { fileName, format, sheets: workbookSheets(wb, fileName) };
}

async function readMarkup(text: string, fileName: string): Promise<Workbook> {
  const XLSX = await loadSheetJS();
  let wb;
  try {
    // raw: HTML cells stay text, so "1.234" is read the Vietnamese way later.
    wb = XLSX.read(text, { type: 'string', dense: true, raw: true, cellDates: false });
  } catch {
    throw damaged(fileName);
  }
  const format: SheetFormat = /<\?xml|<Workbook/i.test(text.slice(0, 2000)) ? 'xml' : 'html';
  return { fileName, format, sheets: workbookSheets(wb, fileName) };
}

function workbookSheets(wb: import('@e965/xlsx').WorkBook, fileName: string): Sheet[] {
  const sheets = (wb.SheetNames ?? []).map((name, i) => {
    const sheet = convertSheet(wb.Sheets[name], name);
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden;
    return hidden ? { ...sheet, hidden: true } : sheet;
  });
  if (!sheets.some((s) => s.cells.length)) throw damaged(fileName);
  return sheets;
}

interface SheetJSCell {
  t?: string;
  v?: unknown;
  w?: string;
  f?: string;
}

function convertCell(c: SheetJSCell | undefined): Cell {
  if (!c) return null;
  if (c.v == null || c.t === 'z') return c.f ? `=${c.f}` : null; // a formula never calculated (files written by programs)
  switch (c.t) {
    case 'n':
      return typeof c.v === 'number' && Number.isFinite(c.v) ? c.v : null;
    case 's':
    case 'str':
      return String(c.v) === '' ? null : clean(String(c.v));
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'e':
      return c.w ?? '#LỖI';
    case 'd':
      return c.v instanceof Date && !Number.isNaN(c.v.getTime())
        ? `${c.v.getDate()}/${c.v.getMonth() + 1}/${c.v.getFullYear()}`
        : (c.w ?? String(c.v));
    default:
      return c.w ?? String(c.v);
  }
}

function convertSheet(ws: WorkSheet | undefined, name: string): Sheet {
  if (!ws || !ws['!ref']) return { name, cells: [], merges: [] };
  const data = (ws['!data'] ?? []) as (SheetJSCell[] | undefined)[];
  let widest = 0;
  for (const row of data) if (row && row.length > widest) widest = row.length;
  const { maxRows, truncated } = limitsFor(data.length, widest);
  const rows = Math.min(data.length, maxRows);
  const cells: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    const src = data[r] ?? [];
    const width = Math.min(src.length, MAX_COLS);
    const row: Cell[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = convertCell(src[c]);
    cells.push(row);
  }
  const merges: Merge[] = ((ws['!merges'] ?? []) as { s: { r: number; c: number }; e: { r: number; c: number } }[])
    .filter((m) => m.s.r < rows && m.s.c < MAX_COLS)
    .map((m) => ({ r0: m.s.r, c0: m.s.c, r1: Math.min(m.e.r, rows - 1), c1: Math.min(m.e.c, MAX_COLS - 1) }));
  return trim({ name, cells, merges, ...(truncated ? { truncated } : {}) });
}

/** Text as stored, in NFC, without control characters; "\r\n" inside a cell becomes "\n". */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
function clean(s: string): string {
  return s.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Drops trailing empty rows and cells, so the grid's size is what holds data. */
function trim(sheet: Sheet): Sheet {
  const cells = sheet.cells.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] == null || row[end - 1] === '')) end--;
    const out = row.slice(0, end);
    for (let i = 0; i < out.length; i++) if (out[i] === undefined || out[i] === '') out[i] = null;
    return out;
  });
  while (cells.length && !cells[cells.length - 1].length) cells.pop();
  return { ...sheet, cells };
}
