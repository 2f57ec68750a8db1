import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import { parseIsoDate } from '../format/date.ts';
import type { Period } from '../format/period.ts';
import { rollupBlocks, rollupColumns, type FigureColumn } from './columns.ts';
import { isPlaceholderName, matchList, parseUnitList, unitKey } from './units.ts';
import { commonPeriod } from './flags.ts';
import { countedDraft, evaluated, missingRow, unitRow, type UnitRow } from './row.ts';
import { rank, sortByName, targetsOf, type Ranking, type TargetCheck } from './rank.ts';
import { totalsOf, type Coverage } from './totals.ts';
import type { RollupState } from './state.ts';
import { flagRequestRows } from '../request/rollup.ts';
import { scoreBlocks } from '../report/index.ts';

/**
 * The roll-up: each unit's report evaluated by the report engine (row.ts: its figures, rates and checks exactly as its
 * own builder computes them, from what its document prints unless the officer chose its draft), one row per unit
 * with its flags, totals over the units that gave each figure with their coverage (totals.ts: the province's rates
 * computed from sums, never an average of rates), rankings by the rates whose better direction the template states,
 * and targets (rank.ts).
 */

export { samePeriod, commonPeriod } from './flags.ts';
export { targetText, type Ranking, type TargetCheck } from './rank.ts';
export type { Flag, FlagType, UnitRow } from './row.ts';
export type { Coverage } from './totals.ts';

export type RollupResult = {
  columns: FigureColumn[];
  period?: Period;
  /** Every row in display order: the list's order when there is one (missing units in their place), else by name. */
  rows: UnitRow[];
  included: UnitRow[];
  /** Column key → total over the units that gave the figure (computed ones from those sums); null when none did. */
  totals: Record<string, number | null>;
  /** Column key → over how many of the included units its total was made, and which were left out. */
  coverage: Record<string, Coverage>;
  /** The typed totals as a draft holds them: indicators block key → field id → value. */
  summaryValues: Record<string, Record<string, number>>;
  rankings: Ranking[];
  targets: TargetCheck[];
  /** Rate columns that could be ranked but have no national target with a verified source. */
  noNationalTarget: FigureColumn[];
  expected: string[];
};

export function computeRollup(template: ReportTemplate, state: RollupState, catalogue: CatalogueBrief[] = []): RollupResult {
  const columns = rollupColumns(template);
  const blocks = rollupBlocks(template);
  const period = state.period ?? commonPeriod(state.units.map((u) => u.draft));
  const deadline = parseIsoDate(state.settings.deadline) ? state.settings.deadline : '';
  const context = { template, columns, blocks, catalogue, period, deadline };
  const rows = state.units.map((u) => unitRow(u, context));

  // The list of expected units: who is missing, who is not on it.
  const expected = parseUnitList(state.settings.expected);
  const matched = matchList(
    expected,
    rows.map((r) => unitKey(r.name)),
  );
  let ordered: UnitRow[];
  if (expected.length) {
    const onList = new Set(matched.filter((i) => i >= 0));
    rows.forEach((r, i) => {
      if (!onList.has(i) && !isPlaceholderName(r.name))
        r.flags.push({ type: 'unlisted', message: 'Không có trong danh sách đơn vị: kiểm tra tên đơn vị ở phần đầu báo cáo.' });
    });
    ordered = [
      ...expected.map((name, n) => (matched[n] >= 0 ? rows[matched[n]] : missingRow(name, n))),
      ...sortByName(rows.filter((_, i) => !onList.has(i))),
    ];
  } else ordered = sortByName(rows);
  if (state.request) flagRequestRows(ordered, state.units, state.request, scoreBlocks(template)[0]?.key);

  const included = ordered.filter((r) => r.included);
  const { totals, coverage, summaryValues } = totalsOf(columns, blocks, included);
  const rankable = columns.filter((c) => c.better);
  const rankings = rankable.map((c) => rank(c, included));
  const { targets, noNationalTarget } = targetsOf(rankable, state.settings.targets, catalogue, included, totals);
  return { columns, period, rows: ordered, included, totals, coverage, summaryValues, rankings, targets, noNationalTarget, expected };
}

/** Checks units' reports ahead (the results are kept with each draft), so a page can spread the work as files arrive. */
export function prepareUnits(template: ReportTemplate, drafts: Draft[], catalogue: CatalogueBrief[] = []): void {
  for (const d of drafts) evaluated(template, d, catalogue);
}

export { countedDraft };
