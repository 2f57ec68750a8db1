import type { FieldTemplate } from '../../../../schemas/template.ts';
import type { BlockOf } from '../types.ts';

/**
 * The formulas of an indicators block as people read them, from the same data the engine computes with: shown
 * beside each computed figure in the builder and in the guides (src/components/FigureSet.astro).
 */

type Indicators = BlockOf<'indicators'>;

/** The name a figure has in formulas: its short name, or its label. */
export const shortName = (f: FieldTemplate | undefined, id: string) => f?.short ?? f?.label ?? id;

const terms = (ids: string[], fields: Map<string, FieldTemplate>) => ids.map((id) => shortName(fields.get(id), id)).join(' + ');

/** "Đã giải quyết + Đang giải quyết quá hạn"; "(Trước hạn + Đúng hạn) ÷ Đến hạn × 100%"; undefined for a typed figure. */
export function formulaOf(field: FieldTemplate, fields: Map<string, FieldTemplate>): string | undefined {
  const c = field.compute;
  if (!c) return undefined;
  if ('sum' in c) return terms(c.sum, fields);
  const { numerator, denominator } = c.ratio;
  const wrap = (ids: string[]) => (ids.length > 1 ? `(${terms(ids, fields)})` : terms(ids, fields));
  return `${wrap(numerator)} ÷ ${wrap(denominator)} × 100%`;
}

/** For a typed total: the sums it equals by the block's rules ("Từ kỳ trước chuyển sang + Mới tiếp nhận"), in order. */
export function totalsOf(field: FieldTemplate, rules: Indicators['rules'], fields: Map<string, FieldTemplate>): string[] {
  return rules.filter((r) => r.total === field.id).map((r) => terms(r.parts, fields));
}

/** A rule as the guide states it: "Tổng số nhận giải quyết = Từ kỳ trước chuyển sang + Mới tiếp nhận". */
export const ruleText = (rule: Indicators['rules'][number], fields: Map<string, FieldTemplate>) =>
  `${shortName(fields.get(rule.total), rule.total)} = ${terms(rule.parts, fields)}`;

/** The header words a figure's spreadsheet column must have: "nhận / tiếp nhận / nhận giải quyết › tổng số". */
export const columnWords = (f: FieldTemplate) => f.import?.match.map((step) => step.join(' / ')).join(' › ');
