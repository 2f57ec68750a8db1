import { formatNumber, parseNumber } from './number.ts';

export type FigureEntry = { value: number | null; error?: string };

/** What a figure input holds: "" → no figure (null), "1.660" or "1660" → 1660, junk → an error to show. */
export function readFigure(text: string): FigureEntry {
  if (!text.trim()) return { value: null };
  const r = parseNumber(text);
  return r.ok ? { value: r.value } : { value: null, error: r.error };
}

/** How a stored figure shows in its input: 1660 → "1.660", null → "". */
export const showFigure = (value: number | null | undefined): string => (value == null ? '' : formatNumber(value, 4));
