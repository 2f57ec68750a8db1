/**
 * The scores a score table prints, named so that they can be read back from the document (src/lib/report/trace.ts,
 * src/lib/printed/): "<block key>.#r<row>" a row's self score (a criterion's typed one on a leaf, a sum on a parent),
 * "<block key>.#a<item>" the points of a bonus or penalty, and "<block key>.#<line>" the self score of the lines that
 * close a table (subtotal, bonus, penalty, total, 100 scale); "#q…" the same for the appraised score. Typed ones can
 * take the printed value; sums never do: they are computed again from the typed ones.
 */
import type { ScoreTable } from '../../../../schemas/draft.ts';
import { cleanLine } from '../../../format/text.ts';
import { wording } from '../../../document/wording.ts';
import { scoreTotals } from './tree.ts';
import { adjustmentsOf } from './adjust.ts';

export type ClosingLine = 'subtotal' | 'bonus' | 'penalty' | 'total' | 'scale';
export type ScoreFigure = ({ row: number } | { item: number } | { line: ClosingLine }) & { appraised?: true };

export const scoreFigureId = (f: ScoreFigure): string =>
  `#${f.appraised ? 'q' : ''}${'row' in f ? `r${f.row}` : 'item' in f ? `a${f.item}` : f.line}`;

const LINES: Record<string, ClosingLine> = { subtotal: 'subtotal', bonus: 'bonus', penalty: 'penalty', total: 'total', scale: 'scale' };

/** The block and the score a figure key names; undefined for a key that names no score. */
export function parseScoreFigure(key: string): { block: string; figure: ScoreFigure } | undefined {
  const m = /^(.*)\.#(q?)(?:r(\d+)|a(\d+)|([a-z]+))$/.exec(key);
  if (!m) return undefined;
  const [, block, q, row, item, line] = m;
  const appraised = q ? ({ appraised: true } as const) : {};
  if (row !== undefined) return { block, figure: { row: Number(row), ...appraised } };
  if (item !== undefined) return { block, figure: { item: Number(item), ...appraised } };
  return LINES[line] ? { block, figure: { line: LINES[line], ...appraised } } : undefined;
}

/** Whether the table computes this score (a sum, a closing line) rather than the unit typing it. */
export function computedScore(table: ScoreTable, f: ScoreFigure): boolean {
  if ('line' in f) return true;
  if ('item' in f) return false;
  return !scoreTotals(table).rows[f.row]?.leaf;
}

/** How a message names a score: the criterion's number and name, the item's name, or the closing line's. */
export function scoreFigureLabel(table: ScoreTable, f: ScoreFigure): string {
  const w = wording.scores;
  const self = (f.appraised ? w.appraised : w.self).toLocaleLowerCase('vi');
  if ('row' in f) {
    const r = table.rows[f.row];
    return `${[cleanLine(r?.tt ?? ''), cleanLine(r?.name ?? '')].filter(Boolean).join(' ')} (${self})`;
  }
  if ('item' in f) return `${cleanLine(adjustmentsOf(table)[f.item]?.name ?? '')} (${self})`;
  const names: Record<ClosingLine, string> = {
    subtotal: w.criteriaSubtotal,
    bonus: w.bonus,
    penalty: w.penalty,
    total: wording.total,
    scale: w.scale100,
  };
  return `${names[f.line]} (${self})`;
}

/** The table with a typed score replaced by the printed one (a computed score is left as it is). */
export function withPrintedScore(table: ScoreTable, f: ScoreFigure, printed: number): ScoreTable {
  if (computedScore(table, f)) return table;
  if ('row' in f)
    return { ...table, rows: table.rows.map((r, i) => (i === f.row ? { ...r, [f.appraised ? 'appraised' : 'score']: printed } : r)) };
  if ('item' in f) {
    // A penalty prints with its minus sign outside the number: the points stay positive.
    const field = f.appraised ? 'appraised' : 'points';
    const items = adjustmentsOf(table).map((a, j) => (j === f.item ? { ...a, [field]: Math.abs(printed) } : a));
    return { ...table, adjustments: items };
  }
  return table;
}
