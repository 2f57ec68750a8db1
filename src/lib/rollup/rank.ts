/**
 * Rankings by a rate whose better direction the template states, and targets. A unit whose own figures do not add up
 * is not ranked (its rate may read 100 % only because a part is missing): it is listed after the ranked units, marked.
 */
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import { citeBrief } from '../catalogue/citation.ts';
import { formatPercent } from '../format/number.ts';
import type { FigureColumn } from './columns.ts';
import type { UnitRow } from './row.ts';

export type Ranking = {
  column: FigureColumn;
  ranked: { rank: number; row: UnitRow; value: number }[];
  /** Units with the rate whose figures do not add up: shown with their rate, marked, without a rank. */
  marked: { row: UnitRow; value: number }[];
  unranked: UnitRow[];
};

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

const EPS = 1e-9;
const collator = new Intl.Collator('vi');
export const sortByName = (rows: UnitRow[]) => [...rows].sort((a, b) => collator.compare(a.name, b.name));

/** Whether a unit's own figures do not add up (the engine's rules). */
export const inconsistent = (row: UnitRow) => row.flags.some((f) => f.type === 'figures');

/** Units by a rate, best first; equal rates share a rank (1, 2, 2, 4); units whose rate cannot be computed are apart. */
export function rank(column: FigureColumn, rows: UnitRow[]): Ranking {
  const withValue = rows.flatMap((row) => (row.figures[column.key] == null ? [] : [{ row, value: row.figures[column.key]! }]));
  const sign = column.better === 'lower' ? 1 : -1;
  withValue.sort((a, b) => sign * (a.value - b.value) || collator.compare(a.row.name, b.row.name));
  const consistent = withValue.filter((x) => !inconsistent(x.row));
  let rankNow = 0;
  const ranked = consistent.map((x, i) => {
    if (i === 0 || Math.abs(x.value - consistent[i - 1].value) > EPS) rankNow = i + 1;
    return { rank: rankNow, ...x };
  });
  return {
    column,
    ranked,
    marked: withValue.filter((x) => inconsistent(x.row)),
    unranked: rows.filter((r) => r.figures[column.key] == null),
  };
}

/** The targets of the rankable rates: the template's national one, or the one typed for the province. */
export function targetsOf(
  rankable: FigureColumn[],
  local: Record<string, number>,
  catalogue: CatalogueBrief[],
  included: UnitRow[],
  totals: Record<string, number | null>,
): { targets: TargetCheck[]; noNationalTarget: FigureColumn[] } {
  const byId = new Map(catalogue.map((e) => [e.id, e]));
  const targets: TargetCheck[] = [];
  const noNationalTarget: FigureColumn[] = [];
  for (const c of rankable) {
    const national = c.field?.target;
    const typed = local[c.key];
    if (!national) noNationalTarget.push(c);
    const target = national
      ? {
          op: national.op,
          value: national.value,
          origin: 'national' as const,
          text: national.text,
          citation: citeBrief(byId.get(national.source), national.source),
        }
      : typeof typed === 'number' && Number.isFinite(typed)
        ? { op: c.better === 'lower' ? ('<=' as const) : ('>=' as const), value: typed, origin: 'local' as const, text: '', citation: '' }
        : undefined;
    if (target) targets.push(checkTarget(c, target, included, totals[c.key]));
  }
  return { targets, noNationalTarget };
}

function checkTarget(
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
