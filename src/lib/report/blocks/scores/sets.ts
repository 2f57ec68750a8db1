import type { CriteriaSet, CriterionData } from '../../../../schemas/criteria.ts';
import type { ScoreAdjustment, ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import { formatShortDate } from '../../../format/date.ts';

/** "Quyết định số 1234/QĐ-UBND ngày 08/9/2025 của Ủy ban nhân dân tỉnh Lâm Đồng"; "" for an illustrative set. */
export function setCitation(set: Pick<CriteriaSet, 'decision' | 'issuer'>): string {
  if (!set.decision) return '';
  return `Quyết định số ${set.decision.number} ngày ${formatShortDate(set.decision.date)}${set.issuer ? ` của ${set.issuer}` : ''}`;
}

/**
 * A criteria set as a new, empty score table: the set's own numbering, names, maxima, methods and conditions, and its
 * bonus and penalty items with their limits.
 */
export function tableFromSet(set: CriteriaSet): ScoreTable {
  const rows: ScoreRow[] = [];
  const walk = (list: CriterionData[], level: number) => {
    for (const c of list) {
      const leaf = !c.children.length;
      const step = c.step ?? set.step;
      rows.push({
        tt: c.tt,
        name: c.name,
        level,
        max: leaf ? (c.max ?? null) : null,
        ...(leaf && step ? { step } : {}),
        ...(c.survey ? { survey: true } : {}),
        ...(c.method ? { method: c.method } : {}),
        ...(c.condition ? { condition: c.condition } : {}),
        score: null,
        appraised: null,
        evidence: [],
        note: '',
      });
      walk(c.children, level + 1);
    }
  };
  walk(set.criteria, 1);
  const table: ScoreTable = { set: { id: set.id, name: set.name, illustrative: set.illustrative, citation: setCitation(set) }, rows };
  const adjustments = (['bonus', 'penalty'] as const).flatMap((kind) =>
    (set[kind]?.items ?? []).map((a): ScoreAdjustment => ({
      kind,
      tt: a.tt,
      name: a.name,
      max: a.max ?? null,
      points: null,
      appraised: null,
      note: '',
    })),
  );
  if (adjustments.length) table.adjustments = adjustments;
  const limits = { bonus: set.bonus?.limit, penalty: set.penalty?.limit };
  if (limits.bonus != null || limits.penalty != null)
    table.limits = {
      ...(limits.bonus != null ? { bonus: limits.bonus } : {}),
      ...(limits.penalty != null ? { penalty: limits.penalty } : {}),
    };
  return table;
}
