import type { ScoreAdjustment, ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import type { BlockKind, BlockOf } from '../types.ts';
import { isRecord } from '../../values.ts';
import { cleanLine } from '../../../format/text.ts';
import { asScoreTable, criterionOf, filledEvidence } from './value.ts';
import { differs, explained, scoreTotals, selfScored } from './tree.ts';
import { adjustmentsOf } from './adjust.ts';
import { checkScores } from './check.ts';
import { adjustField, adjustmentName, rowField, rowName } from './fields.ts';
import { renderScores } from './render.ts';

type Scores = BlockOf<'scores'>;

/**
 * A score table (CCHC-index self-assessment): lĩnh vực → tiêu chí → tiêu chí thành phần with maxima, self scores,
 * evidence, explanations and, after appraisal, appraised scores and the unit's reply; criteria that do not apply to the
 * unit; bonus and penalty points outside the tree. Totals are computed (tree.ts, adjust.ts).
 */
export const scores: BlockKind<Scores> = {
  shapeOk: (value) => isRecord(value) && Array.isArray(value.rows) && value.rows.every(isRecord),
  hasContent(block, value) {
    const table = asScoreTable(value);
    if (!table.rows.length) return false;
    if (block.print === 'table' || block.print === 'summary') return true;
    const totals = scoreTotals(table);
    return block.print === 'explanations'
      ? table.rows.some((r, i) => explained(r, totals.rows[i]))
      : table.rows.some((r, i) => differs(r, totals.rows[i]));
  },
  check(block, value, ctx) {
    const table = asScoreTable(value);
    checkScores(block, table, scoreTotals(table), ctx);
  },
  // Self and appraised scores of the criteria the unit scores (not those of the survey), and bonus and penalty points.
  typedFigures(block, value, key) {
    const table = asScoreTable(value);
    const totals = scoreTotals(table);
    const parts = block.appraisal ? (['score', 'appraised'] as const) : (['score'] as const);
    const what = (part: 'score' | 'appraised') => (part === 'score' ? 'Điểm tự đánh giá' : 'Điểm thẩm định');
    const rows = table.rows.flatMap((r, i) => {
      if (!selfScored(r, totals.rows[i])) return [];
      return parts.flatMap((part) => {
        const x = r[part];
        if (x == null) return [];
        const label = `${block.label}: ${what(part)} của tiêu chí ${rowName(r, i)}`;
        return [{ field: rowField(key, i, part), label, kind: 'number' as const, value: x }];
      });
    });
    const ordinal = { bonus: 0, penalty: 0 };
    const adjustments = adjustmentsOf(table).flatMap((a, j) => {
      const name = adjustmentName(a, ordinal[a.kind]++);
      return parts.flatMap((part) => {
        const x = part === 'score' ? a.points : a.appraised;
        if (x == null) return [];
        const field = adjustField(key, j, part === 'score' ? 'points' : 'appraised');
        return [{ field, label: `${block.label}: ${what(part)} của ${name}`, kind: 'number' as const, value: x }];
      });
    });
    return [...rows, ...adjustments];
  },
  render: renderScores,
  rollover(_block, value) {
    // The criteria, the kind of evidence each needs, the criteria that do not apply to the unit (with their reason),
    // bonus and penalty items and limits stay; scores, dates and numbers belong to the year scored.
    const table = asScoreTable(value);
    if (!table.rows.length) return undefined;
    const rows = table.rows.map((r): ScoreRow => ({
      ...criterionOf(r),
      ...(r.notApplicable ? { notApplicable: true } : {}),
      score: null,
      appraised: null,
      evidence: filledEvidence(r.evidence).map((d) => ({ ...d, number: '', date: '' })),
      note: r.notApplicable ? r.note : '',
    }));
    const next: ScoreTable = table.set ? { set: table.set, rows } : { rows };
    const adjustments = adjustmentsOf(table).map((a): ScoreAdjustment => ({
      kind: a.kind,
      tt: a.tt,
      name: cleanLine(a.name),
      max: a.max,
      points: null,
      appraised: null,
      note: '',
    }));
    if (adjustments.length) next.adjustments = adjustments;
    if (table.limits) next.limits = { ...table.limits };
    return next;
  },
  texts: (block, value, key) =>
    asScoreTable(value).rows.flatMap((r, i) =>
      (['note', 'review'] as const).flatMap((k) =>
        r[k]
          ? [
              {
                field: rowField(key, i, k),
                label: `${block.label}: giải trình của tiêu chí ${rowName(r, i)}`,
                text: r[k]!,
                owner: { field: key, label: block.label },
              },
            ]
          : [],
      ),
    ),
};
