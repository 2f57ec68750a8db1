import type { DocumentRow, ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import { isRecord } from '../../values.ts';
import { asDocumentRows } from '../documents/kind.ts';
import { cleanLine } from '../../../format/text.ts';
import { parseIsoDate } from '../../../format/date.ts';
import { percentOf } from '../../../format/number.ts';
import { usableFigure } from '../../rules/figures.ts';

/**
 * The arithmetic of a score table: which rows are leaves, each row's parent, and per row the sums of its leaves —
 * maximum, the part measured by the survey, self and appraised scores — the share of the self-scored maximum and
 * the difference appraised − self. Pure; the editor, the checks and the printed tables all read it.
 */

export type Evidence = 'none' | 'incomplete' | 'complete';

export type RowTotals = {
  index: number;
  leaf: boolean;
  /** Index of the parent row; null for a top row (lĩnh vực). */
  parent: number | null;
  children: number[];
  /** Sum of the leaves' maxima (survey criteria included); null when a leaf has none. */
  max: number | null;
  /** Part of `max` measured by the survey (điều tra xã hội học). */
  surveyMax: number;
  /** Sum of the maxima of the self-scored leaves. */
  selfMax: number | null;
  /** Sum of the self scores typed; null when none is. */
  score: number | null;
  /** Self-scored leaves under the row, and how many have a score. */
  scorable: number;
  scored: number;
  appraised: number | null;
  appraisedCount: number;
  /** score / selfMax × 100 (null until a score is typed or without a self-scored maximum). */
  share: number | null;
  /** Σ (appraised − self) over the leaves that have both. */
  diff: number | null;
  /** A leaf's evidence. */
  evidence: Evidence;
};

export type ScoreTotals = { rows: RowTotals[]; roots: number[]; total: Omit<RowTotals, 'index' | 'leaf' | 'parent' | 'evidence'> };

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');
/** A typed score as stored: a number, the text typed when it is not one, or nothing. */
const typed = (x: unknown): number | string | null => (typeof x === 'string' && x.trim() ? x : num(x));

/** A score that counts: a number not below 0 (text and negatives are flagged by rules/figures.ts and never summed). */
export const scoreOf = (x: number | string | null | undefined): number | null =>
  typeof x === 'number' && usableFigure('number', x) ? x : null;

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
    score: typed(r.score),
    appraised: typed(r.appraised),
    evidence: asDocumentRows(r.evidence),
    note: str(r.note),
    ...(typeof r.review === 'string' ? { review: r.review } : {}),
    ...(r.reconsider === true ? { reconsider: true } : {}),
  }));
  return set ? { set, rows } : { rows };
}

/** Evidence rows with anything typed in them. */
export const filledEvidence = (rows: DocumentRow[]) => rows.filter((d) => [d.kind, d.number, d.date, d.subject].some((x) => cleanLine(x)));

/** A document is complete evidence with its number, a valid date and its subject (trích yếu). */
export const evidenceComplete = (d: DocumentRow) => !!cleanLine(d.number) && !!parseIsoDate(d.date) && !!cleanLine(d.subject);

export function evidenceOf(row: ScoreRow): Evidence {
  const docs = filledEvidence(row.evidence);
  if (!docs.length) return 'none';
  return docs.every(evidenceComplete) ? 'complete' : 'incomplete';
}

/** A leaf the unit scores itself (not one measured by the survey). */
export const selfScored = (row: ScoreRow, t: RowTotals) => t.leaf && !row.survey;

/** A scored leaf whose evidence is missing or incomplete needs an explanation (giải trình); a score of 0 claims nothing. */
export const needsExplanation = (row: ScoreRow, t: RowTotals) =>
  selfScored(row, t) && (scoreOf(row.score) ?? 0) > 0 && t.evidence !== 'complete';

/** A leaf whose appraised score differs from the self score, or on which the unit replies. */
export const differs = (r: ScoreRow, t: RowTotals) =>
  selfScored(r, t) && ((t.diff != null && t.diff !== 0) || !!cleanLine(r.review ?? '') || r.reconsider === true);

/** Whether `x` is a whole number of `step`s. */
export const onStep = (x: number, step: number | undefined) => !step || Math.abs(x / step - Math.round(x / step)) < 1e-6;

export function scoreTotals(table: ScoreTable): ScoreTotals {
  const { rows } = table;
  const out: RowTotals[] = rows.map((r, index) => ({
    index,
    leaf: !(index + 1 < rows.length && rows[index + 1].level > r.level),
    parent: null,
    children: [],
    max: null,
    surveyMax: 0,
    selfMax: null,
    score: null,
    scorable: 0,
    scored: 0,
    appraised: null,
    appraisedCount: 0,
    share: null,
    diff: null,
    evidence: 'none',
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
  const add = (a: number | null, b: number | null) => (a == null ? b : b == null ? a : round(a + b));
  const sumInto = (t: Omit<RowTotals, 'index' | 'leaf' | 'parent' | 'evidence'>, c: RowTotals, maxKnown: { ok: boolean }) => {
    if (c.max == null) maxKnown.ok = false;
    t.max = add(t.max, c.max);
    t.surveyMax = round(t.surveyMax + c.surveyMax);
    t.selfMax = add(t.selfMax, c.selfMax);
    t.score = add(t.score, c.score);
    t.scorable += c.scorable;
    t.scored += c.scored;
    t.appraised = add(t.appraised, c.appraised);
    t.appraisedCount += c.appraisedCount;
    t.diff = add(t.diff, c.diff);
  };
  const finish = (t: Omit<RowTotals, 'index' | 'leaf' | 'parent' | 'evidence'>, maxKnown: boolean) => {
    if (!maxKnown) t.max = null;
    t.share = t.score == null || !t.selfMax ? null : percentOf(t.score, t.selfMax);
  };
  // Children come after their parent, so one pass from the end sums every row before its parent needs it.
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    const t = out[i];
    if (t.leaf) {
      t.evidence = evidenceOf(r);
      t.max = r.max;
      if (r.survey) t.surveyMax = r.max ?? 0;
      else {
        t.selfMax = r.max;
        t.scorable = 1;
        t.score = scoreOf(r.score);
        t.scored = t.score == null ? 0 : 1;
        t.appraised = scoreOf(r.appraised);
        t.appraisedCount = t.appraised == null ? 0 : 1;
        t.diff = t.score != null && t.appraised != null ? round(t.appraised - t.score) : null;
      }
      finish(t, r.max != null);
    } else {
      const known = { ok: true };
      for (const c of t.children) sumInto(t, out[c], known);
      finish(t, known.ok);
    }
  }
  const total: ScoreTotals['total'] = {
    children: roots,
    max: null,
    surveyMax: 0,
    selfMax: null,
    score: null,
    scorable: 0,
    scored: 0,
    appraised: null,
    appraisedCount: 0,
    share: null,
    diff: null,
  };
  const known = { ok: roots.length > 0 };
  for (const r of roots) sumInto(total, out[r], known);
  finish(total, known.ok);
  return { rows: out, roots, total };
}
