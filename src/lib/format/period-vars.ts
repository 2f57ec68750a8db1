import { periodLabel, periodWords, type Period } from './period.ts';

/**
 * The period after this one, as a report's "next tasks" heading names it (seed 002: "Nhiệm vụ trọng tâm của tháng tiếp
 * theo"): "tháng tiếp theo", "quý tiếp theo", "6 tháng cuối năm" or "6 tháng đầu năm 2027", "quý IV năm 2026", "năm 2027".
 */
function nextPeriodWords(p: Period): string {
  switch (p.kind) {
    case 'thang':
      return 'tháng tiếp theo';
    case 'quy':
      return 'quý tiếp theo';
    case '6-thang':
      return p.index === 2 ? `6 tháng đầu năm ${p.year + 1}` : '6 tháng cuối năm';
    case '9-thang':
      return `quý IV năm ${p.year}`;
    case 'nam':
      return `năm ${p.year + 1}`;
    case 'khoang':
      return 'thời gian tới';
  }
}

/** The kind of periodic report: "tháng", "quý", "6 tháng", "9 tháng", "năm"; "" for a free range. */
const periodKindWords = (p: Pick<Period, 'kind'>): string =>
  ({ thang: 'tháng', quy: 'quý', '6-thang': '6 tháng', '9-thang': '9 tháng', nam: 'năm', khoang: '' })[p.kind];

/** The placeholders a period fills: {ky}, {ky_ngan}, {nam}, {ky_toi} (the next period), {loai_ky} (the kind). */
export const periodVars = (p: Period): Record<string, string> => ({
  ky: periodLabel(p),
  ky_ngan: periodWords(p),
  nam: String(p.year),
  ky_toi: nextPeriodWords(p),
  loai_ky: periodKindWords(p),
});
