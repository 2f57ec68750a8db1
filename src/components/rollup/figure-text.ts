import type { FigureColumn } from '../../lib/rollup/columns.ts';
import { formatNumber } from '../../lib/format/number.ts';

/**
 * A figure as the roll-up's tables print it: "1.234"; a rate always with two decimals, so a column of rates lines up
 * ("97,50%" under "97,82%"); "—" when unknown.
 */
export function figureText(c: Pick<FigureColumn, 'type'>, x: number | null | undefined): string {
  if (x == null) return '—';
  if (c.type !== 'percent') return formatNumber(x);
  const [int, frac = ''] = formatNumber(x, 2).split(',');
  return `${int},${frac.padEnd(2, '0')}%`;
}
