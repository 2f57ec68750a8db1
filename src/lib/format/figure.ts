import type { FieldTemplate } from '../../schemas/template.ts';
import { formatCount, formatNumber, formatPercent } from './number.ts';

/** Field type: typed figures are counts unless stated; ratios are percentages. */
export const fieldType = (f: FieldTemplate) =>
  f.type ?? (f.compute && 'ratio' in f.compute ? 'percent' : f.unit === '%' ? 'percent' : 'count');

export type FigureKind = 'count' | 'number' | 'percent';

/**
 * How one document writes its figures, everywhere: text, tables and the preview (a template's `figures`). One rule
 * for every count of the document, with a unit or without (the PAKN sentence as the files' list):
 * - leadingZero: 'always' writes counts 1 to 9 as "01"–"09" (as seeds 001 and 002 do), 'never' as "1"–"9"; zero is
 *   "0" either way, never "00";
 * - percentSpace: "97,82 %" (a no-break space, so the sign never starts a line) rather than "97,82%".
 * Percentages printed together (a table column, a comparison) share their number of decimals (percentDecimals).
 */
export type FigureStyle = {
  leadingZero: 'always' | 'never';
  percentSpace: boolean;
  /**
   * Reading a document back (src/lib/printed/trace.ts) only: wraps each template field's figure as printed, so the figure
   * can be found in the finished text. The text a document prints never has it.
   */
  mark?: (field: FieldTemplate, value: number, text: string) => string;
  /**
   * The same for a figure named by its key rather than a template field (a score table's scores); `context`: how many
   * characters before it tell it apart (a criterion's number and name), when more than the usual few words.
   */
  markAt?: (key: string, value: number, text: string, context?: number) => string;
};
export const DEFAULT_FIGURE_STYLE: FigureStyle = { leadingZero: 'always', percentSpace: false };

/**
 * A figure of a kind with its unit, in the document's style: "05 hồ sơ", "4.133 hồ sơ", "2,5 tỷ đồng", "99,88%".
 * `decimals` fixes a percentage's decimals (the group's, from percentDecimals); absent, up to two, trailing zeros trimmed.
 */
export function formatFigureAs(
  kind: FigureKind,
  v: number,
  unit = '',
  style: FigureStyle = DEFAULT_FIGURE_STYLE,
  decimals?: number,
): string {
  if (kind === 'percent') return formatPercent(v, decimals ?? 2, style.percentSpace, decimals !== undefined);
  const u = unit && unit !== '%' ? unit : '';
  const text = kind === 'count' ? formatCount(v, style.leadingZero === 'always') : formatNumber(v);
  return u ? `${text} ${u}` : text;
}

/** A template field's figure: "4.133 hồ sơ", "99,88%", "05 hồ sơ". */
export function formatFigure(f: FieldTemplate, v: number, style: FigureStyle = DEFAULT_FIGURE_STYLE, decimals?: number): string {
  const text = formatFigureAs(fieldType(f), v, f.unit, style, decimals);
  return style.mark ? style.mark(f, v, text) : text;
}
