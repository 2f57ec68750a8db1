import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import { asDocumentRows, computeFigures, evaluate, type Evaluation } from '../report/index.ts';
import { citeBrief } from '../catalogue/citation.ts';
import { cleanLine } from '../format/text.ts';
import { parseIsoDate, formatShortDate } from '../format/date.ts';
import { periodLabel, type Period } from '../format/period.ts';
import { formatPercent } from '../format/number.ts';
import { rollupBlocks, rollupColumns, type FigureColumn } from './columns.ts';
import { isPlaceholderName, matchList, parseUnitList, unitKey, unitName } from './units.ts';
import type { RollupState, UnitEntry, Replaced } from './state.ts';

/**
 * The roll-up: each unit's report evaluated by the report engine (its figures, rates and checks exactly as its own
 * builder computes them), one row per unit with its flags, totals added up from the units' counts and the province's
 * rates computed from those totals by the same engine (never an average of the units' rates), rankings by the rates
 * whose better direction the template states, and targets.
 */

export type FlagType = 'figures' | 'period' | 'duplicate' | 'late' | 'unlisted' | 'missing' | 'unnamed';
export type Flag = { type: FlagType; message: string };

export type UnitRow = {
  /** The entry's id; "missing:<n>" for a listed unit without a report. */
  id: string;
  /** As typed in the report's header (or in the list, for a missing unit). */
  name: string;
  file: string;
  number: string;
  /** "YYYY-MM-DD", "" when unknown. */
  date: string;
  period?: Period;
  /** Column key → the unit's figure (null: not given, or not computable). */
  figures: Record<string, number | null>;
  /** Target column key → met (null: the rate could not be computed). */
  targets: Record<string, boolean | null>;
  flags: Flag[];
  /** Counted in the totals, rankings and targets (not a report of another period, not a missing unit). */
  included: boolean;
  missing: boolean;
};

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

const EPS = 1e-9;
const evaluations = new WeakMap<Draft, Evaluation>();
const evaluated = (template: ReportTemplate, draft: Draft, catalogue: CatalogueEntry[]) => {
  let ev = evaluations.get(draft);
  if (!ev) evaluations.set(draft, (ev = evaluate(template, draft, catalogue)));
  return ev;
};

const FIGURE_ISSUES = /^(rule|negative|integer|over100):/;

export const samePeriod = (a: Period, b: Period) =>
  a.kind === b.kind &&
  a.year === b.year &&
  (a.index ?? 0) === (b.index ?? 0) &&
  (a.from ?? '') === (b.from ?? '') &&
  (a.to ?? '') === (b.to ?? '');

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

const refText = (r: Replaced) =>
  [r.number ? `số ${r.number}` : '', parseIsoDate(r.date) ? `ngày ${formatShortDate(r.date)}` : '', `tệp ${r.file}`]
    .filter(Boolean)
    .join(', ');

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
  // Computed figures from the totals, by the engine's own arithmetic.
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

function unitRow(
  template: ReportTemplate,
  u: UnitEntry,
  columns: FigureColumn[],
  blocks: ReturnType<typeof rollupBlocks>,
  catalogue: CatalogueEntry[],
  period: Period | undefined,
  deadline: string,
): UnitRow {
  const d = u.draft;
  const ev = evaluated(template, d, catalogue);
  const name = unitName(d.header.issuer, d.header.place);
  // The engine's figures; an empty "counts as 0" figure beside figures the unit gave is 0, as the engine reads it.
  const typedIn = blockHasFigures(d, blocks);
  const blockKeys = new Set(blocks.map((b) => b.key));
  const figures: Record<string, number | null> = {};
  for (const c of columns)
    figures[c.key] = !c.field
      ? documentCount(d.values[c.blockKey])
      : (ev.figures[c.blockKey]?.[c.field.id] ?? (c.emptyIsZero && !c.computed && typedIn.has(c.blockKey) ? 0 : null));
  const flags: Flag[] = [];
  if (isPlaceholderName(name)) flags.push({ type: 'unnamed', message: 'Chưa ghi tên đơn vị ở phần đầu báo cáo (cơ quan ban hành).' });
  for (const i of ev.issues)
    if (FIGURE_ISSUES.test(i.key) && blockKeys.has((i.field ?? '').replace(/\.[^.]*$/, '')))
      flags.push({ type: 'figures', message: i.message });
  const included = !period || samePeriod(d.header.period, period);
  if (!included)
    flags.push({
      type: 'period',
      message: `Báo cáo ${periodLabel(d.header.period)}, khác kỳ tổng hợp (${periodLabel(period!)}): không tính vào tổng.`,
    });
  if (u.replaced.length)
    flags.push({
      type: 'duplicate',
      message: `Đơn vị gửi ${u.replaced.length + 1} báo cáo: dùng báo cáo mới hơn (${refText({ file: u.file, number: d.header.number, date: d.header.date })}), bỏ ${u.replaced.map(refText).join('; ')}.`,
    });
  if (deadline && !d.header.leaveDayBlank && parseIsoDate(d.header.date) && d.header.date > deadline)
    flags.push({
      type: 'late',
      message: `Báo cáo ngày ${formatShortDate(d.header.date)}, sau hạn nộp ${formatShortDate(deadline)}.`,
    });
  return {
    id: u.id,
    name,
    file: u.file,
    number: cleanLine(d.header.number),
    date: d.header.leaveDayBlank ? '' : d.header.date,
    period: d.header.period,
    figures,
    targets: {},
    flags,
    included,
    missing: false,
  };
}

/** The documents a unit listed in a documents block (rows with a number or a subject). */
function documentCount(value: unknown): number {
  return asDocumentRows(value).filter((r) => cleanLine(r.number) || cleanLine(r.subject)).length;
}

/** The blocks in which a unit typed at least one figure (there an empty "counts as 0" figure is 0). */
function blockHasFigures(d: Draft, blocks: ReturnType<typeof rollupBlocks>): Set<string> {
  const out = new Set<string>();
  for (const { key, block } of blocks) {
    const v = d.values[key];
    if (
      block.kind === 'documents' ||
      (v && typeof v === 'object' && !Array.isArray(v) && Object.values(v).some((x) => typeof x === 'number'))
    )
      out.add(key);
  }
  return out;
}

const collator = new Intl.Collator('vi');
const sortByName = (rows: UnitRow[]) => [...rows].sort((a, b) => collator.compare(a.name, b.name));

/** Units by a rate, best first; equal rates share a rank (1, 2, 2, 4); units whose rate cannot be computed are apart. */
function rank(column: FigureColumn, rows: UnitRow[]): Ranking {
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

/** Checks units' reports ahead (the results are kept with each draft), so a page can spread the work as files arrive. */
export function prepareUnits(template: ReportTemplate, drafts: Draft[], catalogue: CatalogueEntry[] = []): void {
  for (const d of drafts) evaluated(template, d, catalogue);
}
