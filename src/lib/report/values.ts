import { cleanText } from '../format/text.ts';

/** Readers for draft values shared by the block kinds: a value of the wrong shape reads as empty (evaluate reports it). */

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const asText = (v: unknown): string => (typeof v === 'string' ? v : '');

export type Row = Record<string, string | number | null>;

export function asRows(v: unknown): Row[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isRecord).map((row) => {
    const out: Row = {};
    for (const [k, x] of Object.entries(row)) out[k] = typeof x === 'string' ? x : typeof x === 'number' && Number.isFinite(x) ? x : null;
    return out;
  });
}

/** True for text with nothing to print. */
export const blank = (s: string) => !cleanText(s).trim();
