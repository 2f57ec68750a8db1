import { formatShortDate, monthText, parseIsoDate } from './date.ts';

export type PeriodKind = 'thang' | 'quy' | '6-thang' | '9-thang' | 'nam' | 'khoang';
export type Period = { kind: PeriodKind; year: number; index?: number; from?: string; to?: string; cutoff?: { from: string; to: string } };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const roman = (n: number): string => {
  if (n >= 1 && n <= ROMAN.length) return ROMAN[n - 1];
  // Larger numbers (long reports): generic conversion.
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
};

/**
 * The period without its year, as it reads inside a sentence: "tháng 11", "quý III", "6 tháng đầu năm",
 * "6 tháng cuối năm" (index 2), "9 tháng đầu năm", "năm", "từ ngày 01/01/2024 đến ngày 30/6/2024".
 */
export function periodWords(p: Period): string {
  switch (p.kind) {
    case 'thang':
      return `tháng ${monthText(clamp(p.index ?? 1, 1, 12))}`;
    case 'quy':
      return `quý ${roman(clamp(p.index ?? 1, 1, 4))}`;
    case '6-thang':
      return p.index === 2 ? '6 tháng cuối năm' : '6 tháng đầu năm';
    case '9-thang':
      return '9 tháng đầu năm';
    case 'nam':
      return 'năm';
    case 'khoang':
      return rangeWords(p.from, p.to);
  }
}

/** The period with its year: "tháng 11 năm 2024", "quý III năm 2022", "9 tháng đầu năm 2022", "năm 2022". */
export function periodLabel(p: Period): string {
  if (p.kind === 'khoang') return rangeWords(p.from, p.to);
  const words = periodWords(p);
  // "năm", "6 tháng đầu năm", "9 tháng đầu năm" already end in "năm".
  return words.endsWith('năm') ? `${words} ${p.year}` : `${words} năm ${p.year}`;
}

function rangeWords(from?: string, to?: string): string {
  const f = from && parseIsoDate(from) ? formatShortDate(from) : '…';
  const t = to && parseIsoDate(to) ? formatShortDate(to) : '…';
  return `từ ngày ${f} đến ngày ${t}`;
}

export const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.trunc(n) || lo));
