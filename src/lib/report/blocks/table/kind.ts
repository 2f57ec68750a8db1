import type { DocBlock, TableCell } from '../../../document/model.ts';
import { textBlock, type BlockKind, type BlockOf } from '../types.ts';
import { asRows, blank, type Row } from '../../values.ts';
import { cleanLine } from '../../../format/text.ts';
import { percentDecimals, percentOf } from '../../../format/number.ts';
import { formatFigureAs, type FigureStyle } from '../../../format/figure.ts';
import { usableFigure } from '../../rules/figures.ts';
import { wording } from '../../../document/wording.ts';
import { checkLinked, linkedHasFigures, linkedRow, mostHint } from './linked.ts';

type Table = BlockOf<'table'>;
type Column = Table['columns'][number];

/** A new row: text columns empty, figures unknown (percent-of columns are computed, never stored). */
export const emptyTableRow = (block: Table): Row =>
  Object.fromEntries(block.columns.filter((c) => c.type !== 'percent-of').map((c) => [c.id, c.type === 'text' ? '' : null]));

/** A figure cell's number, or null when it is empty or cannot be printed (rules/figures.ts flags it). */
function figureOf(block: Table, row: Row, id: string): number | null {
  const c = block.columns.find((col) => col.id === id);
  const x = row[id];
  return c && (c.type === 'count' || c.type === 'number') && usableFigure(c.type, x) ? x : null;
}

/** The sum of a row's figures in `ids` (one column or several), or null when one of them is not a usable figure. */
function figureSum(block: Table, row: Row, ids: string | string[]): number | null {
  let sum = 0;
  for (const id of typeof ids === 'string' ? [ids] : ids) {
    const x = figureOf(block, row, id);
    if (x === null) return null;
    sum += x;
  }
  return sum;
}

/** Percent-of columns of one row: value column(s) / target column(s), or null when one is missing or the target is 0. */
function percentColumns(block: Table, row: Row): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of block.columns)
    if (c.type === 'percent-of' && c.of) out[c.id] = percentOf(figureSum(block, row, c.of[0]), figureSum(block, row, c.of[1]));
  return out;
}

/**
 * The "Tổng cộng" row of a table with `total`: each figure column's sum over the rows (empty when a row lacks a figure in
 * it, as a sum of some rows is not the total), the first text column saying "Tổng cộng".
 */
export function totalRow(block: Table, rows: Row[]): Row {
  const out: Row = {};
  const label = block.columns.find((c) => c.type === 'text');
  for (const c of block.columns) {
    if (c === label) out[c.id] = wording.total;
    if (c.type !== 'count' && c.type !== 'number') continue;
    const cells = rows.map((r) => figureOf(block, r, c.id));
    out[c.id] = cells.length && cells.every((x) => x !== null) ? (cells as number[]).reduce((a, x) => a + x, 0) : null;
  }
  return out;
}

/**
 * A cell as printed: figures in the document's style, a percent-of column with its column's decimals (`decimals`); a
 * figure column holding text prints nothing (evaluate blocks it).
 */
function cell(
  block: Table,
  c: Column,
  row: Row,
  pct: Record<string, number | null> | undefined,
  style: FigureStyle,
  decimals: Record<string, number>,
): TableCell {
  if (c.type === 'percent-of') {
    const v = pct?.[c.id];
    return { text: v == null ? '' : formatFigureAs('percent', v, '', style, decimals[c.id]), align: 'right' };
  }
  if (c.type === 'text') return { text: cleanLine(String(row[c.id] ?? '')), align: 'left' };
  const x = figureOf(block, row, c.id);
  return { text: x === null ? '' : formatFigureAs(c.type, x, c.unit, style), align: 'right' };
}

/** Whether rows hold anything but empty cells. */
const rowsWithContent = (block: Table, rows: Row[]) =>
  rows.some((r) =>
    block.columns.some(
      (c) => c.type !== 'percent-of' && r[c.id] != null && r[c.id] !== '' && !(typeof r[c.id] === 'string' && blank(r[c.id] as string)),
    ),
  );

/** Rows the user types (plans, programme targets), with computed percentage columns; an optional "TT" column. */
export const table: BlockKind<Table> = {
  shapeOk: (value) => Array.isArray(value),
  hasContent: (block, value, values) => rowsWithContent(block, asRows(value)) || linkedHasFigures(block, values),
  check(block, value, ctx) {
    const rows = asRows(value);
    ctx.out.tables[ctx.key] = rows.map((row) => percentColumns(block, row));
    for (const row of rows) for (const c of Object.values(row)) if (typeof c === 'string') ctx.pasted(cleanLine(c));
    if (block.figuresOf && rowsWithContent(block, rows)) checkLinked(block, totalRow(block, rows), ctx);
    mostHint(block, rows, ctx);
  },
  typedFigures: (block, value, key) =>
    asRows(value).flatMap((row, i) =>
      block.columns.flatMap((c) => {
        const x = row[c.id];
        return (c.type === 'count' || c.type === 'number') && x != null
          ? [{ field: `${key}.${i}.${c.id}`, label: `${block.label}, dòng ${i + 1}, cột "${c.label}"`, kind: c.type, value: x }]
          : [];
      }),
    ),
  render(block, value, { key, ev, intro, figures }) {
    const pct = ev.tables[key] ?? [];
    const columns = block.columns.map((c) => ({
      label: c.label,
      align: c.type === 'text' ? ('left' as const) : ('right' as const),
      width: c.width,
      ...(c.group ? { group: c.group } : {}),
    }));
    const rows = rowsWithContent(block, asRows(value)) ? asRows(value) : [];
    // A table breaking down a block's figures, with no row typed, prints those figures as its total.
    const total = rows.length ? (block.total ? totalRow(block, rows) : undefined) : linkedRow(block, ev.figures[block.figuresOf ?? '']);
    const totalPct = total && percentColumns(block, total);
    // A percentage column writes all its figures, the total's too, with as many decimals as the one needing most.
    const decimals = Object.fromEntries(
      block.columns.filter((c) => c.type === 'percent-of').map((c) => [c.id, percentDecimals([...pct, totalPct].map((r) => r?.[c.id]))]),
    );
    const cells = rows.map((row, i) => block.columns.map((c) => cell(block, c, row, pct[i], figures, decimals)));
    const totalCells = total && block.columns.map((c) => ({ ...cell(block, c, total, totalPct, figures, decimals), bold: true }));
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
  texts: (block, value, key) =>
    asRows(value).flatMap((row, i) =>
      block.columns
        .filter((c) => c.type === 'text' && typeof row[c.id] === 'string')
        .map((c) => ({
          field: `${key}.${i}.${c.id}`,
          label: `${block.label}, dòng ${i + 1}, cột "${c.label}"`,
          text: row[c.id] as string,
          owner: { field: key, label: block.label },
        })),
    ),
};
