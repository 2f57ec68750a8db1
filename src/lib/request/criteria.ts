import type { ScoreAdjustment, ScoreTable } from '../../schemas/draft.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';
import type { EmbeddedCriteria, RequestCriteria } from '../../schemas/request.ts';
import { cleanLine } from '../format/text.ts';
import { asScoreTable, criterionOf, tableFromSet } from '../report/index.ts';

/** The empty score table of the request's criteria: one of the site's sets, or the set the province embedded. */
export function criteriaTable(c: RequestCriteria, sets: readonly CriteriaSet[]): ScoreTable | undefined {
  if ('id' in c) {
    const set = sets.find((s) => s.id === c.id);
    return set && tableFromSet(set);
  }
  const table: ScoreTable = {
    set: { id: '', name: c.name, illustrative: c.illustrative, citation: c.citation },
    rows: c.rows.map((row) => ({ ...criterionOf(row), score: null, appraised: null, evidence: [], note: '' })),
  };
  if (c.adjustments?.length)
    table.adjustments = c.adjustments.map((a): ScoreAdjustment => ({
      kind: a.kind,
      tt: a.tt,
      name: a.name,
      max: a.max,
      points: null,
      appraised: null,
      note: '',
    }));
  if (c.limits && (c.limits.bonus != null || c.limits.penalty != null)) table.limits = { ...c.limits };
  return table;
}

/**
 * A score table the province imported from its spreadsheet, as the request embeds it: the criteria (numbering, names,
 * levels, maxima, steps, methods, conditions), bonus and penalty items with their limits, and the decision that issued
 * the set. Scores, evidence and notes the sheet may hold are the province's own, not sent.
 */
export function embedTable(table: ScoreTable, name: string): EmbeddedCriteria {
  const out: EmbeddedCriteria = {
    name: cleanLine(name) || cleanLine(table.set?.name ?? ''),
    illustrative: table.set?.illustrative ?? false,
    citation: cleanLine(table.set?.citation ?? ''),
    rows: table.rows.map(criterionOf),
  };
  const adjustments = (table.adjustments ?? []).filter((a) => cleanLine(a.name));
  if (adjustments.length) out.adjustments = adjustments.map((a) => ({ kind: a.kind, tt: a.tt, name: cleanLine(a.name), max: a.max }));
  if (table.limits) out.limits = { ...table.limits };
  return out;
}

/**
 * Whether a unit's score table is on the request's criteria set: the site's set it names (by id), or the embedded set's
 * criteria (numbering, name, maximum, in order). A table with no rows yet is not judged here.
 */
export function onRequestCriteria(c: RequestCriteria, value: unknown): boolean {
  const table = asScoreTable(value);
  if (!table.rows.length) return true;
  if ('id' in c) return table.set?.id === c.id;
  const same = (a: string, b: string) => cleanLine(a) === cleanLine(b);
  return (
    table.rows.length === c.rows.length &&
    table.rows.every((r, i) => same(r.tt, c.rows[i].tt) && same(r.name, c.rows[i].name) && r.max === c.rows[i].max)
  );
}
