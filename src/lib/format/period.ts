import { formatShortDate, monthText, parseIsoDate } from './date.ts';

export type PeriodKind = 'thang' | 'quy' | '6-thang' | '9-thang' | 'nam' | 'khoang';
export type Period = { kind: PeriodKind; year: number; index?: number; from?: string; to?: string };

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const roman = (n: number): string => {
  if (n >= 1 && n <= ROMAN.length) return ROMAN[n - 1];
  // Larger numbers (long reports): generic conversion.
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
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

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.trunc(n) || lo));
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export type Cutoff = {
  from: string;
  to: string;
  /** Where the rule comes from, in Vietnamese, for a note beside the dates. */
  basis: string;
  /** 'decree' = Nghị định 09/2019/NĐ-CP; 'province' = a provincial practice, not set by the decree; 'user' = typed range. */
  source: 'decree' | 'province' | 'user';
};

const ND09 = 'Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ';

/**
 * Data cut-off dates (thời gian chốt số liệu). Only facts marked VERIFIED in the project's fact sheet:
 * - monthly: 15th of the previous month → 14th of the month;
 * - quarterly: 15th of the month before the quarter → 14th of its last month (Q2: 15/3 → 14/6);
 * - first 6 months: 15/12 of the previous year → 14/6;
 * - year: 15/12 of the previous year → 14/12;
 * - 9 months: NOT in the decree; some provinces use 15/12 of the previous year → 14/9 (source 'province');
 * - second 6 months: not verified, so undefined (the user states the range).
 */
export function cutoffRange(p: Period): Cutoff | undefined {
  const y = p.year;
  switch (p.kind) {
    case 'thang': {
      const m = clamp(p.index ?? 1, 1, 12);
      const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return { from: iso(py, pm, 15), to: iso(y, m, 14), basis: `kỳ báo cáo tháng theo ${ND09}`, source: 'decree' };
    }
    case 'quy': {
      const q = clamp(p.index ?? 1, 1, 4);
      const first = (q - 1) * 3 + 1;
      const [py, pm] = first === 1 ? [y - 1, 12] : [y, first - 1];
      return { from: iso(py, pm, 15), to: iso(y, first + 2, 14), basis: `kỳ báo cáo quý theo ${ND09}`, source: 'decree' };
    }
    case '6-thang':
      if (p.index === 2) return undefined;
      return { from: iso(y - 1, 12, 15), to: iso(y, 6, 14), basis: `kỳ báo cáo 6 tháng theo ${ND09}`, source: 'decree' };
    case '9-thang':
      return {
        from: iso(y - 1, 12, 15),
        to: iso(y, 9, 14),
        basis: 'kỳ 9 tháng không có trong Nghị định số 09/2019/NĐ-CP; một số tỉnh quy định riêng (ví dụ Khánh Hòa: từ 15/12 năm trước đến 14/9), cần đối chiếu văn bản của tỉnh',
        source: 'province',
      };
    case 'nam':
      return { from: iso(y - 1, 12, 15), to: iso(y, 12, 14), basis: `kỳ báo cáo năm theo ${ND09}`, source: 'decree' };
    case 'khoang':
      if (!p.from || !p.to || !parseIsoDate(p.from) || !parseIsoDate(p.to)) return undefined;
      return { from: p.from, to: p.to, basis: 'khoảng thời gian do đơn vị xác định', source: 'user' };
  }
}

/** "từ ngày 15/12/2021 đến ngày 14/9/2022". */
export function formatCutoff(c: Pick<Cutoff, 'from' | 'to'>): string {
  return `từ ngày ${formatShortDate(c.from)} đến ngày ${formatShortDate(c.to)}`;
}
