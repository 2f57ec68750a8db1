import type { ScoreTable } from '../../../../schemas/draft.ts';
import type { BlockOf, CheckContext } from '../types.ts';
import { cleanLine } from '../../../format/text.ts';
import { formatNumber } from '../../../format/number.ts';
import { scoreFault, scoreOf } from './value.ts';
import { adjustmentsOf, overLimit, type Part } from './adjust.ts';
import type { ScoreTotals } from './tree.ts';
import { adjustField, adjustmentName } from './fields.ts';

const n = (x: number) => formatNumber(x, 2);

/**
 * Bonus and penalty points: each has what it is for and, when it gives or takes points, its reason; points above the
 * item's maximum are a blocking error at the field and count nowhere; a side above the set's limit counts only the
 * limit, which a warning says.
 */
export function checkAdjustments(block: BlockOf<'scores'>, table: ScoreTable, totals: ScoreTotals, ctx: CheckContext) {
  const { key, where, issue, pasted } = ctx;
  const label = block.label;
  const items = adjustmentsOf(table);
  const ordinal = { bonus: 0, penalty: 0 };
  items.forEach((a, j) => {
    const name = adjustmentName(a, ordinal[a.kind]++);
    if (!cleanLine(a.name))
      issue({
        key: `scores-adjust-name:${key}.${j}`,
        field: adjustField(key, j, 'name'),
        severity: 'warning',
        message: `${where}${label}: ${name} chưa ghi nội dung (được thưởng hoặc bị trừ điểm vì việc gì).`,
      });
    const parts: [Part, string][] = block.appraisal
      ? [
          ['points', 'tự đánh giá'],
          ['appraised', 'thẩm định'],
        ]
      : [['points', 'tự đánh giá']];
    for (const [part, what] of parts) {
      const x = scoreOf(a[part]);
      if (x != null && scoreFault(a[part], a.max) === 'above')
        issue({
          key: `scores-adjust-${part}:${key}.${j}`,
          field: adjustField(key, j, part),
          severity: 'error',
          blocking: true,
          message: `${where}${label}: ${name} (${what}) là ${n(x)} điểm, lớn hơn mức tối đa ${n(a.max!)} điểm: nhập từ 0 đến ${n(a.max!)}. Điểm này chưa được tính.`,
        });
    }
    if ((scoreOf(a.points) ?? 0) > 0 && !cleanLine(a.note))
      issue({
        key: `scores-adjust-note:${key}.${j}`,
        field: adjustField(key, j, 'note'),
        severity: 'error',
        message: `${where}${label}: ${name} có ${n(scoreOf(a.points)!)} điểm: ghi lý do (văn bản công nhận, khen thưởng, hoặc việc bị phê bình, xử lý).`,
      });
    if (a.note) pasted(cleanLine(a.note));
  });
  for (const kind of ['bonus', 'penalty'] as const) {
    const side = totals.adjustments[kind];
    const first = items.findIndex((a) => a.kind === kind);
    const what = kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
    for (const part of block.appraisal ? (['points', 'appraised'] as const) : (['points'] as const)) {
      if (!overLimit(side, part)) continue;
      const typed = part === 'points' ? side.typed! : side.appraisedTyped!;
      issue({
        key: `scores-adjust-limit:${key}.${kind}.${part}`,
        field: adjustField(key, first, part),
        severity: 'warning',
        message: `${where}${label}: tổng ${what}${part === 'appraised' ? ' thẩm định' : ''} là ${n(typed)} điểm, vượt mức tối đa ${n(side.limit!)} điểm: chỉ tính ${n(side.limit!)} điểm.`,
      });
    }
  }
}
