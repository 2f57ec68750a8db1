import { formatPercent } from '../format/number.ts';
import type { FigureColumn } from './columns.ts';
import type { UnitRow } from './unit-row.ts';

/** Rankings of the units by a rate, and their rates against a target: the national one, or the province's own. */

const EPS = 1e-9;

export type Ranking = { column: FigureColumn; ranked: { rank: number; row: UnitRow; value: number }[]; unranked: UnitRow[] };

export type TargetCheck = {
  column: FigureColumn;
  op: '>=' | '<=';
  value: number;
  /** national: the template's target (a catalogue entry in force, with its year); local: typed on the page. */
  origin: 'national' | 'local';
  /** "tối thiểu 50% (chỉ tiêu năm 2026)" for a national one; "" for a local one. */
  text: string;
  /** The document that sets a national target. */
  citation: string;
  below: { row: UnitRow; value: number }[];
  met: UnitRow[];
  unknown: UnitRow[];
  /** Whether the total (province-wide) rate meets it. */
  totalMet: boolean | null;
};

const collator = new Intl.Collator('vi');
export const sortByName = (rows: UnitRow[]) => [...rows].sort((a, b) => collator.compare(a.name, b.name));

/** Units by a rate, best first; equal rates share a rank (1, 2, 2, 4); units whose rate cannot be computed are apart. */
export function rank(column: FigureColumn, rows: UnitRow[]): Ranking {
  const withValue = rows.flatMap((row) => (row.figures[column.key] == null ? [] : [{ row, value: row.figures[column.key]! }]));
  const sign = column.better === 'lower' ? 1 : -1;
  withValue.sort((a, b) => sign * (a.value - b.value) || collator.compare(a.row.name, b.row.name));
  let rankNow = 0;
  const ranked = withValue.map((x, i) => {
    if (i === 0 || Math.abs(x.value - withValue[i - 1].value) > EPS) rankNow = i + 1;
    return { rank: rankNow, ...x };
  });
  return { column, ranked, unranked: rows.filter((r) => r.figures[column.key] == null) };
}

export function checkTarget(
  column: FigureColumn,
  t: Pick<TargetCheck, 'op' | 'value' | 'origin' | 'text' | 'citation'>,
  rows: UnitRow[],
  total: number | null | undefined,
): TargetCheck {
  const meets = (x: number) => (t.op === '>=' ? x >= t.value - EPS : x <= t.value + EPS);
  const out: TargetCheck = { column, ...t, below: [], met: [], unknown: [], totalMet: total == null ? null : meets(total) };
  for (const row of rows) {
    const x = row.figures[column.key];
    row.targets[column.key] = x == null ? null : meets(x);
    if (x == null) out.unknown.push(row);
    else if (meets(x)) out.met.push(row);
    else out.below.push({ row, value: x });
  }
  return out;
}

/** "≥ 95%" / "≤ 2%". */
export const targetText = (t: Pick<TargetCheck, 'op' | 'value'>) => `${t.op === '>=' ? '≥' : '≤'} ${formatPercent(t.value)}`;
