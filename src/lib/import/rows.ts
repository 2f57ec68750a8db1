/**
 * The rows under a header: one row per lĩnh vực or unit, sometimes grouped ("I. Cấp xã", "Sở, ngành") with the
 * group's subtotal on its row or on a "Cộng" row, and often a "Tổng cộng" row first or last. Rows get a role
 * and an outline level; the grand-total row is told apart from subtotal rows.
 */
import { cellText, type Cell, type Sheet } from './grid.ts';
import type { HeaderLayout } from './header.ts';
import { looksNumeric } from './header.ts';
import { normalizeHeader } from './normalize.ts';
import { numberKind, outlineLevels, rowKind } from './numbering.ts';

/**
 * item: a data row that is summed; parent: a row with figures that heads other rows (its subtotal, not summed);
 * heading: a row without figures ("I. Cấp xã", notes, signatures); total: the grand-total row;
 * subtotal: any other "Cộng"/"Tổng" row.
 */
export type RowRole = 'item' | 'parent' | 'heading' | 'total' | 'subtotal';

export interface RowRef {
  /** The row number Excel shows (1-based). */
  row: number;
  /** The label as written, trimmed ("Đất đai", "Tổng cộng"). */
  label: string;
  /** The numbering cell ("1", "I", "a)"), "" if none. */
  numbering: string;
}

export interface RowInfo extends RowRef {
  role: RowRole;
  level: number;
  /** 0-based index in the grid. */
  index: number;
}

export interface TableRows {
  labelColumn: number | null;
  numberingColumn: number | null;
  rows: RowInfo[];
  total: RowInfo | null;
}

const NUMBERING_HEADER = /^(stt|tt|so tt|so thu tu)$/;
const LABEL_HEADER = /\b(linh vuc|ten|noi dung|don vi|tieu chi|chi tieu|co quan|dia phuong|danh muc|thu tuc)\b/;

/** A label that sums the rows: "Tổng cộng", "TỔNG SỐ", "Tổng", "Cộng", "Toàn tỉnh" (not "Công thương"). */
export function totalLabelStrength(label: string): 'strong' | 'weak' | null {
  const folded = normalizeHeader(label);
  if (/^(tong cong|tong so|tong|toan (tinh|xa|phuong|dac khu|thanh pho|don vi|nganh|bo|huyen|quoc))( |$)/.test(folded)) return 'strong';
  if (/^cộng(\s|$|[^\p{L}])/u.test(label.trim().toLocaleLowerCase('vi')) || folded === 'cong') return 'weak';
  return null;
}

/** Numbering and label columns among the columns that hold no figures. */
function findLabelColumns(sheet: Sheet, layout: HeaderLayout, figureColumns: ReadonlySet<number>) {
  const free = layout.columns.filter((c) => !figureColumns.has(c.index));
  const leaf = (c: (typeof free)[number]) => normalizeHeader(c.path[c.path.length - 1] ?? '');
  const data = sheet.cells.slice(layout.dataStart);
  const share = (col: number, test: (c: Cell) => boolean) => {
    const filled = data.map((row) => row[col] ?? null).filter((c) => cellText(c) !== '');
    return filled.length ? filled.filter(test).length / filled.length : 0;
  };
  let numbering = free.find((c) => NUMBERING_HEADER.test(leaf(c)))?.index ?? null;
  if (numbering == null && free.length && share(free[0].index, (c) => numberKind(cellText(c)) !== '') >= 0.6) numbering = free[0].index;
  const rest = free.filter((c) => c.index !== numbering);
  let label = rest.find((c) => c.path.some((p) => LABEL_HEADER.test(normalizeHeader(p))))?.index ?? null;
  if (label == null) {
    let best = 0;
    for (const c of rest) {
      const n = data.filter((row) => {
        const v = row[c.index];
        return typeof v === 'string' && v.trim().length >= 3 && !looksNumeric(v);
      }).length;
      if (n > best) [best, label] = [n, c.index];
    }
  }
  return { label, numbering };
}

/**
 * Roles and levels of the rows below the header. `figureColumns` are the columns read as figures: a row with
 * nothing in them is a heading. The label and numbering columns are found from headers and content unless `known`.
 */
export function tableRows(
  sheet: Sheet,
  layout: HeaderLayout,
  figureColumns: readonly number[],
  known: { label?: number | null; numbering?: number | null } = {},
): TableRows {
  const figures = new Set(figureColumns);
  const found = known.label != null ? null : findLabelColumns(sheet, layout, figures);
  const labelColumn = known.label ?? found?.label ?? null;
  const numberingColumn = known.label != null ? (known.numbering ?? null) : (found?.numbering ?? null);
  const rows: (RowInfo & { raw: string; values: boolean })[] = [];
  for (let index = layout.dataStart; index < sheet.cells.length; index++) {
    const cells = sheet.cells[index] ?? [];
    // The label as written: leading spaces may be its indentation.
    const own = labelColumn == null ? null : (cells[labelColumn] ?? null);
    let raw = typeof own === 'string' ? own : cellText(own);
    let numbering = numberingColumn != null ? cellText(cells[numberingColumn] ?? null) : '';
    if (!cellText(raw)) {
      // "Tổng cộng" merged across the STT and label columns sits in the first of them.
      const upto = Math.max(labelColumn ?? -1, numberingColumn ?? -1);
      const first = cells
        .slice(0, upto + 1)
        .find((c, i) => !figures.has(i) && typeof c === 'string' && cellText(c) !== '' && !numberKind(c));
      if (first != null) {
        raw = first as string;
        if (cellText(raw) === numbering) numbering = '';
      }
    }
    const label = cellText(raw);
    // Figures, or a formula or error where one should be; text alone (a signature under the table) is not.
    const values = figureColumns.some((c) => looksNumeric(cells[c] ?? null) || /^[=#]/.test(cellText(cells[c] ?? null)));
    if (!label && !numbering && !values) continue;
    // A numbered row is a data row even when its figures are blank (they are reported), unless it heads others.
    const role: RowRole = totalLabelStrength(label) ? 'total' : values || numbering ? 'item' : 'heading';
    rows.push({ row: index + 1, index, label, numbering, role, level: 0, raw, values });
  }

  const outline = rows.filter((r) => r.role !== 'total');
  outlineLevels(outline.map((r) => rowKind(r.numbering, r.raw))).forEach((level, i) => (outline[i].level = level));
  outline.forEach((r, i) => {
    if (r.role !== 'item') return;
    const next = outline[i + 1];
    if (!next || next.level <= r.level) return;
    // A row heading deeper rows is their subtotal (or a heading when it has no figures), unless none of them
    // has figures: then it is the figure.
    const below = outline.slice(i + 1);
    const end = below.findIndex((x) => x.level <= r.level);
    if (!r.values) r.role = 'heading';
    else if ((end < 0 ? below : below.slice(0, end)).some((x) => x.values)) r.role = 'parent';
  });

  const total = pickGrandTotal(rows);
  for (const r of rows) if (r.role === 'total' && r !== total) r.role = 'subtotal';
  const out: RowInfo[] = rows.map(({ raw: _raw, values: _values, ...r }) => r);
  return { labelColumn, numberingColumn, rows: out, total: total ? out[rows.indexOf(total)] : null };
}

/**
 * The grand total: a total-like row before the first or after the last data row. With several total-like
 * rows (a "Cộng" closing each group), only one labelled "Tổng…"/"Toàn…" qualifies.
 */
function pickGrandTotal<T extends RowInfo>(rows: T[]): T | null {
  const totals = rows.filter((r) => r.role === 'total');
  if (!totals.length) return null;
  const content = rows.filter((r) => r.role === 'item' || r.role === 'parent');
  const first = content[0]?.index ?? Infinity;
  const last = content[content.length - 1]?.index ?? -Infinity;
  const outside = totals.filter((r) => r.index < first || r.index > last);
  if (totals.length === 1) return outside[0] ?? null;
  const strong = outside.filter((r) => totalLabelStrength(r.label) === 'strong');
  if (!strong.length) return null;
  return strong.find((r) => /^tong cong\b/.test(normalizeHeader(r.label))) ?? strong[strong.length - 1];
}

/** The rows summed under a parent row: its item descendants. */
export function descendants(rows: readonly RowInfo[], parent: RowInfo): RowInfo[] {
  const i = rows.indexOf(parent);
  const out: RowInfo[] = [];
  for (const r of rows.slice(i + 1)) {
    if (r.role === 'total' || r.role === 'subtotal') continue;
    if (r.level <= parent.level) break;
    if (r.role === 'item') out.push(r);
  }
  return out;
}

/** "8–21" or "8–12, 14, 16–21". */
export function rowRanges(rowNumbers: readonly number[]): string {
  const sorted = [...rowNumbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
