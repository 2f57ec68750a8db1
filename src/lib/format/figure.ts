import type { FieldTemplate } from '../../schemas/template.ts';
import { formatCount, formatNumber, formatPercent } from './number.ts';

/** Field type: typed figures are counts unless stated; ratios are percentages. */
export const fieldType = (f: FieldTemplate) =>
  f.type ?? (f.compute && 'ratio' in f.compute ? 'percent' : f.unit === '%' ? 'percent' : 'count');

/** "4.133 hồ sơ", "99,88%", "05 hồ sơ". */
export function formatFigure(f: FieldTemplate, v: number): string {
  const t = fieldType(f);
  if (t === 'percent') return formatPercent(v);
  const unit = f.unit && f.unit !== '%' ? f.unit : '';
  // "05 hồ sơ", "00 TTHC" (seeds 001, 002); a bare count prints as is ("0").
  const text = t === 'count' && unit ? formatCount(v, true) : formatNumber(v);
  return unit ? `${text} ${unit}` : text;
}
