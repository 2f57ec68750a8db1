import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate, SectionTemplate, BlockTemplate } from '../../schemas/template.ts';
import { isoOf } from './new.ts';

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

function blocksByKey(template: Pick<ReportTemplate, 'sections'>): Map<string, BlockTemplate> {
  // Keys without "#i": "ket-qua/tthc:so-lieu" for "ket-qua/tthc:so-lieu" and "don-vi#2/x:so-lieu".
  const out = new Map<string, BlockTemplate>();
  const walk = (sections: SectionTemplate[], prefix: string) => {
    for (const s of sections) {
      const base = prefix ? `${prefix}/${s.id}` : s.id;
      for (const b of s.blocks) out.set(`${base}:${b.id}`, b);
      walk(s.children, base);
    }
  };
  walk(template.sections, '');
  return out;
}

/**
 * "Tạo từ kỳ trước": a copy for the next period. Figures (indicators, number columns of tables) and the list of
 * documents issued in the period are cleared; prose, assessments, table row names, repeated items' names,
 * header, signature and nơi nhận are kept as the structure to rewrite. Number and date are reset.
 */
export function rolloverDraft(draft: Draft, template: Pick<ReportTemplate, 'sections'>, today: Date, name = ''): Draft {
  const blocks = blocksByKey(template);
  const values: Draft['values'] = {};
  for (const [key, value] of Object.entries(draft.values)) {
    const block = blocks.get(key.replace(/#\d+/g, ''));
    if (!block) {
      values[key] = value;
      continue;
    }
    switch (block.kind) {
      case 'indicators':
        break; // all figures belong to the old period
      case 'documents':
        break; // documents issued in the old period
      case 'table': {
        if (!Array.isArray(value)) break;
        const textCols = block.columns.filter((c) => c.type === 'text').map((c) => c.id);
        const rows = (value as Record<string, unknown>[]).map((row) => {
          const kept: Record<string, string | number | null> = {};
          for (const c of block.columns)
            kept[c.id] = textCols.includes(c.id) ? (typeof row[c.id] === 'string' ? (row[c.id] as string) : '') : null;
          return kept;
        });
        if (rows.length) values[key] = rows;
        break;
      }
      default:
        values[key] = value;
    }
  }
  const period = nextPeriod(draft.header.period);
  return {
    ...draft,
    name,
    updatedAt: '',
    header: { ...draft.header, number: '', date: isoOf(today), leaveDayBlank: draft.header.leaveDayBlank, period, title: '' },
    values,
    instances: structuredClone(draft.instances),
    signature: structuredClone(draft.signature),
    distribution: [...draft.distribution],
  };
}
