import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import { asDocumentRows, evaluate, type Evaluation } from '../report/index.ts';
import { cleanLine } from '../format/text.ts';
import { parseIsoDate, formatShortDate } from '../format/date.ts';
import { periodLabel, type Period } from '../format/period.ts';
import type { FigureColumn, rollupBlocks } from './columns.ts';
import { isPlaceholderName, unitName } from './units.ts';
import type { Replaced, UnitEntry } from './state.ts';

/**
 * One unit's row of the roll-up: its report evaluated by the report engine (figures, rates and checks exactly as its
 * own builder computes them, kept with the draft), the figure of every column, and what to check about it.
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

const evaluations = new WeakMap<Draft, Evaluation>();
const evaluated = (template: ReportTemplate, draft: Draft, catalogue: CatalogueEntry[]) => {
  let ev = evaluations.get(draft);
  if (!ev) evaluations.set(draft, (ev = evaluate(template, draft, catalogue)));
  return ev;
};

/** The checks of a unit's figures that flag its row (sums that do not add up, figures that cannot be printed). */
const FIGURE_ISSUES = /^(rule|negative|integer|over100):/;

export const samePeriod = (a: Period, b: Period) =>
  a.kind === b.kind &&
  a.year === b.year &&
  (a.index ?? 0) === (b.index ?? 0) &&
  (a.from ?? '') === (b.from ?? '') &&
  (a.to ?? '') === (b.to ?? '');

/** "số 12/BC-UBND, ngày 14/11/2026, tệp xa-an-binh.docx": how a message names a report. */
export const refText = (r: Replaced) =>
  [r.number ? `số ${r.number}` : '', parseIsoDate(r.date) ? `ngày ${formatShortDate(r.date)}` : '', `tệp ${r.file}`]
    .filter(Boolean)
    .join(', ');

export function unitRow(
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

/** Checks units' reports ahead (the results are kept with each draft), so a page can spread the work as files arrive. */
export function prepareUnits(template: ReportTemplate, drafts: Draft[], catalogue: CatalogueEntry[] = []): void {
  for (const d of drafts) evaluated(template, d, catalogue);
}
