/**
 * Figures of a recognised sheet: the grand-total row when there is one, otherwise the sum of the data rows,
 * never both and never a subtotal on top of its rows. Every cell that could not be used is reported.
 */
import { cellAddress, columnLetter, truncationNote, type Sheet } from './grid.ts';
import { pathText } from './header.ts';
import type { ColumnTarget, Recognition } from './recognize.ts';
import { descendants, rowRanges, tableRows, type RowInfo, type RowRef } from './rows.ts';
import { ISSUE_NOUN, issueReason, readFigureCell, type CellIssueKind, type FigureKind } from './values.ts';
import { formatNumber } from '../format/number.ts';

export interface CellIssue {
  targetId: string;
  /** Excel row number (1-based) and address ("E12"). */
  row: number;
  column: string;
  address: string;
  kind: CellIssueKind;
  /** The cell as written ("" when blank). */
  text: string;
  /** Vietnamese: "Ô E12 (dòng 12 "Đất đai", cột "Quá hạn") để trống: chưa tính. …" */
  message: string;
}

/** Which rows gave the figures; `rows` are the data rows (summed, or checked against the total row). */
export type RowsUse = { kind: 'total-row'; total: RowRef; rows: RowRef[] } | { kind: 'sum' | 'none'; rows: RowRef[] };
/** RowsUse with its Vietnamese description: "dùng dòng Tổng cộng (dòng 27)", "cộng 14 dòng (dòng 8–21)". */
export type RowsUsed = RowsUse & { text: string };

export interface FigureValue {
  id: string;
  label: string;
  /** The column read, or null when the target has none. */
  column: number | null;
  header: string[];
  /** The figure, or null when the column is missing or a cell feeding it has an issue. */
  value: number | null;
  /** Sum of the cells that could be read (equals `value` when there is no issue). */
  readable: number | null;
  /** The grand-total row's cell, when that row exists and its cell is a number. */
  fromTotalRow: number | null;
  /** Sum of the data rows, when every one of their cells is a number. */
  sumOfRows: number | null;
  issues: CellIssue[];
}

/** One data row's figures (a lĩnh vực, a unit), each null when its column is missing or its cell unreadable. */
export interface ItemFigures extends RowRef {
  values: Record<string, number | null>;
}

/**
 * The problems of one column, for the import dialog to show at that column: its cells that are not usable figures
 * (a date, a formula's error, text…), grouped by kind. `withheld`: the column's figure is not taken because of them;
 * otherwise (a total row gave the figure) they only keep the rows from being checked against it.
 */
export interface ColumnProblem {
  targetId: string;
  column: string;
  withheld: boolean;
  cells: CellIssue[];
  message: string;
}

export interface SheetFigures {
  used: RowsUsed;
  /** The data rows one by one (the rows summed, or checked against the total row), as a table by lĩnh vực keeps them. */
  items: ItemFigures[];
  /** Per column, its cells that could not be read as figures. */
  columns: ColumnProblem[];
  /** Set when the reader could not read the whole sheet (truncationNote): figures summed from rows are withheld. */
  incomplete: string;
  values: Record<string, FigureValue>;
  /** Every issue of the cells feeding the figures, row by row. */
  issues: CellIssue[];
  /** Vietnamese warnings: a total row or a group row that does not match the rows it sums. */
  checks: string[];
  rows: RowInfo[];
  labelColumn: number | null;
  numberingColumn: number | null;
}

const ref = ({ row, label, numbering }: RowInfo): RowRef => ({ row, label, numbering });

export function describeRows(used: RowsUse): string {
  if (used.kind === 'total-row') return `dùng dòng ${used.total.label} (dòng ${used.total.row})`;
  if (!used.rows.length) return 'không có dòng số liệu nào';
  if (used.rows.length === 1) return `dùng dòng ${used.rows[0].label || used.rows[0].numbering} (dòng ${used.rows[0].row})`;
  return `cộng ${used.rows.length} dòng (dòng ${rowRanges(used.rows.map((r) => r.row))})`;
}

export function extractFigures(sheet: Sheet, recognition: Recognition, targets: readonly ColumnTarget[]): SheetFigures {
  const figureTargets = targets.filter((t) => (t.kind ?? 'count') === 'count' || t.kind === 'score');
  const columns = figureTargets.flatMap((t) => (recognition.assignments[t.id] ? [recognition.assignments[t.id].column] : []));
  const table = tableRows(sheet, recognition.layout, columns);
  const items = table.rows.filter((r) => r.role === 'item');
  const total = table.total;
  const use: RowsUse = total
    ? { kind: 'total-row', total: ref(total), rows: items.map(ref) }
    : { kind: items.length ? 'sum' : 'none', rows: items.map(ref) };
  const used: RowsUsed = { ...use, text: describeRows(use) };

  const values: Record<string, FigureValue> = {};
  const checks: string[] = [];
  const problems: ColumnProblem[] = [];
  const incomplete = truncationNote(sheet);
  for (const target of figureTargets) {
    const a = recognition.assignments[target.id];
    const kind: FigureKind = target.kind === 'score' ? 'score' : 'count';
    if (!a) {
      values[target.id] = {
        id: target.id,
        label: target.label,
        column: null,
        header: [],
        value: null,
        readable: null,
        fromTotalRow: null,
        sumOfRows: null,
        issues: [],
      };
      continue;
    }
    const columnName = pathText(a.header) || `cột ${a.letter}`;
    const read = (r: RowInfo) => {
      const v = readFigureCell(sheet.cells[r.index]?.[a.column] ?? null, kind);
      if (v.ok) return { value: v.value, issue: null };
      const issue: CellIssue = {
        targetId: target.id,
        row: r.row,
        column: columnLetter(a.column),
        address: cellAddress(r.index, a.column),
        kind: v.kind,
        text: v.text,
        message: `Ô ${cellAddress(r.index, a.column)} (dòng ${r.row} "${r.label || r.numbering}", cột "${columnName}") ${issueReason(v.kind, v.text, kind)}`,
      };
      return { value: null, issue };
    };
    const sum = (rows: RowInfo[]) => {
      let s = 0;
      const issues: CellIssue[] = [];
      for (const r of rows) {
        const x = read(r);
        if (x.issue) issues.push(x.issue);
        else s += x.value!;
      }
      return { readable: round(s), complete: !issues.length, issues };
    };
    const leaves = sum(items);
    const sumOfRows = leaves.complete && items.length ? leaves.readable : null;
    let value: number | null;
    let readable: number | null;
    let fromTotalRow: number | null = null;
    let issues: CellIssue[];
    if (total) {
      const t = read(total);
      fromTotalRow = t.value;
      value = readable = t.value;
      issues = t.issue ? [t.issue] : [];
      if (fromTotalRow != null && sumOfRows != null && fromTotalRow !== sumOfRows)
        checks.push(
          `Cột "${columnName}": dòng ${total.label} (dòng ${total.row}) ghi ${formatNumber(fromTotalRow)} nhưng cộng ${items.length} dòng số liệu được ${formatNumber(sumOfRows)}. Đã dùng số của dòng ${total.label}; hãy kiểm tra lại bảng tính.`,
        );
    } else {
      readable = items.length ? leaves.readable : null;
      // Rows left unread make any sum wrong: nothing is taken from a sheet read in part.
      value = leaves.complete && !incomplete ? readable : null;
      issues = leaves.issues;
    }
    const problem = columnProblem(target.id, columnLetter(a.column), columnName, issues, total ? leaves.issues : []);
    if (problem) problems.push(problem);
    values[target.id] = {
      id: target.id,
      label: target.label,
      column: a.column,
      header: a.header,
      value,
      readable,
      fromTotalRow,
      sumOfRows,
      issues,
    };

    for (const parent of table.rows.filter((r) => r.role === 'parent')) {
      const p = read(parent);
      const d = sum(descendants(table.rows, parent));
      if (p.value != null && d.complete && p.value !== d.readable)
        checks.push(
          `Cột "${columnName}": dòng ${parent.row} "${parent.label || parent.numbering}" ghi ${formatNumber(p.value)} nhưng các dòng bên dưới cộng được ${formatNumber(d.readable)}. Các dòng bên dưới được cộng, dòng ${parent.row} thì không; hãy kiểm tra lại.`,
        );
    }
  }
  const itemFigures = items.map((r): ItemFigures => ({
    ...ref(r),
    values: Object.fromEntries(
      figureTargets.map((t) => {
        const a = recognition.assignments[t.id];
        const v = a && readFigureCell(sheet.cells[r.index]?.[a.column] ?? null, t.kind === 'score' ? 'score' : 'count');
        return [t.id, v && v.ok ? v.value : null];
      }),
    ),
  }));
  const issues = Object.values(values)
    .flatMap((v) => v.issues)
    .sort((x, y) => x.row - y.row || x.column.length - y.column.length || x.column.localeCompare(y.column));
  return {
    used,
    items: itemFigures,
    columns: problems,
    incomplete,
    values,
    issues,
    checks,
    rows: table.rows,
    labelColumn: table.labelColumn,
    numberingColumn: table.numberingColumn,
  };
}

const CELLS_NAMED = 4;

/** "Cột “Quá hạn” (E): 2 ô ghi ngày tháng thay cho số (E12, E15); 1 ô có lỗi công thức (E20). …" */
function columnProblem(
  targetId: string,
  letter: string,
  name: string,
  used: CellIssue[],
  unchecked: CellIssue[],
): ColumnProblem | undefined {
  const cells = used.length ? used : unchecked;
  if (!cells.length) return undefined;
  const byKind = new Map<CellIssueKind, string[]>();
  for (const c of cells) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c.address]);
  const parts = [...byKind].map(([kind, at]) => {
    const named = at.slice(0, CELLS_NAMED).join(', ') + (at.length > CELLS_NAMED ? ', …' : '');
    return `${at.length.toLocaleString('vi-VN')} ô ${ISSUE_NOUN[kind]} (${named})`;
  });
  const withheld = used.length > 0;
  const outcome = withheld
    ? 'Số của cột này chưa được lấy; hãy sửa các ô đó trong bảng tính rồi nhập lại.'
    : 'Đã dùng số của dòng tổng; các ô này chỉ không được đối chiếu với dòng tổng.';
  return { targetId, column: letter, withheld, cells, message: `Cột “${name}” (${letter}): ${parts.join('; ')}. ${outcome}` };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
