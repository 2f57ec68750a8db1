import { formatShortDate, parseIsoDate } from './date.ts';
import { clamp, type Period } from './period.ts';

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

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
 * Data cut-off dates (thời gian chốt số liệu): the dates the user typed for a province that uses its own (period.cutoff),
 * otherwise only facts marked VERIFIED in the project's fact sheet:
 * - monthly: 15th of the previous month → 14th of the month;
 * - quarterly: 15th of the month before the quarter → 14th of its last month (Q2: 15/3 → 14/6);
 * - first 6 months: 15/12 of the previous year → 14/6;
 * - year: 15/12 of the previous year → 14/12;
 * - 9 months: NOT in the decree; some provinces use 15/12 of the previous year → 14/9 (source 'province');
 * - second 6 months: not verified, so undefined (the user states the range).
 */
export function cutoffRange(p: Period): Cutoff | undefined {
  const own = p.cutoff;
  if (own && parseIsoDate(own.from) && parseIsoDate(own.to) && own.from <= own.to)
    return { from: own.from, to: own.to, basis: 'thời gian chốt số liệu theo quy định của tỉnh, do đơn vị nhập', source: 'user' };
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
        basis:
          'kỳ 9 tháng không có trong Nghị định số 09/2019/NĐ-CP; một số tỉnh quy định riêng (ví dụ Khánh Hòa: từ 15/12 năm trước đến 14/9), cần đối chiếu văn bản của tỉnh',
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

/** The same dates `months` months later, the day kept (clamped to the month's end): 21/7–20/8 → 21/8–20/9. */
export function shiftCutoff(c: { from: string; to: string }, months: number): { from: string; to: string } | undefined {
  const shift = (d: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (!m || !parseIsoDate(d)) return undefined;
    const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
    const [y, mo] = [Math.floor(total / 12), (total % 12) + 1];
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return iso(y, mo, Math.min(Number(m[3]), last));
  };
  const from = shift(c.from);
  const to = shift(c.to);
  return from && to ? { from, to } : undefined;
}
