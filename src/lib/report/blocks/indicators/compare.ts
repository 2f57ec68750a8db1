import type { FieldTemplate } from '../../../../schemas/template.ts';
import type { BlockOf } from '../types.ts';
import type { Figures } from './compute.ts';
import { DEFAULT_FIGURE_STYLE, fieldType, formatFigure, formatFigureAs, type FigureStyle } from '../../../format/figure.ts';
import { usableFigure } from '../../rules/figures.ts';
import { percentDecimals, percentOf } from '../../../format/number.ts';
import { lowerFirst } from '../../../format/text.ts';

/**
 * Comparison with other periods, for the fields marked `compare`: the same period of last year (typed) and the
 * previous period (kept by "Tạo từ kỳ trước", or typed). The figures of the other period are stored in the block's
 * value beside this period's, under "cung-ky:<field id>" and "ky-truoc:<field id>" (field ids are slugs, so no clash).
 */

type Indicators = BlockOf<'indicators'>;

export const comparePeriods = [
  { id: 'cung-ky', label: 'cùng kỳ năm trước' },
  { id: 'ky-truoc', label: 'kỳ trước' },
] as const;
export type ComparePeriod = (typeof comparePeriods)[number]['id'];

export const compareKey = (period: ComparePeriod, fieldId: string) => `${period}:${fieldId}`;

/** "cung-ky:tong-nhan" → { period: 'cung-ky', fieldId: 'tong-nhan' }; undefined for a field's own key. */
export function parseCompareKey(key: string): { period: ComparePeriod; fieldId: string } | undefined {
  const [period, fieldId, ...rest] = key.split(':');
  if (rest.length || !fieldId || !comparePeriods.some((p) => p.id === period)) return undefined;
  return { period: period as ComparePeriod, fieldId };
}

export type Change = {
  field: FieldTemplate;
  period: ComparePeriod;
  current: number;
  previous: number;
  /** current − previous. */
  diff: number;
  /** |diff| ÷ previous × 100 (two decimals, half up); null when previous is 0. */
  percent: number | null;
};

/** Every comparison that can be made: a compared field with this period's figure and the other period's. */
export function changes(block: Indicators, figures: Figures, raw: Record<string, unknown>): Change[] {
  const out: Change[] = [];
  for (const period of comparePeriods)
    for (const field of block.fields) {
      if (!field.compare) continue;
      const current = figures[field.id];
      const previous = raw[compareKey(period.id, field.id)];
      if (current == null || !usableFigure(fieldType(field), previous)) continue;
      const diff = current - previous;
      out.push({ field, period: period.id, current, previous, diff, percent: percentOf(Math.abs(diff), previous) });
    }
  return out;
}

/**
 * "tăng 120 hồ sơ (2,99%)", "giảm 3 hồ sơ (0,07%)", "tăng 5 hồ sơ" (from 0), "không thay đổi". `decimals` fixes the
 * percentage's decimals, the same for every change of one comparison.
 */
export function changeText(
  c: Pick<Change, 'field' | 'diff' | 'percent'>,
  style: FigureStyle = DEFAULT_FIGURE_STYLE,
  decimals?: number,
): string {
  if (c.diff === 0) return 'không thay đổi';
  const amount = formatFigure(c.field, Math.abs(c.diff), style);
  const percent = c.percent != null ? formatFigureAs('percent', c.percent, '%', style, decimals) : undefined;
  return `${c.diff > 0 ? 'tăng' : 'giảm'} ${amount}${percent ? ` (${percent})` : ''}`;
}

/**
 * One sentence per period compared: "So với cùng kỳ năm trước, tổng số hồ sơ nhận giải quyết tăng 120 hồ sơ (2,99%); …."
 * Its percentages share their number of decimals ("giảm 97 hồ sơ (8,80%)" beside "(10,38%)").
 */
export function comparisonSentences(block: Indicators, figures: Figures, raw: Record<string, unknown>, style?: FigureStyle): string[] {
  const all = changes(block, figures, raw);
  return comparePeriods.flatMap((p) => {
    const list = all.filter((c) => c.period === p.id);
    if (!list.length) return [];
    const decimals = percentDecimals(list.filter((c) => c.diff !== 0).map((c) => c.percent));
    return [`So với ${p.label}, ${list.map((c) => `${lowerFirst(c.field.label)} ${changeText(c, style, decimals)}`).join('; ')}.`];
  });
}
