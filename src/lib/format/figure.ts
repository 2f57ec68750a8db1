import type { FieldTemplate } from '../../schemas/template.ts';
import { formatCount, formatNumber, formatPercent } from './number.ts';

/** Field type: typed figures are counts unless stated; ratios are percentages. */
export const fieldType = (f: FieldTemplate) =>
  f.type ?? (f.compute && 'ratio' in f.compute ? 'percent' : f.unit === '%' ? 'percent' : 'count');

export type FigureKind = 'count' | 'number' | 'percent';

/**
 * How one document writes its figures, everywhere: text, tables and the preview (a template's `figures`).
 * - leadingZero: counts below 10 as "05": 'with-unit' when a unit follows ("05 hồ sơ", "00 TTHC" in seeds 001 and 002,
 *   while a bare "0" stays "0"), 'always', or 'never';
 * - percentSpace: "97,82 %" (a no-break space, so the sign never starts a line) rather than "97,82%".
 */
export type FigureStyle = {
  leadingZero: 'with-unit' | 'always' | 'never';
  percentSpace: boolean;
  /**
   * Reading a document back (src/lib/printed/trace.ts) only: wraps each template field's figure as printed, so the figure
   * can be found in the finished text. The text a document prints never has it.
   */
  mark?: (field: FieldTemplate, value: number, text: string) => string;
};
export const DEFAULT_FIGURE_STYLE: FigureStyle = { leadingZero: 'with-unit', percentSpace: false };

/** A figure of a kind with its unit, in the document's style: "05 hồ sơ", "4.133 hồ sơ", "2,5 tỷ đồng", "99,88%". */
export function formatFigureAs(kind: FigureKind, v: number, unit = '', style: FigureStyle = DEFAULT_FIGURE_STYLE): string {
  if (kind === 'percent') return formatPercent(v, 2, style.percentSpace);
  const u = unit && unit !== '%' ? unit : '';
  const pad = kind === 'count' && (style.leadingZero === 'always' || (style.leadingZero === 'with-unit' && u !== ''));
  const text = kind === 'count' ? formatCount(v, pad) : formatNumber(v);
  return u ? `${text} ${u}` : text;
}

/** A template field's figure: "4.133 hồ sơ", "99,88%", "05 hồ sơ". */
export function formatFigure(f: FieldTemplate, v: number, style: FigureStyle = DEFAULT_FIGURE_STYLE): string {
  const text = formatFigureAs(fieldType(f), v, f.unit, style);
  return style.mark ? style.mark(f, v, text) : text;
}
