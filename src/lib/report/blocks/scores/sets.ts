import type { CriteriaSet, CriterionData } from '../../../../schemas/criteria.ts';
import type { ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import { formatShortDate } from '../../../format/date.ts';

/** "Quyết định số 1234/QĐ-UBND ngày 08/9/2025 của Ủy ban nhân dân tỉnh Lâm Đồng"; "" for an illustrative set. */
export function setCitation(set: Pick<CriteriaSet, 'decision' | 'issuer'>): string {
  if (!set.decision) return '';
  return `Quyết định số ${set.decision.number} ngày ${formatShortDate(set.decision.date)}${set.issuer ? ` của ${set.issuer}` : ''}`;
}

/** A criteria set as the rows of a new, empty score table (the set's own numbering, names, maxima and methods). */
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
        score: null,
        appraised: null,
        evidence: [],
        note: '',
      });
      walk(c.children, level + 1);
    }
  };
  walk(set.criteria, 1);
  return { set: { id: set.id, name: set.name, illustrative: set.illustrative, citation: setCitation(set) }, rows };
}
