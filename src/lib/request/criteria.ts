import type { ScoreTable } from '../../schemas/draft.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';
import type { RequestCriteria } from '../../schemas/request.ts';
import { tableFromSet } from '../report/index.ts';

/** The empty score table of the request's criteria: one of the site's sets, or the set the province embedded. */
export function criteriaTable(c: RequestCriteria, sets: readonly CriteriaSet[]): ScoreTable | undefined {
  if ('id' in c) {
    const set = sets.find((s) => s.id === c.id);
    return set && tableFromSet(set);
  }
  return {
    set: { id: '', name: c.name, illustrative: c.illustrative, citation: c.citation },
    rows: c.rows.map((row) => ({
      tt: row.tt,
      name: row.name,
      level: row.level,
      max: row.max,
      ...(row.step ? { step: row.step } : {}),
      ...(row.survey ? { survey: true } : {}),
      ...(row.method ? { method: row.method } : {}),
      score: null,
      appraised: null,
      evidence: [],
      note: '',
    })),
  };
}
