/**
 * One unit's row of the roll-up: its report evaluated by the report engine (figures, rates and checks exactly as its
 * own builder computes them), from the figures its document prints when it was edited after download (unless the
 * officer chose its draft), and every flag a reader checks.
 */
import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import {
  asDocumentRows,
  asScoreTable,
  evaluate,
  parseScoreFigure,
  scoreTotals,
  type Evaluation,
  type ScoreTotals,
} from '../report/index.ts';
import { cleanLine } from '../format/text.ts';
import { parseIsoDate } from '../format/date.ts';
import type { Period } from '../format/period.ts';
import { withPrinted, type FigureDifference } from '../printed/check.ts';
import { rollupBlocks, type FigureBlock, type FigureColumn } from './columns.ts';
import { isPlaceholderName, unitName } from './units.ts';
import { figureInfoOf, flagMessages as m, samePeriod } from './flags.ts';
import type { FigureSource, UnitEntry } from './state.ts';

export type FlagType =
  | 'figures'
  | 'printed'
  | 'unverified'
  | 'nofigures'
  | 'period'
  | 'request'
  | 'duplicate'
  | 'late'
  | 'unlisted'
  | 'missing'
  | 'unnamed'
  | 'edited'
  | 'resent';
/** A quiet flag is a note, not a problem: an edit of the words only, the same report sent again. */
export type Flag = { type: FlagType; message: string; quiet?: boolean };

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
  /** Reported, without a single figure: "Đã báo cáo — không có số liệu …". */
  noFigures?: boolean;
  /** The document printed figures otherwise than its draft: which, and which of the two are counted. */
  printed?: { differences: FigureDifference[]; count: FigureSource };
};

const FIGURE_ISSUES = /^(rule|negative|integer|over100):/;

/** A report's evaluation, kept with the draft it was made for (the page re-computes on every change). */
const evaluations = new WeakMap<Draft, Evaluation>();
export function evaluated(template: ReportTemplate, draft: Draft, catalogue: CatalogueBrief[]): Evaluation {
  let ev = evaluations.get(draft);
  if (!ev) evaluations.set(draft, (ev = evaluate(template, draft, catalogue)));
  return ev;
}

/** The draft whose figures count: the printed ones when the document was edited (unless the draft was chosen). */
const counted = new WeakMap<UnitEntry, Draft>();
export function countedDraft(template: ReportTemplate, u: UnitEntry): Draft {
  if (!u.printed?.differences.length || u.count === 'draft') return u.draft;
  let d = counted.get(u);
  if (!d) counted.set(u, (d = withPrinted(template, u.draft, u.printed)));
  return d;
}

export type RowContext = {
  template: ReportTemplate;
  columns: FigureColumn[];
  blocks: FigureBlock[];
  catalogue: CatalogueBrief[];
  period?: Period;
  deadline: string;
};

export function unitRow(u: UnitEntry, { template, columns, blocks, catalogue, period, deadline }: RowContext): UnitRow {
  const d = countedDraft(template, u);
  const ev = evaluated(template, d, catalogue);
  const name = unitName(d.header.issuer, d.header.place, d.header.unit);
  // The engine's figures; an empty "counts as 0" figure beside figures the unit gave is 0, as the engine reads it.
  const typedIn = blockHasFigures(d, blocks);
  const blockKeys = new Set(blocks.map((b) => b.key));
  const figures: Record<string, number | null> = {};
  const scores = new Map<string, ScoreTotals | null>();
  for (const c of columns)
    figures[c.key] = c.score
      ? scoreFigure(scores, d.values[c.blockKey], c)
      : !c.field
        ? documentCount(d.values[c.blockKey])
        : (ev.figures[c.blockKey]?.[c.field.id] ?? (c.emptyIsZero && !c.computed && typedIn.has(c.blockKey) ? 0 : null));
  // Figure blocks the unit gave nothing in: all of them ("không có số liệu TTHC"), or some (named).
  const empty = blocks.filter((b) => b.block.kind === 'indicators' && !typedIn.has(b.key));
  const noFigures = empty.length > 0 && empty.length === blocks.filter((b) => b.block.kind === 'indicators').length;
  const flags: Flag[] = [];
  if (isPlaceholderName(name)) flags.push({ type: 'unnamed', message: m.unnamed });
  if (empty.length) flags.push({ type: 'nofigures', message: noFigures ? m.noFigures(template, blocks) : m.someFigures(empty) });
  for (const c of columns)
    if (c.score === 'total' && figures[c.key] == null) flags.push({ type: 'nofigures', message: m.noScores(c.group) });
  for (const i of ev.issues)
    if (FIGURE_ISSUES.test(i.key) && blockKeys.has((i.field ?? '').replace(/\.[^.]*$/, '')))
      flags.push({ type: 'figures', message: i.message });
  const labels = new Map(columns.map((c) => [c.key, c]));
  const check = u.printed;
  const count: FigureSource = u.count ?? 'printed';
  // A score not found in the printed text leaves its table's results unknown: they are the ones named.
  const unreadScores = new Set((check?.unfound ?? []).map((k) => parseScoreFigure(k)?.block));
  const unfound = [
    ...(check?.unfound ?? []).filter((k) => !parseScoreFigure(k)),
    ...columns.filter((c) => c.score && c.score !== 'max' && unreadScores.has(c.blockKey)).map((c) => c.key),
  ];
  if (check?.differences.length)
    flags.push({ type: 'printed', message: m.printed(check.differences, (k) => figureInfoOf(labels.get(k), u.draft, k), count) });
  if (unfound.length) flags.push({ type: 'unverified', message: m.unverified(unfound.map((k) => labels.get(k)?.label ?? k)) });
  if (check?.edited && !check.differences.length && !unfound.length) flags.push({ type: 'edited', message: m.edited, quiet: true });
  const included = !period || samePeriod(d.header.period, period);
  if (!included) flags.push({ type: 'period', message: m.period(d.header.period, period!) });
  if (u.replaced.length) flags.push({ type: 'duplicate', message: m.duplicate(u, d) });
  if (u.resent?.length) flags.push({ type: 'resent', message: m.resent(u.resent), quiet: true });
  if (deadline && !d.header.leaveDayBlank && parseIsoDate(d.header.date) && d.header.date > deadline)
    flags.push({ type: 'late', message: m.late(d.header.date, deadline) });
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
    ...(noFigures ? { noFigures } : {}),
    ...(check?.differences.length ? { printed: { differences: check.differences, count } } : {}),
  };
}

/** A listed unit without a report. */
export const missingRow = (name: string, n: number): UnitRow => ({
  id: `missing:${n}`,
  name,
  file: '',
  number: '',
  date: '',
  figures: {},
  targets: {},
  flags: [{ type: 'missing', message: m.missing }],
  included: false,
  missing: true,
});

/** A score table's result as the engine's score totals give it (each table's totals computed once per row). */
function scoreFigure(memo: Map<string, ScoreTotals | null>, value: unknown, c: FigureColumn): number | null {
  if (!memo.has(c.blockKey)) {
    const table = asScoreTable(value);
    memo.set(c.blockKey, table.rows.length ? scoreTotals(table) : null);
  }
  const totals = memo.get(c.blockKey);
  if (!totals) return null;
  return c.score === 'max' ? totals.result.max : c.score === 'appraised' ? totals.appraisedResult.total : totals.result.total;
}

/** The documents a unit listed in a documents block (rows with a number or a subject). */
function documentCount(value: unknown): number {
  return asDocumentRows(value).filter((r) => cleanLine(r.number) || cleanLine(r.subject)).length;
}

/** The blocks in which a unit typed at least one figure (there an empty "counts as 0" figure is 0). */
function blockHasFigures(d: Draft, blocks: FigureBlock[]): Set<string> {
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

/** A unit's report in a word, for the table and the workbook: never "Chưa có báo cáo" for a unit that reported. */
export function statusText(template: Pick<ReportTemplate, 'sections'>, row: Pick<UnitRow, 'missing' | 'included' | 'noFigures'>): string {
  if (row.missing) return 'Chưa có báo cáo';
  if (!row.included) return 'Khác kỳ, không tính vào tổng';
  if (row.noFigures) return m.noFiguresStatus(template, rollupBlocks(template));
  return 'Đã báo cáo';
}
