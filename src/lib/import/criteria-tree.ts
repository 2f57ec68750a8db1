/**
 * A criteria sheet's rows as a tree (by their outline levels), every stated sum checked against the rows under it,
 * and the bonus and penalty sections taken out of the tree: their items, each with its maximum and points, and the
 * most each section counts where its heading states it.
 */
import type { CriteriaRow } from './criteria.ts';
import { formatNumber } from '../format/number.ts';

export interface CriteriaNode extends CriteriaRow {
  children: CriteriaNode[];
  /** The sum of the leaves' maxima under it (its own when a leaf); the stated maximum when a leaf lacks one. */
  maxTotal: number | null;
  selfTotal: number | null;
}

export interface SumCheck {
  row: number;
  tt: string;
  field: 'maxScore' | 'selfScore';
  stated: number;
  sum: number;
  message: string;
}

/** One bonus or penalty item read from the sheet (points as a positive number). */
export interface CriteriaAdjustment {
  kind: 'bonus' | 'penalty';
  row: number;
  tt: string;
  name: string;
  max: number | null;
  points: number | null;
  note: string;
}

export interface CriteriaTree {
  /** The criteria (without the bonus and penalty sections). */
  roots: CriteriaNode[];
  /** Criteria without children (the ones scored). */
  leafCount: number;
  /** Sum over the leaves, or the total row's figure when a leaf has none. */
  maxTotal: number | null;
  selfTotal: number | null;
  /** Sums that do not match, a self score above its maximum, a leaf without a maximum. */
  checks: SumCheck[];
  notes: string[];
  /** Bonus and penalty items, in the sheet's order, and the most each side counts where a heading states it. */
  adjustments: CriteriaAdjustment[];
  limits: { bonus?: number; penalty?: number };
  /** Leaves that do not apply to the unit (marked in the sheet). */
  notApplicable: number;
}

const name = (n: CriteriaRow) => `${n.tt ? `${n.tt} ` : ''}"${n.name}" (dòng ${n.row})`;
const sumOf = (xs: (number | null)[]) =>
  xs.some((x) => x == null) ? null : Math.round(xs.reduce((s: number, x) => s + x!, 0) * 1e6) / 1e6;

/** The outline as a tree, with each stated sum (parents, total row) checked against the rows under it. */
export function buildCriteriaTree(rows: readonly CriteriaRow[], total: CriteriaRow | null = null): CriteriaTree {
  const all: CriteriaNode[] = [];
  const stack: CriteriaNode[] = [];
  for (const r of rows) {
    const node: CriteriaNode = { ...r, children: [], maxTotal: null, selfTotal: null };
    while (stack.length && stack[stack.length - 1].level >= r.level) stack.pop();
    // A criterion that does not apply takes every criterion under it along.
    if (stack.length && stack[stack.length - 1].notApplicable) node.notApplicable = true;
    (stack.length ? stack[stack.length - 1].children : all).push(node);
    stack.push(node);
  }
  const roots = all.filter((n) => n.part === 'criteria');
  const checks: SumCheck[] = [];
  const notes: string[] = [];
  let leafCount = 0;
  let notApplicable = 0;
  const check = (n: CriteriaRow, field: SumCheck['field'], stated: number | null, sum: number | null, what: string) => {
    if (stated == null || sum == null || stated === sum) return;
    checks.push({
      row: n.row,
      tt: n.tt,
      field,
      stated,
      sum,
      message: `${what} của ${name(n)} ghi ${formatNumber(stated)} nhưng các tiêu chí bên dưới cộng được ${formatNumber(sum)}.`,
    });
  };
  const visit = (n: CriteriaNode) => {
    n.children.forEach(visit);
    if (!n.children.length) {
      leafCount++;
      if (n.notApplicable) notApplicable++;
      if (n.maxScore == null) notes.push(`Tiêu chí ${name(n)} chưa có điểm tối đa.`);
      n.maxTotal = n.maxScore;
      n.selfTotal = n.notApplicable ? 0 : n.selfScore;
    } else {
      const maxSum = sumOf(n.children.map((c) => c.maxTotal));
      const selfSum = sumOf(n.children.map((c) => c.selfTotal));
      check(n, 'maxScore', n.maxScore, maxSum, 'Điểm tối đa');
      check(n, 'selfScore', n.selfScore, selfSum, 'Điểm tự đánh giá');
      // Sums come from the leaves, so one wrong subtotal is reported once, not again at every level above it.
      n.maxTotal = maxSum ?? n.maxScore;
      n.selfTotal = selfSum ?? n.selfScore;
    }
    if (n.selfScore != null && n.maxScore != null && n.selfScore > n.maxScore)
      checks.push({
        row: n.row,
        tt: n.tt,
        field: 'selfScore',
        stated: n.selfScore,
        sum: n.maxScore,
        message: `Điểm tự đánh giá của ${name(n)} là ${formatNumber(n.selfScore)}, lớn hơn điểm tối đa ${formatNumber(n.maxScore)}.`,
      });
  };
  roots.forEach(visit);
  const maxTotal = sumOf(roots.map((r) => r.maxTotal));
  const selfTotal = sumOf(roots.map((r) => r.selfTotal));
  if (total) {
    check(total, 'maxScore', total.maxScore, maxTotal, 'Điểm tối đa');
    check(total, 'selfScore', total.selfScore, selfTotal, 'Điểm tự đánh giá');
  }
  const { adjustments, limits } = adjustmentsOf(all.filter((n) => n.part !== 'criteria'));
  return {
    roots,
    leafCount,
    maxTotal: maxTotal ?? total?.maxScore ?? null,
    selfTotal: selfTotal ?? total?.selfScore ?? null,
    checks,
    notes,
    adjustments,
    limits,
    notApplicable,
  };
}

/**
 * The items of the bonus and penalty sections: a heading with rows under it gives its leaves (and its own maximum
 * becomes the side's limit); a heading alone is one item. In a section holding both, an item written with a minus
 * sign is a penalty.
 */
function adjustmentsOf(sections: CriteriaNode[]) {
  const adjustments: CriteriaAdjustment[] = [];
  const limits: CriteriaTree['limits'] = {};
  const leaves = (n: CriteriaNode): CriteriaNode[] => (n.children.length ? n.children.flatMap(leaves) : [n]);
  const item = (n: CriteriaNode, kind: CriteriaAdjustment['kind']) =>
    adjustments.push({ kind, row: n.row, tt: n.tt, name: n.name, max: n.maxScore, points: n.selfScore, note: n.note });
  const visit = (n: CriteriaNode) => {
    if (n.part === 'adjustments' && n.children.length) return n.children.forEach(visit);
    const kind = n.part === 'penalty' || (n.part === 'adjustments' && n.negative) ? 'penalty' : 'bonus';
    if (!n.children.length) return item(n, kind);
    if (n.maxScore != null && limits[kind] == null) limits[kind] = n.maxScore;
    for (const leaf of leaves(n)) item(leaf, kind);
  };
  sections.forEach(visit);
  return { adjustments, limits };
}
