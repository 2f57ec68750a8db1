import type { BlockTemplate, ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import { periodLabel, periodWords } from '../format/period.ts';

/** A section as it appears in one report: repeated sections are expanded into one entry per item. */
export type ResolvedSection = {
  /** Path used in draft value keys: "ket-qua/cai-cach-tthc", "don-vi#0/chi-dao". */
  key: string;
  section: SectionTemplate;
  /** Title with {ten}, {ky}, {nam} filled in, before numbering. */
  title: string;
  /** Name of the repeated item this section (or an ancestor) belongs to. */
  instanceName?: string;
  blocks: { key: string; block: BlockTemplate }[];
  children: ResolvedSection[];
};

/** Fills {ky}, {ky_ngan}, {nam}, {don_vi} and any extra placeholders. Unknown placeholders stay as written. */
export function fillPlaceholders(text: string, draft: Pick<Draft, 'header'>, extra: Record<string, string> = {}): string {
  const p = draft.header.period;
  const vars: Record<string, string> = {
    ky: periodLabel(p),
    ky_ngan: periodWords(p),
    nam: String(p.year),
    don_vi: sentenceCaseBody(draft.header.issuer),
    ...extra,
  };
  return text.replace(/\{([a-z_]+)\}/g, (m, name: string) => (name in vars ? vars[name] : m));
}

/** "ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN" → "Ủy ban nhân dân phường Hoài Tân" (place names keep their capitals). */
export function sentenceCaseBody(issuer: string): string {
  const words = issuer.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return '';
  const lower = words.map((w) => w.toLocaleLowerCase('vi'));
  const kinds = new Set(['xã', 'phường', 'thị', 'trấn', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'đặc', 'khu']);
  // Capitalise words after the first administrative unit word (the place name).
  let inName = false;
  const out = lower.map((w, i) => {
    if (i === 0) return cap(w);
    if (kinds.has(w) && !inName) {
      const next = lower[i + 1];
      if (next && kinds.has(next)) return w;
      inName = true;
      return w;
    }
    return inName ? cap(w) : w;
  });
  return out.join(' ');
}
const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);

export function resolveSections(template: Pick<ReportTemplate, 'sections'>, draft: Pick<Draft, 'header' | 'instances'>): ResolvedSection[] {
  const walk = (sections: SectionTemplate[], prefix: string, instanceName?: string): ResolvedSection[] =>
    sections.flatMap((section) => {
      const base = prefix ? `${prefix}/${section.id}` : section.id;
      if (section.repeat) {
        const items = draft.instances?.[section.id] ?? [];
        return items.map((item, i) => {
          const key = `${base}#${i}`;
          const name = item.name.trim();
          return make(section, key, fillPlaceholders(section.repeat!.itemTitle, draft, { ten: name }), name);
        });
      }
      return [make(section, base, fillPlaceholders(section.title, draft), instanceName)];
    });
  const make = (section: SectionTemplate, key: string, title: string, instanceName?: string): ResolvedSection => ({
    key,
    section,
    title,
    instanceName,
    blocks: section.blocks.map((block) => ({ key: `${key}:${block.id}`, block })),
    children: walk(section.children, key, instanceName),
  });
  return walk(template.sections, '');
}

/** Every block key a template can produce for this draft (used to spot stray values). */
export function allBlockKeys(sections: ResolvedSection[]): string[] {
  return sections.flatMap((s) => [...s.blocks.map((b) => b.key), ...allBlockKeys(s.children)]);
}
