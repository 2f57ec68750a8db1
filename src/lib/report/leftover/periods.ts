import type { Period } from '../../format/period.ts';

/**
 * Periods named in running text: "năm 2026", "tháng 10", "tháng 10/2026", "quý III năm 2026", "9 tháng đầu năm 2026",
 * "6 tháng cuối năm". Dates ("ngày 15 tháng 9 năm 2022", "08/4/2022") and document numbers are not periods. `compared`
 * says the words before it in the same clause compare or bound ("so với tháng 10", "đến năm 2030", "giai đoạn …",
 * "cùng kỳ năm 2025"): such a mention is meant.
 */
export type PeriodMention = {
  kind: 'nam' | 'thang' | 'quy' | '6-thang' | '9-thang';
  /** Month 1–12, quarter 1–4, half 1–2. */
  index?: number;
  year?: number;
  text: string;
  compared: boolean;
};

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };
const DATES = [
  /ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/giu,
  /(?<![\d/])\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}/gu,
  /[….]+\s*\/\s*\d{1,2}\s*\/\s*\d{4}/gu,
  /\d+\s*\/\s*\d{4}\s*\/\s*[\p{Lu}Đ]/gu,
];
const PATTERNS: [RegExp, (m: RegExpMatchArray) => Omit<PeriodMention, 'text' | 'compared'>][] = [
  [
    /(?<![\d\p{L}])0?([69])\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?/giu,
    (m) => ({
      kind: m[1] === '9' ? '9-thang' : '6-thang',
      ...(m[1] === '6' ? { index: m[2].toLocaleLowerCase('vi') === 'cuối' ? 2 : 1 } : {}),
      ...(m[3] ? { year: Number(m[3]) } : {}),
    }),
  ],
  [
    /(?<![\p{L}])quý\s+(IV|III|II|I|[1-4])(?![\p{L}\d])(?:\s*(?:năm\s+|\/\s*)(\d{4}))?/giu,
    (m) => ({
      kind: 'quy',
      index: ROMAN[m[1].toUpperCase()] ?? Number(m[1]),
      ...(m[2] ? { year: Number(m[2]) } : {}),
    }),
  ],
  [
    /(?<!\d\s?)(?<!\p{L})tháng\s+(\d{1,2})(?!\d)(?:\s*(?:năm\s+|\/\s*)(\d{4}))?/giu,
    (m) => ({
      kind: 'thang',
      index: Number(m[1]),
      ...(m[2] ? { year: Number(m[2]) } : {}),
    }),
  ],
  [/(?<![\p{L}])năm\s+(\d{4})(?!\d)/giu, (m) => ({ kind: 'nam', year: Number(m[1]) })],
];
const COMPARED = /(?:so với|cùng kỳ|đến|tới|từ|giai đoạn|trước|sau)(?![\p{L}])[^,;.:!?()\n]*$/iu;

export function periodMentions(text: string): PeriodMention[] {
  // Masked parts keep their length, so positions stay those of the text.
  let s = text;
  for (const d of DATES) s = s.replace(d, (m) => ' '.repeat(m.length));
  const out: (PeriodMention & { at: number })[] = [];
  for (const [re, read] of PATTERNS) {
    s = s.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpMatchArray;
      const at = args[args.length - 2] as number;
      const month = read(m);
      if (month.kind !== 'thang' || (month.index! >= 1 && month.index! <= 12))
        out.push({ ...month, text: m[0].trim(), at, compared: COMPARED.test(text.slice(Math.max(0, at - 60), at)) });
      return ' '.repeat(m[0].length);
    });
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...m }) => m);
}

/** Whether a mention names `p` (its year read as p's when left out). */
export function namesPeriod(m: PeriodMention, p: Period): boolean {
  if (m.year != null && m.year !== p.year) return false;
  if (m.kind === 'nam') return p.kind === 'nam' || m.year != null;
  return m.kind === p.kind && (m.kind === '9-thang' || m.index === (p.index ?? 1));
}

/** The month a period starts in: "quý III" → 7, "6 tháng cuối năm" → 7, "năm" → 1. */
const firstMonth = (p: Pick<Period, 'kind' | 'index'>) =>
  p.kind === 'thang' ? (p.index ?? 1) : p.kind === 'quy' ? ((p.index ?? 1) - 1) * 3 + 1 : p.kind === '6-thang' && p.index === 2 ? 7 : 1;

/**
 * A mention of another period than `p` that text of `p` would not mean: a year two or more before its own (the year
 * before is the one a report or a plan builds on: "tồn tại được chỉ ra năm 2025", "Chỉ số CCHC năm 2025"); an earlier
 * month of a monthly report, an earlier month or quarter of a quarterly one ("tháng 10" left in November's report).
 * Comparisons and bounds are meant; later months are the next tasks; the parts of a year a longer report names are
 * its own. (The exact words of the period a draft was made from are looked for apart: check.ts, carried texts.)
 */
export function isOtherPeriod(m: PeriodMention, p: Period): boolean {
  if (m.compared || p.kind === 'khoang') return false;
  const year = m.year ?? p.year;
  if (year !== p.year) return year < p.year - 1 || (year === p.year - 1 && m.kind !== 'nam' && (p.kind === 'thang' || p.kind === 'quy'));
  if (p.kind === 'thang') return m.kind === 'thang' && firstMonth(m) < firstMonth(p);
  if (p.kind === 'quy') return (m.kind === 'thang' || m.kind === 'quy') && firstMonth(m) < firstMonth(p);
  return false;
}
