/**
 * Finding a table's header in a sheet: real exports have a title block above it ("BIỂU SỐ 06/VPCP/KSTT",
 * "Kỳ báo cáo: …"), 1–3 header rows with merged cells (group → sub-group → column), sometimes a row of column
 * numbers "(1) (2) (3)…" under it, then the data. Each column gets its header path, top to bottom:
 * ["Số hồ sơ đã giải quyết", "Quá hạn"].
 */
import { cellText, columnLetter, fillMerges, sheetWidth, type Cell, type Sheet } from './grid.ts';
import { headerWords } from './normalize.ts';

export interface HeaderColumn {
  index: number;
  /** Excel's column letter ("E"). */
  letter: string;
  /** Header cells above the column, top to bottom, merged cells repeated across their span, duplicates dropped. */
  path: string[];
}

export interface HeaderLayout {
  /** Header rows, 0-based (Excel row = index + 1); empty when no header was found. */
  rows: number[];
  /** The "(1) (2) (3)…" row under the header, if any. */
  numberRow: number | null;
  /** First row after the header (and the column-number row). */
  dataStart: number;
  columns: HeaderColumn[];
}

const MAX_HEADER_ROWS = 5;

/** A number as a cell holds it or as text writes it ("1.234", "97,82%", " 12 "). */
export const looksNumeric = (cell: Cell) =>
  typeof cell === 'number' || (typeof cell === 'string' && /\d/.test(cell) && /^\s*[-+−]?[\d.,\s]*\d[\d.,\s]*%?\s*$/.test(cell));

const COLUMN_NUMBER = /^\(?\s*(\d{1,3}|[A-ZĐ]{1,2})\s*\)?(\s*[=:].*)?$/i;

/** The "(1) (2) (3)" / "A B 1 2 3" row: short codes whose numbers increase left to right. */
function isColumnNumberRow(row: Cell[] | undefined): boolean {
  const tokens = (row ?? []).map(cellText).filter(Boolean);
  if (tokens.length < 3) return false;
  const matching = tokens.filter((t) => COLUMN_NUMBER.test(t));
  if (matching.length / tokens.length < 0.8) return false;
  const numbers = matching.map((t) => /\d+/.exec(t)).flatMap((m) => (m ? [Number(m[0])] : []));
  if (numbers.length < 3) return false;
  return numbers.every((n, i) => i === 0 || n > numbers[i - 1]);
}

const distinctValues = (row: Cell[]) => new Set(row.map(cellText).filter(Boolean));

export function locateHeader(sheet: Sheet): HeaderLayout {
  const { cells } = sheet;
  const filled = fillMerges(sheet);
  const width = sheetWidth(sheet);
  const blank = (r: number) => !(cells[r] ?? []).some((c) => cellText(c) !== '');
  const numeric = (r: number) => (cells[r] ?? []).some(looksNumeric);

  // The first row of figures: numeric and followed by another numeric row (a date beside "Ngày báo cáo:" in the
  // title block is not), unless no numeric row follows at all.
  const figureRow = (r: number) => numeric(r) && !isColumnNumberRow(cells[r]);
  let first = cells.findIndex((_, r) => {
    if (!figureRow(r)) return false;
    let next = r + 1;
    while (next < cells.length && blank(next)) next++;
    return next >= cells.length || figureRow(next) || !cells.slice(next).some((_, k) => figureRow(next + k));
  });
  if (first < 0) first = cells.length;
  // Columns that hold figures in the first data rows; a header row names at least one of them.
  const valueColumns = new Set<number>();
  for (let r = first; r < Math.min(cells.length, first + 12); r++)
    (cells[r] ?? []).forEach((c, i) => {
      if (i > 0 && looksNumeric(c)) valueColumns.add(i);
    });
  const isHeaderRow = (r: number) => {
    if (numeric(r) || isColumnNumberRow(cells[r])) return false;
    const values = distinctValues(filled[r] ?? []);
    if (values.size < 2) return false;
    if ([...values].every((v) => v.includes(':') && !v.endsWith(':'))) return false; // "Đơn vị báo cáo: …", "Kỳ báo cáo: …"
    const row = filled[r] ?? [];
    return valueColumns.size === 0 || [...valueColumns].some((c) => cellText(row[c] ?? null) !== '');
  };

  let numberRow: number | null = null;
  const rows: number[] = [];
  let r = first - 1;
  // Between header and data: the column-number row, blank rows, group rows ("I. Cấp xã").
  for (let skipped = 0; r >= 0 && skipped < 4 && !isHeaderRow(r); r--) {
    if (isColumnNumberRow(cells[r])) numberRow = r;
    else if (!blank(r)) skipped++;
  }
  for (; r >= 0 && rows.length < MAX_HEADER_ROWS && isHeaderRow(r); r--) rows.unshift(r);
  if (!rows.length) numberRow = null;

  const grid = rows.map((hr) => Array.from({ length: width }, (_, c) => cellText(filled[hr]?.[c] ?? null)));
  const mergedHeader = sheet.merges.some((m) => rows.some((hr) => hr >= m.r0 && hr <= m.r1));
  if (!mergedHeader) fillAcross(grid);

  const columns: HeaderColumn[] = Array.from({ length: width }, (_, index) => {
    const path: string[] = [];
    for (const row of grid) if (row[index] && row[index] !== path[path.length - 1]) path.push(row[index]);
    return { index, letter: columnLetter(index), path };
  });
  const dataStart = rows.length ? Math.max(rows[rows.length - 1], numberRow ?? -1) + 1 : Math.min(first, cells.length);
  return { rows, numberRow, dataStart, columns };
}

/**
 * Without merged cells (CSV, pasted cells) a group heading sits in its first column only: an empty cell in an
 * upper header row takes the heading on its left when a lower row names the column and the rows above agree.
 */
function fillAcross(grid: string[][]) {
  for (let i = 0; i < grid.length - 1; i++) {
    const row = grid[i];
    for (let c = 1; c < row.length; c++) {
      if (row[c] || !row[c - 1]) continue;
      const namedBelow = grid.slice(i + 1).some((below) => below[c]);
      const sameParent = grid.slice(0, i).every((above) => above[c] === above[c - 1]);
      if (namedBelow && sameParent) row[c] = row[c - 1];
    }
  }
}

/** The header cells of a column joined for display: "Số hồ sơ đã giải quyết › Quá hạn". */
export const pathText = (path: string[]) => path.join(' › ');

/** The normalised words of a header path, one list per header cell. */
export const pathWords = (path: string[]) => path.map(headerWords);
