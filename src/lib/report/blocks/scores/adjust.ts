import type { ScoreAdjustment, ScoreTable } from '../../../../schemas/draft.ts';
import { percentOf } from '../../../format/number.ts';
import { countedScore, rejectedScore } from './value.ts';

/**
 * Điểm thưởng, điểm trừ (bonus and penalty points outside the criteria tree) and the result they make with the tree:
 * each item counts when its points pass their check (a number, not above the item's maximum); each side is counted up
 * to its limit where the set states one; the total is the criteria's score + bonus − penalty; on a 100 scale the
 * criteria's score is divided by the maximum the unit is scored on (without the criteria that do not apply) and
 * multiplied by 100, then bonus and penalty are added and taken off as they are, being outside the tree.
 */

export type Part = 'points' | 'appraised';

export type AdjustmentItemTotals = {
  /** The points that count, or null (none typed, or left out). */
  points: number | null;
  appraised: number | null;
  /** Something typed that does not count. */
  rejected: boolean;
  appraisedRejected: boolean;
};

export type AdjustmentSide = {
  /** Items of this kind. */
  count: number;
  /** The most counted in all, where stated. */
  limit: number | null;
  /** Σ of the items that count, before the limit; null when none has points. */
  typed: number | null;
  /** What counts: `typed`, at most `limit`. */
  points: number | null;
  appraisedTyped: number | null;
  appraised: number | null;
  /** Items whose typed points were left out. */
  rejected: number;
  appraisedRejected: number;
};

export type AdjustmentTotals = { items: AdjustmentItemTotals[]; bonus: AdjustmentSide; penalty: AdjustmentSide };

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const add = (a: number | null, b: number | null) => (a == null ? b : b == null ? a : round(a + b));
const capped = (x: number | null, limit: number | null) => (x == null || limit == null ? x : Math.min(x, limit));

export const adjustmentsOf = (table: Pick<ScoreTable, 'adjustments'>): ScoreAdjustment[] => table.adjustments ?? [];

export function adjustmentTotals(table: Pick<ScoreTable, 'adjustments' | 'limits'>): AdjustmentTotals {
  const side = (kind: ScoreAdjustment['kind']): AdjustmentSide => ({
    count: 0,
    limit: table.limits?.[kind] ?? null,
    typed: null,
    points: null,
    appraisedTyped: null,
    appraised: null,
    rejected: 0,
    appraisedRejected: 0,
  });
  const out: AdjustmentTotals = { items: [], bonus: side('bonus'), penalty: side('penalty') };
  for (const a of adjustmentsOf(table)) {
    const item: AdjustmentItemTotals = {
      points: countedScore(a.points, a.max),
      appraised: countedScore(a.appraised, a.max),
      rejected: rejectedScore(a.points, a.max),
      appraisedRejected: rejectedScore(a.appraised, a.max),
    };
    out.items.push(item);
    const s = out[a.kind];
    s.count++;
    s.typed = add(s.typed, item.points);
    s.appraisedTyped = add(s.appraisedTyped, item.appraised);
    if (item.rejected) s.rejected++;
    if (item.appraisedRejected) s.appraisedRejected++;
  }
  for (const s of [out.bonus, out.penalty]) {
    s.points = capped(s.typed, s.limit);
    s.appraised = capped(s.appraisedTyped, s.limit);
  }
  return out;
}

/** A side's total is above its limit (only the limit counts). */
export const overLimit = (s: AdjustmentSide, part: Part = 'points') => {
  const typed = part === 'points' ? s.typed : s.appraisedTyped;
  return s.limit != null && typed != null && typed > s.limit + 1e-9;
};

export type ScoreResult = {
  /** Σ of the criteria's scores that count. */
  criteria: number | null;
  bonus: number | null;
  penalty: number | null;
  /** criteria + bonus − penalty; null while nothing is scored. */
  total: number | null;
  /** The maximum the unit is scored on: the tree's, without the criteria that do not apply. */
  max: number | null;
  /** criteria ÷ max × 100 (two decimals), + bonus − penalty. */
  scale100: number | null;
  /** The 100 scale differs from the points (the maximum is not 100), so it is worth showing. */
  converted: boolean;
};

/** The result of the self (or appraised) scores: the criteria's sum from tree.ts, then bonus and penalty. */
export function scoreResult(criteria: number | null, max: number | null, adj: AdjustmentTotals, part: Part): ScoreResult {
  const bonus = part === 'points' ? adj.bonus.points : adj.bonus.appraised;
  const penalty = part === 'points' ? adj.penalty.points : adj.penalty.appraised;
  const anything = criteria != null || bonus != null || penalty != null;
  const total = anything ? round((criteria ?? 0) + (bonus ?? 0) - (penalty ?? 0)) : null;
  const share = criteria == null || !max ? null : percentOf(criteria, max);
  const scale100 = share == null ? null : round(share + (bonus ?? 0) - (penalty ?? 0));
  return { criteria, bonus, penalty, total, max, scale100, converted: max != null && max > 0 && Math.abs(max - 100) > 1e-9 };
}
