import type { Draft } from '../../schemas/draft.ts';
import { shiftCutoff } from '../format/cutoff.ts';
import { isPeriodYear } from '../../schemas/period-years.ts';

type Period = Draft['header']['period'];

/** Months from one period's start to the next one's, for the kinds that have a fixed length. */
const LENGTH: Partial<Record<Period['kind'], number>> = { thang: 1, quy: 3, '6-thang': 6, '9-thang': 12, nam: 12 };

/**
 * The period right after `p` of the same kind ("quý IV/2022" → "quý I/2023"; a range moves by its length); a cut-off
 * the user typed moves with it (21/7–20/8 → 21/8–20/9).
 */
export function nextPeriod(p: Period): Period {
  const next = nextPeriodOnly(p);
  const months = LENGTH[p.kind];
  const cutoff = p.cutoff && months ? shiftCutoff(p.cutoff, months) : undefined;
  return cutoff ? { ...next, cutoff } : next;
}

/**
 * The period after the user changed one of its parts: made whole (normalisePeriod); a typed cut-off follows a change
 * of month or year by as many months, and is dropped when the kind of period changes.
 */
export function changePeriod(p: Period, patch: Partial<Period>): Period {
  const out = normalisePeriod({ ...p, ...patch });
  if ('cutoff' in patch) return patch.cutoff ? { ...out, cutoff: patch.cutoff } : out;
  if (!p.cutoff || out.kind !== p.kind || !LENGTH[p.kind]) return out;
  const step = p.kind === 'nam' || p.kind === '9-thang' ? 0 : LENGTH[p.kind]!;
  const months = (out.year - p.year) * 12 + ((out.index ?? 1) - (p.index ?? 1)) * step;
  const cutoff = months ? shiftCutoff(p.cutoff, months) : p.cutoff;
  return cutoff ? { ...out, cutoff } : out;
}

function nextPeriodOnly(p: Period): Period {
  switch (p.kind) {
    case 'thang':
      return (p.index ?? 1) >= 12
        ? { kind: p.kind, year: p.year + 1, index: 1 }
        : { kind: p.kind, year: p.year, index: (p.index ?? 1) + 1 };
    case 'quy':
      return (p.index ?? 1) >= 4 ? { kind: p.kind, year: p.year + 1, index: 1 } : { kind: p.kind, year: p.year, index: (p.index ?? 1) + 1 };
    case '6-thang':
      return p.index === 2 ? { kind: p.kind, year: p.year + 1, index: 1 } : { kind: p.kind, year: p.year, index: 2 };
    case '9-thang':
    case 'nam':
      return { kind: p.kind, year: p.year + 1 };
    case 'khoang': {
      const from = p.from ? new Date(`${p.from}T00:00:00Z`) : undefined;
      const to = p.to ? new Date(`${p.to}T00:00:00Z`) : undefined;
      if (!from || !to || Number.isNaN(+from) || Number.isNaN(+to)) return { ...p };
      const days = Math.round((+to - +from) / 86_400_000) + 1;
      const nf = new Date(+to + 86_400_000);
      const nt = new Date(+nf + (days - 1) * 86_400_000);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      return { kind: p.kind, year: nf.getUTCFullYear(), from: iso(nf), to: iso(nt) };
    }
  }
}

/**
 * A period after an edit of one of its parts, made whole: the index its kind needs (month 1–12, quarter 1–4, half 1–2)
 * and nothing else; a free range gets both ends (the year's first and last day by default) and the year of its end.
 */
export function normalisePeriod(p: Period): Period {
  const out: Period = { kind: p.kind, year: p.year };
  if (p.kind === 'thang') out.index = Math.min(12, Math.max(1, p.index ?? 1));
  if (p.kind === 'quy') out.index = Math.min(4, Math.max(1, p.index ?? 1));
  if (p.kind === '6-thang') out.index = p.index === 2 ? 2 : 1;
  if (p.kind === 'khoang') {
    out.from = p.from ?? `${p.year}-01-01`;
    out.to = p.to ?? `${p.year}-12-31`;
    const y = Number(out.to.slice(0, 4));
    if (isPeriodYear(y)) out.year = y;
  }
  return out;
}
