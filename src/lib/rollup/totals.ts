/**
 * The roll-up's totals. One unit without a figure never blanks a total: each figure is added up over the units that
 * gave it, and says so (its coverage: "27/28 đơn vị; thiếu: Xã Sơn Điền"). A computed figure (a rate, a sum the
 * template computes) is computed by the engine's own arithmetic from the sums over the units that have every figure
 * it is made of — the units whose own report could compute it — never from an average of rates, never from sums of
 * different units.
 */
import type { FigureBlock, FigureColumn } from './columns.ts';
import type { UnitRow } from './row.ts';
import { computeFigures } from '../report/index.ts';

/** Over how many of the units counted a total was made, and the units left out (not given, or not computable). */
export type Coverage = { counted: number; of: number; missing: string[] };

export type Totals = {
  /** Column key → total over the units that have the figure; null when none has it. */
  totals: Record<string, number | null>;
  coverage: Record<string, Coverage>;
  /** The typed figures' totals as a draft holds them (indicators block key → field id → value), for the summary. */
  summaryValues: Record<string, Record<string, number>>;
};

export function totalsOf(columns: FigureColumn[], blocks: FigureBlock[], included: UnitRow[]): Totals {
  const totals: Record<string, number | null> = {};
  const coverage: Record<string, Coverage> = {};
  const summaryValues: Record<string, Record<string, number>> = {};
  const over = (rows: UnitRow[], key: string) => {
    let sum: number | null = null;
    for (const r of rows) {
      const x = r.figures[key];
      if (x != null) sum = (sum ?? 0) + x;
    }
    return sum;
  };
  const coverageOf = (has: (r: UnitRow) => boolean): Coverage => {
    const missing = included.filter((r) => !has(r)).map((r) => r.name);
    return { counted: included.length - missing.length, of: included.length, missing };
  };
  for (const c of columns) {
    if (!c.summable) continue;
    totals[c.key] = over(included, c.key);
    coverage[c.key] = coverageOf((r) => r.figures[c.key] != null);
    if (c.field && totals[c.key] != null) (summaryValues[c.blockKey] ??= {})[c.field.id] = totals[c.key]!;
  }
  for (const { key, block } of blocks) {
    if (block.kind !== 'indicators') continue;
    const fields = new Map(block.fields.map((f) => [f.id, f]));
    for (const f of block.fields) {
      if (!f.compute) continue;
      const fk = `${key}.${f.id}`;
      const rows = included.filter((r) => r.figures[fk] != null);
      const sums: Record<string, number | null> = {};
      for (const g of block.fields) if (!g.compute) sums[g.id] = over(rows, `${key}.${g.id}`);
      totals[fk] = rows.length ? (computeFigures(block, sums, fields, { key, where: '', issue: () => {} }).figures[f.id] ?? null) : null;
      coverage[fk] = coverageOf((r) => r.figures[fk] != null);
    }
  }
  return { totals, coverage, summaryValues };
}

/** "27/28 đơn vị; thiếu: Xã Sơn Điền" ("28/28 đơn vị" when none is missing); at most `max` names, then "và N đơn vị khác". */
export function coverageText(c: Coverage, max = Infinity): string {
  if (!c.missing.length) return `${c.counted}/${c.of} đơn vị`;
  const shown = c.missing.slice(0, max);
  const more = c.missing.length - shown.length;
  return `${c.counted}/${c.of} đơn vị; thiếu: ${shown.join('; ')}${more > 0 ? ` và ${more} đơn vị khác` : ''}`;
}

/** Whether a total leaves some of the counted units out. */
export const partial = (c: Coverage | undefined) => !!c && c.counted < c.of;
