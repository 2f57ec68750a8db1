import type { DocBlock, TableCell } from '../model.ts';
import { textBlock, type BlockKind, type BlockOf } from './types.ts';
import { asRows, blank, type Row } from '../values.ts';
import { cleanLine } from '../../format/text.ts';
import { formatNumber, formatPercent, percentOf } from '../../format/number.ts';
import { wording } from '../wording.ts';

type Table = BlockOf<'table'>;
type Column = Table['columns'][number];

/** A new row: text columns empty, figures unknown (percent-of columns are computed, never stored). */
export const emptyTableRow = (block: Table): Row =>
  Object.fromEntries(block.columns.filter((c) => c.type !== 'percent-of').map((c) => [c.id, c.type === 'text' ? '' : null]));

/** The sum of a row's cells in `ids` (one column or several), or null when one of them is not a number. */
function cellSum(row: Row, ids: string | string[]): number | null {
  let sum = 0;
  for (const id of typeof ids === 'string' ? [ids] : ids) {
    const x = row[id];
    if (typeof x !== 'number') return null;
    sum += x;
  }
  return sum;
}

/** Percent-of columns of one row: value column(s) / target column(s), or null when one is missing or the target is 0. */
function percentColumns(block: Table, row: Row): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of block.columns) if (c.type === 'percent-of' && c.of) out[c.id] = percentOf(cellSum(row, c.of[0]), cellSum(row, c.of[1]));
  return out;
}

/**
 * The "Tổng cộng" row of a table with `total`: each number column's sum over the rows (empty when a row lacks a figure in
 * it, as a sum of some rows is not the total), the first text column saying "Tổng cộng".
 */
export function totalRow(block: Table, rows: Row[]): Row {
  const out: Row = {};
  const label = block.columns.find((c) => c.type === 'text');
  for (const c of block.columns) {
    if (c === label) out[c.id] = wording.total;
    if (c.type !== 'number') continue;
    const cells = rows.map((r) => r[c.id]);
    out[c.id] = cells.length && cells.every((x) => typeof x === 'number') ? (cells as number[]).reduce((a, x) => a + x, 0) : null;
  }
  return out;
}

function cell(c: Column, row: Row, pct: Record<string, number | null> | undefined): TableCell {
  if (c.type === 'percent-of') {
    const v = pct?.[c.id];
    return { text: v == null ? '' : formatPercent(v), align: 'right' };
  }
  const x = row[c.id];
  if (c.type === 'number')
    return { text: typeof x === 'number' ? formatNumber(x) + (c.unit ? ` ${c.unit}` : '') : cleanLine(String(x ?? '')), align: 'right' };
  return { text: cleanLine(String(x ?? '')), align: 'left' };
}

/** Rows the user types (plans, programme targets), with computed percentage columns; an optional "TT" column. */
export const table: BlockKind<Table> = {
  shapeOk: (value) => Array.isArray(value),
  hasContent: (block, value) =>
    asRows(value).some((r) =>
      block.columns.some(
        (c) => c.type !== 'percent-of' && r[c.id] != null && r[c.id] !== '' && !(typeof r[c.id] === 'string' && blank(r[c.id] as string)),
      ),
    ),
  check(block, value, { key, where, out, issue, pasted }) {
    const rows = asRows(value);
    out.tables[key] = rows.map((row, i) => {
      for (const c of block.columns) {
        const x = row[c.id];
        const fk = `${key}[${i}].${c.id}`;
        if (c.type !== 'number' || x == null || x === '') continue;
        if (typeof x !== 'number')
          issue({
            key: `cell:${fk}`,
            field: fk,
            severity: 'error',
            message: `${where}${block.label}, dòng ${i + 1}, cột "${c.label}": "${String(x).slice(0, 40)}" không phải là số.`,
          });
        else if (x < 0)
          issue({
            key: `negative:${fk}`,
            field: fk,
            severity: 'error',
            message: `${where}${block.label}, dòng ${i + 1}, cột "${c.label}": không được là số âm.`,
          });
      }
      return percentColumns(block, row);
    });
    for (const row of rows) for (const c of Object.values(row)) if (typeof c === 'string') pasted(cleanLine(c));
  },
  render(block, value, { key, ev, intro }) {
    const pct = ev.tables[key] ?? [];
    const columns = block.columns.map((c) => ({
      label: c.label,
      align: c.type === 'text' ? ('left' as const) : ('right' as const),
      width: c.width,
    }));
    const rows = asRows(value);
    const cells = rows.map((row, i) => block.columns.map((c) => cell(c, row, pct[i])));
    const total = block.total && rows.length ? totalRow(block, rows) : undefined;
    const totalCells = total && block.columns.map((c) => ({ ...cell(c, total, percentColumns(block, total)), bold: true }));
    const out: DocBlock[] = intro ? [textBlock(intro)] : [];
    out.push(
      block.numbered
        ? {
            type: 'table',
            columns: [{ label: wording.rowNumber, align: 'center', width: 6 }, ...columns],
            rows: [
              ...cells.map((r, i): TableCell[] => [{ text: String(i + 1), align: 'center' }, ...r]),
              ...(totalCells ? [[{ text: '' }, ...totalCells]] : []),
            ],
          }
        : { type: 'table', columns, rows: totalCells ? [...cells, totalCells] : cells },
    );
    return out;
  },
  rollover(block, value) {
    // Row names stay as the structure of the next period; figures go.
    if (!Array.isArray(value)) return undefined;
    const rows = (value as Record<string, unknown>[]).map((row) => {
      const kept: Row = {};
      for (const c of block.columns) kept[c.id] = c.type === 'text' ? (typeof row[c.id] === 'string' ? (row[c.id] as string) : '') : null;
      return kept;
    });
    return rows.length ? rows : undefined;
  },
};
