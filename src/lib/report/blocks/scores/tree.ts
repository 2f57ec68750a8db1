import type { ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import { cleanLine } from '../../../format/text.ts';
import { percentOf } from '../../../format/number.ts';
import { countedScore, evidenceOf, rejectedScore, scoreOf, type Evidence } from './value.ts';
import { adjustmentTotals, scoreResult, type AdjustmentTotals, type ScoreResult } from './adjust.ts';

/**
 * The arithmetic of a score table: which rows are leaves, each row's parent, and per row the sums of its leaves —
 * maximum, the part measured by the survey, the part that does not apply to the unit, self and appraised scores —
 * the share of the self-scored maximum and the difference appraised − self; then, with bonus and penalty points
 * (adjust.ts), the result and its 100 scale. A score that fails its check (above its maximum, off its step, not a
 * number) is left out of every sum and counted as rejected, so the totals can say so. A criterion that does not
 * apply adds nothing to the maxima. Pure; the editor, the checks and the printed tables all read it.
 */

export type RowTotals = {
  index: number;
  leaf: boolean;
  /** Index of the parent row; null for a top row (lĩnh vực). */
  parent: number | null;
  children: number[];
  /** Sum of the maxima of the leaves that apply (survey criteria included); null when such a leaf has none. */
  max: number | null;
  /** Sum of the maxima of the leaves that do not apply to the unit, and how many they are. */
  naMax: number;
  naCount: number;
  /** Part of `max` measured by the survey (điều tra xã hội học). */
  surveyMax: number;
  /** Sum of the maxima of the self-scored leaves. */
  selfMax: number | null;
  /** Sum of the self scores that count (typed and passing their checks); null when none does. */
  score: number | null;
  /** Self-scored leaves under the row, and how many have a score. */
  scorable: number;
  scored: number;
  /** Leaves whose typed self (appraised) score fails its check and is left out of the sums. */
  rejected: number;
  appraised: number | null;
  appraisedCount: number;
  appraisedRejected: number;
  /** score / selfMax × 100 (null until a score is typed or without a self-scored maximum). */
  share: number | null;
  /** Σ (appraised − self) over the leaves that have both. */
  diff: number | null;
  /** A leaf's evidence. */
  evidence: Evidence;
};

export type Sums = Omit<RowTotals, 'index' | 'leaf' | 'parent' | 'evidence'>;

export type ScoreTotals = {
  rows: RowTotals[];
  roots: number[];
  total: Sums;
  adjustments: AdjustmentTotals;
  /** The self scores' result (criteria, bonus, penalty, total, 100 scale), and the appraised scores'. */
  result: ScoreResult;
  appraisedResult: ScoreResult;
};

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A leaf the unit scores itself (not one measured by the survey, nor one that does not apply to it). */
export const selfScored = (row: ScoreRow, t: RowTotals) => t.leaf && !row.survey && !row.notApplicable;

/** A leaf that does not apply to the unit. */
export const notApplicable = (row: ScoreRow, t: RowTotals) => t.leaf && row.notApplicable === true;

/** A row none of whose criteria applies to the unit (a leaf marked so, or a parent of such leaves only). */
export const noneApplies = (row: ScoreRow, t: Sums & { leaf: boolean }) =>
  t.leaf ? row.notApplicable === true : t.naCount > 0 && t.scorable === 0 && t.surveyMax === 0;

/** A scored leaf whose evidence is missing or incomplete needs an explanation (giải trình); a score of 0 claims nothing. */
export const needsExplanation = (row: ScoreRow, t: RowTotals) =>
  selfScored(row, t) && (scoreOf(row.score) ?? 0) > 0 && t.evidence !== 'complete';

/** A leaf printed among the explanations: scored without full evidence, or not applying, with what the unit wrote. */
export const explained = (row: ScoreRow, t: RowTotals) => (needsExplanation(row, t) || notApplicable(row, t)) && !!cleanLine(row.note);

/** A leaf whose appraised score differs from the self score, or on which the unit replies. */
export const differs = (r: ScoreRow, t: RowTotals) =>
  selfScored(r, t) && ((t.diff != null && t.diff !== 0) || !!cleanLine(r.review ?? '') || r.reconsider === true);

const emptySums = (): Sums => ({
  children: [],
  max: null,
  naMax: 0,
  naCount: 0,
  surveyMax: 0,
  selfMax: null,
  score: null,
  scorable: 0,
  scored: 0,
  rejected: 0,
  appraised: null,
  appraisedCount: 0,
  appraisedRejected: 0,
  share: null,
  diff: null,
});

const add = (a: number | null, b: number | null) => (a == null ? b : b == null ? a : round(a + b));

function sumInto(t: Sums, c: Sums, maxKnown: { ok: boolean }) {
  if (c.max == null) maxKnown.ok = false;
  t.max = add(t.max, c.max);
  t.naMax = round(t.naMax + c.naMax);
  t.naCount += c.naCount;
  t.surveyMax = round(t.surveyMax + c.surveyMax);
  t.selfMax = add(t.selfMax, c.selfMax);
  t.score = add(t.score, c.score);
  t.scorable += c.scorable;
  t.scored += c.scored;
  t.rejected += c.rejected;
  t.appraised = add(t.appraised, c.appraised);
  t.appraisedCount += c.appraisedCount;
  t.appraisedRejected += c.appraisedRejected;
  t.diff = add(t.diff, c.diff);
}

function finish(t: Sums, maxKnown: boolean) {
  if (!maxKnown) t.max = null;
  t.share = t.score == null || !t.selfMax ? null : percentOf(t.score, t.selfMax);
}

/** A leaf's own figures: nothing for one that does not apply, the maximum only for one measured by the survey. */
function leafSums(r: ScoreRow, t: RowTotals) {
  t.evidence = evidenceOf(r);
  if (r.notApplicable) {
    t.max = 0;
    t.naMax = r.max ?? 0;
    t.naCount = 1;
    return finish(t, true);
  }
  t.max = r.max;
  if (r.survey) t.surveyMax = r.max ?? 0;
  else {
    t.selfMax = r.max;
    t.scorable = 1;
    t.score = countedScore(r.score, r.max, r.step);
    t.scored = t.score == null ? 0 : 1;
    t.rejected = rejectedScore(r.score, r.max, r.step) ? 1 : 0;
    t.appraised = countedScore(r.appraised, r.max, r.step);
    t.appraisedCount = t.appraised == null ? 0 : 1;
    t.appraisedRejected = rejectedScore(r.appraised, r.max, r.step) ? 1 : 0;
    t.diff = t.score != null && t.appraised != null ? round(t.appraised - t.score) : null;
  }
  finish(t, r.max != null);
}

export function scoreTotals(table: ScoreTable): ScoreTotals {
  const { rows } = table;
  const out: RowTotals[] = rows.map((r, index) => ({
    ...emptySums(),
    index,
    leaf: !(index + 1 < rows.length && rows[index + 1].level > r.level),
    parent: null,
    evidence: 'none' as Evidence,
  }));
  const roots: number[] = [];
  const stack: number[] = [];
  rows.forEach((r, i) => {
    while (stack.length && rows[stack[stack.length - 1]].level >= r.level) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : null;
    out[i].parent = parent;
    if (parent == null) roots.push(i);
    else out[parent].children.push(i);
    stack.push(i);
  });
  // Children come after their parent, so one pass from the end sums every row before its parent needs it.
  for (let i = rows.length - 1; i >= 0; i--) {
    const t = out[i];
    if (t.leaf) leafSums(rows[i], t);
    else {
      const known = { ok: true };
      for (const c of t.children) sumInto(t, out[c], known);
      finish(t, known.ok);
    }
  }
  const total = { ...emptySums(), children: roots };
  const known = { ok: roots.length > 0 };
  for (const r of roots) sumInto(total, out[r], known);
  finish(total, known.ok);
  const adjustments = adjustmentTotals(table);
  return {
    rows: out,
    roots,
    total,
    adjustments,
    result: scoreResult(total.score, total.max, adjustments, 'points'),
    appraisedResult: scoreResult(total.appraised, total.max, adjustments, 'appraised'),
  };
}
