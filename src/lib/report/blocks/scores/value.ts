import type { DocumentRow, ScoreAdjustment, ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import { isRecord } from '../../values.ts';
import { asDocumentRows } from '../documents/kind.ts';
import { cleanLine } from '../../../format/text.ts';
import { parseIsoDate } from '../../../format/date.ts';
import { usableFigure } from '../../rules/figures.ts';

/**
 * A score table's value read leniently, and the rules about one typed score: whether it is a number, whether it
 * passes its checks (not above its maximum, on its step) and so counts in the sums. Pure; tree.ts, adjust.ts, the
 * checks, the printed tables and the editor all read it.
 */

const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');
/** A typed score as stored: a number, the text typed when it is not one, or nothing. */
const typed = (x: unknown): number | string | null => (typeof x === 'string' && x.trim() ? x : num(x));
const limit = (x: unknown) => (num(x) != null && (x as number) >= 0 ? (x as number) : undefined);

/** A score that is a number not below 0 (text and negatives are flagged by rules/figures.ts and never summed). */
export const scoreOf = (x: number | string | null | undefined): number | null =>
  typeof x === 'number' && usableFigure('number', x) ? x : null;

/** Whether `x` is a whole number of `step`s. */
export const onStep = (x: number, step: number | undefined) => !step || Math.abs(x / step - Math.round(x / step)) < 1e-6;

/** Why a typed score fails its check: not a usable number, above its maximum, off its step; null when it passes or is empty. */
export type ScoreFault = 'figure' | 'above' | 'step';

export function scoreFault(x: number | string | null | undefined, max: number | null | undefined, step?: number): ScoreFault | null {
  if (x == null || (typeof x === 'string' && !x.trim())) return null;
  const v = scoreOf(x);
  if (v == null) return 'figure';
  if (max != null && v > max + 1e-9) return 'above';
  return onStep(v, step) ? null : 'step';
}

/** The score as it counts in the sums: a number that passes its checks; null otherwise (empty, or left out). */
export const countedScore = (x: number | string | null | undefined, max: number | null | undefined, step?: number) =>
  scoreFault(x, max, step) ? null : scoreOf(x);

/** Something was typed that does not count (it is shown at its field and left out of every sum). */
export const rejectedScore = (x: number | string | null | undefined, max: number | null | undefined, step?: number) =>
  scoreFault(x, max, step) != null;

/** What a score row says of its criterion (numbering, name, level, maximum, step, survey, method, condition): no scores. */
export type Criterion = Pick<ScoreRow, 'tt' | 'name' | 'level' | 'max' | 'step' | 'survey' | 'method' | 'condition'>;

export const criterionOf = (r: Criterion): Criterion => ({
  tt: r.tt,
  name: r.name,
  level: r.level,
  max: r.max,
  ...(r.step ? { step: r.step } : {}),
  ...(r.survey ? { survey: true } : {}),
  ...(r.method !== undefined ? { method: r.method } : {}),
  ...(r.condition !== undefined ? { condition: r.condition } : {}),
});

function asAdjustment(r: Record<string, unknown>): ScoreAdjustment {
  return {
    kind: r.kind === 'penalty' ? 'penalty' : 'bonus',
    tt: str(r.tt),
    name: str(r.name),
    max: num(r.max),
    points: typed(r.points),
    appraised: typed(r.appraised),
    note: str(r.note),
  };
}

/** A stored value read leniently: rows of the wrong shape become empty rows, so the checks can say what is wrong. */
export function asScoreTable(v: unknown): ScoreTable {
  if (!isRecord(v) || !Array.isArray(v.rows)) return { rows: [] };
  const set = isRecord(v.set)
    ? { id: str(v.set.id), name: str(v.set.name), illustrative: v.set.illustrative === true, citation: str(v.set.citation) }
    : undefined;
  const rows = v.rows.filter(isRecord).map((r): ScoreRow => ({
    tt: str(r.tt),
    name: str(r.name),
    level: typeof r.level === 'number' && Number.isInteger(r.level) && r.level >= 1 ? Math.min(r.level, 6) : 1,
    max: num(r.max),
    ...(num(r.step) && (r.step as number) > 0 ? { step: r.step as number } : {}),
    ...(r.survey === true ? { survey: true } : {}),
    ...(typeof r.method === 'string' ? { method: r.method } : {}),
    ...(typeof r.condition === 'string' ? { condition: r.condition } : {}),
    ...(r.notApplicable === true ? { notApplicable: true } : {}),
    score: typed(r.score),
    appraised: typed(r.appraised),
    evidence: asDocumentRows(r.evidence),
    note: str(r.note),
    ...(typeof r.review === 'string' ? { review: r.review } : {}),
    ...(r.reconsider === true ? { reconsider: true } : {}),
  }));
  const table: ScoreTable = set ? { set, rows } : { rows };
  if (Array.isArray(v.adjustments) && v.adjustments.length) table.adjustments = v.adjustments.filter(isRecord).map(asAdjustment);
  if (isRecord(v.limits)) {
    const limits = { bonus: limit(v.limits.bonus), penalty: limit(v.limits.penalty) };
    if (limits.bonus != null || limits.penalty != null)
      table.limits = {
        ...(limits.bonus != null ? { bonus: limits.bonus } : {}),
        ...(limits.penalty != null ? { penalty: limits.penalty } : {}),
      };
  }
  return table;
}

/** Evidence rows with anything typed in them. */
export const filledEvidence = (rows: DocumentRow[]) => rows.filter((d) => [d.kind, d.number, d.date, d.subject].some((x) => cleanLine(x)));

/** A document is complete evidence with its number, a valid date and its subject (trích yếu). */
export const evidenceComplete = (d: DocumentRow) => !!cleanLine(d.number) && !!parseIsoDate(d.date) && !!cleanLine(d.subject);

export type Evidence = 'none' | 'incomplete' | 'complete';

export function evidenceOf(row: ScoreRow): Evidence {
  const docs = filledEvidence(row.evidence);
  if (!docs.length) return 'none';
  return docs.every(evidenceComplete) ? 'complete' : 'incomplete';
}
