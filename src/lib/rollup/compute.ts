import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import { computeFigures } from '../report/index.ts';
import { citeBrief } from '../catalogue/citation.ts';
import { parseIsoDate } from '../format/date.ts';
import type { Period } from '../format/period.ts';
import { rollupBlocks, rollupColumns, type FigureColumn } from './columns.ts';
import { isPlaceholderName, matchList, parseUnitList, unitKey } from './units.ts';
import type { RollupState } from './state.ts';
import { unitRow, type UnitRow } from './unit-row.ts';
import { checkTarget, rank, sortByName, type Ranking, type TargetCheck } from './rank.ts';

/**
 * The roll-up: one row per unit with its flags (unit-row.ts), totals added up from the units' counts and the province's
 * rates computed from those totals by the report engine (never an average of the units' rates), rankings by the rates
 * whose better direction the template states, and targets (rank.ts).
 */

export type RollupResult = {
  columns: FigureColumn[];
  period?: Period;
  /** Every row in display order: the list's order when there is one (missing units in their place), else by name. */
  rows: UnitRow[];
  included: UnitRow[];
  /** Column key → total: typed figures added up, computed ones recomputed from those sums; null when not computable. */
  totals: Record<string, number | null>;
  /** Column key of a typed figure → the included units that did not give it (its total is then left empty). */
  lacking: Record<string, string[]>;
  /** The totals as a draft holds them: indicators block key → field id → value (typed figures only). */
  summaryValues: Record<string, Record<string, number>>;
  rankings: Ranking[];
  targets: TargetCheck[];
  /** Rate columns that could be ranked but have no national target with a verified source. */
  noNationalTarget: FigureColumn[];
  expected: string[];
};

/** The period most reports are for (the latest of equally common ones). */
export function commonPeriod(drafts: Draft[]): Period | undefined {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const d of drafts) {
    const p = d.header.period;
    const k = JSON.stringify([p.kind, p.year, p.index ?? 0, p.from ?? '', p.to ?? '']);
    const c = counts.get(k) ?? { period: { kind: p.kind, year: p.year, ...pick(p) }, n: 0 };
    c.n++;
    counts.set(k, c);
  }
  const order = (p: Period) => p.year * 10_000 + (p.index ?? 0) * 100;
  return [...counts.values()].sort((a, b) => b.n - a.n || order(b.period) - order(a.period))[0]?.period;
}
const pick = (p: Period) => ({
  ...(p.index !== undefined ? { index: p.index } : {}),
  ...(p.from ? { from: p.from } : {}),
  ...(p.to ? { to: p.to } : {}),
});

export function computeRollup(template: ReportTemplate, state: RollupState, catalogue: CatalogueEntry[] = []): RollupResult {
  const columns = rollupColumns(template);
  const blocks = rollupBlocks(template);
  const period = state.period ?? commonPeriod(state.units.map((u) => u.draft));
  const deadline = parseIsoDate(state.settings.deadline) ? state.settings.deadline : '';
  const byId = new Map(catalogue.map((e) => [e.id, e]));

  const rows = state.units.map((u) => unitRow(template, u, columns, blocks, catalogue, period, deadline));

  // The list of expected units: who is missing, who is not on it.
  const expected = parseUnitList(state.settings.expected);
  const keys = rows.map((r) => unitKey(r.name));
  const matched = matchList(expected, keys);
  let ordered: UnitRow[];
  if (expected.length) {
    const onList = new Set(matched.filter((i) => i >= 0));
    rows.forEach((r, i) => {
      if (!onList.has(i) && !isPlaceholderName(r.name))
        r.flags.push({ type: 'unlisted', message: 'Không có trong danh sách đơn vị: kiểm tra tên đơn vị ở phần đầu báo cáo.' });
    });
    const missingRows = expected.map((name, n): UnitRow => ({
      id: `missing:${n}`,
      name,
      file: '',
      number: '',
      date: '',
      figures: {},
      targets: {},
      flags: [{ type: 'missing', message: 'Chưa có báo cáo.' }],
      included: false,
      missing: true,
    }));
    ordered = [
      ...expected.map((_, n) => (matched[n] >= 0 ? rows[matched[n]] : missingRows[n])),
      ...sortByName(rows.filter((_, i) => !onList.has(i))),
    ];
  } else ordered = sortByName(rows);

  const included = ordered.filter((r) => r.included);

  // Totals of typed figures over the included units; a unit without a figure leaves the total empty (and is named).
  const totals: Record<string, number | null> = {};
  const lacking: Record<string, string[]> = {};
  const summaryValues: Record<string, Record<string, number>> = {};
  for (const c of columns) {
    if (!c.summable) continue;
    let sum = 0;
    const without: string[] = [];
    for (const r of included) {
      const x = r.figures[c.key];
      if (x != null) sum += x;
      else without.push(r.name);
    }
    lacking[c.key] = without;
    totals[c.key] = included.length && !without.length ? sum : null;
    if (c.field && totals[c.key] != null) (summaryValues[c.blockKey] ??= {})[c.field.id] = totals[c.key]!;
  }
  // Computed figures (and totals derived from their parts) from the typed totals, by the engine's own arithmetic: what
  // the summary report prints.
  for (const { key, block } of blocks) {
    if (block.kind !== 'indicators') continue;
    const fields = new Map(block.fields.map((f) => [f.id, f]));
    const { figures } = computeFigures(block, summaryValues[key] ?? {}, fields, { key, where: '', issue: () => {} });
    for (const f of block.fields) totals[`${key}.${f.id}`] = figures[f.id] ?? null;
  }

  const rankable = columns.filter((c) => c.better);
  const rankings = rankable.map((c) => rank(c, included));
  const targets: TargetCheck[] = [];
  const noNationalTarget: FigureColumn[] = [];
  for (const c of rankable) {
    const national = c.field?.target;
    const local = state.settings.targets[c.key];
    if (!national) noNationalTarget.push(c);
    const target = national
      ? {
          op: national.op,
          value: national.value,
          origin: 'national' as const,
          text: national.text,
          citation: citeBrief(byId.get(national.source), national.source),
        }
      : typeof local === 'number' && Number.isFinite(local)
        ? { op: c.better === 'lower' ? ('<=' as const) : ('>=' as const), value: local, origin: 'local' as const, text: '', citation: '' }
        : undefined;
    if (target) targets.push(checkTarget(c, target, included, totals[c.key]));
  }

  return { columns, period, rows: ordered, included, totals, lacking, summaryValues, rankings, targets, noNationalTarget, expected };
}
