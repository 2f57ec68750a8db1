import type { Draft } from '../../schemas/draft.ts';

type Period = Draft['header']['period'];

/** The period right after `p` of the same kind ("quý IV/2022" → "quý I/2023"; a range moves by its length). */
export function nextPeriod(p: Period): Period {
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
    if (Number.isInteger(y) && y >= 1990 && y <= 2100) out.year = y;
  }
  return out;
}
