import type { BlockTemplate, ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import { fillPlaceholders } from './placeholders.ts';
import { blockKey, childKey, itemKey, templateSections } from './keys.ts';
import { headingTextKey } from './text-keys.ts';
import { cleanLine } from '../format/text.ts';

/** A section as it appears in one report: repeated sections are expanded into one entry per item. */
export type ResolvedSection = {
  /** Path used in draft value keys: "ket-qua/cai-cach-tthc", "don-vi#0/chi-dao". */
  key: string;
  section: SectionTemplate;
  /** Title with {ten}, {ky}, {nam} filled in, before numbering; the user's own heading when they renamed it. */
  title: string;
  /** The template's title, filled in (what the heading reads when the user has not renamed it). */
  defaultTitle: string;
  /** For an item of a repeated section: its index in `draft.instances[section.id]`. */
  item?: number;
  /** Name of the repeated item this section (or an ancestor) belongs to. */
  instanceName?: string;
  blocks: { key: string; block: BlockTemplate }[];
  children: ResolvedSection[];
};

/**
 * The sections of one report, with their value keys. `unnamed` stands for an item's empty name in its title
 * (the document leaves it empty; the editor shows "…").
 */
export function resolveSections(
  template: Pick<ReportTemplate, 'sections'>,
  draft: Pick<Draft, 'header' | 'instances'> & Partial<Pick<Draft, 'texts'>>,
  unnamed = '',
): ResolvedSection[] {
  const walk = (sections: SectionTemplate[], parent: string, instanceName?: string): ResolvedSection[] =>
    sections.flatMap((section) => {
      const base = childKey(parent, section.id);
      if (section.repeat) {
        const itemTitle = section.repeat.itemTitle;
        return (draft.instances?.[section.id] ?? []).map((item, i) => {
          const name = item.name.trim();
          return make(section, itemKey(base, i), fillPlaceholders(itemTitle, draft, { ten: name || unnamed }), name, i);
        });
      }
      return [make(section, base, fillPlaceholders(section.title, draft), instanceName)];
    });
  const make = (section: SectionTemplate, key: string, title: string, instanceName?: string, item?: number): ResolvedSection => ({
    key,
    section,
    title: cleanLine(fillPlaceholders(draft.texts?.[headingTextKey(key)] ?? '', draft)) || title,
    defaultTitle: title,
    item,
    instanceName,
    blocks: section.blocks.map((block) => ({ key: viewOf(block) ?? blockKey(key, block.id), block })),
    children: walk(section.children, key, instanceName),
  });
  return walk(template.sections, '');
}

/**
 * The key of the block whose value a block shows, for a block that prints another block's value (`from`); undefined
 * for a block with a value of its own. A view is edited, checked and rolled over where its value lives.
 */
export const viewOf = (block: BlockTemplate): string | undefined => ('from' in block && block.from ? block.from : undefined);

/** The appendices of one report, resolved like top-level sections (keys "phu-luc-1:bang"). */
export const resolveAppendices = (
  template: Pick<ReportTemplate, 'appendices'>,
  draft: Parameters<typeof resolveSections>[1],
): ResolvedSection[] => resolveSections({ sections: template.appendices ?? [] }, draft);

/** Sections then appendices: every part of one report that holds blocks. */
export const resolveParts = (template: Pick<ReportTemplate, 'sections' | 'appendices'>, draft: Parameters<typeof resolveSections>[1]) => [
  ...resolveSections(template, draft),
  ...resolveAppendices(template, draft),
];

/** Every section of a resolved report, depth first. */
export const allSections = (sections: ResolvedSection[]): ResolvedSection[] => sections.flatMap((s) => [s, ...allSections(s.children)]);

/** Every block of a resolved report that holds a value, with its value key (used to spot stray values); views are left out. */
export const allBlocks = (sections: ResolvedSection[]) =>
  allSections(sections).flatMap((s) => s.blocks.filter(({ block }) => !viewOf(block)));

/** Resolved sections grouped by their template section: the items of a repeated one (maybe none), else the one section. */
export const groupBySection = (templates: SectionTemplate[], resolved: ResolvedSection[]) =>
  templates.map((section) => ({ section, items: resolved.filter((r) => r.section === section) }));

/** Every block of a template by template key ("don-vi/so-lieu:hs" for all items of "don-vi"). */
export function templateBlocks(sections: SectionTemplate[]): Map<string, BlockTemplate> {
  const out = new Map<string, BlockTemplate>();
  for (const { section, key } of templateSections(sections)) for (const b of section.blocks) out.set(blockKey(key, b.id), b);
  return out;
}

/** The sections and the appendices of a template: everything that holds blocks, in document order. */
export const templateParts = (template: Pick<ReportTemplate, 'sections' | 'appendices'>): SectionTemplate[] => [
  ...template.sections,
  ...(template.appendices ?? []),
];

/** A block whose figures a report gives as a whole: an indicators block, or a documents block (counted). */
export type FigureBlock = { key: string; block: Extract<BlockTemplate, { kind: 'indicators' | 'documents' }> };

/** A score table a report holds (not a view printing another block's table). */
export type ScoreBlock = { key: string; block: Extract<BlockTemplate, { kind: 'scores' }> };

/** The blocks outside repeated sections (whose items differ from report to report) that `keep` picks, in document order. */
function wholeReportBlocks<B extends BlockTemplate>(template: Pick<ReportTemplate, 'sections'>, keep: (b: BlockTemplate) => b is B) {
  const out: { key: string; block: B }[] = [];
  const walk = (sections: SectionTemplate[], parent: string) => {
    for (const s of sections) {
      if (s.repeat) continue;
      const key = childKey(parent, s.id);
      for (const b of s.blocks) if (keep(b)) out.push({ key: blockKey(key, b.id), block: b });
      walk(s.children, key);
    }
  };
  walk(template.sections, '');
  return out;
}

/**
 * The indicators and documents blocks outside repeated sections, in document order, with their value keys: what a
 * roll-up collects, and the figures a printed report is read back for.
 */
export const figureBlocks = (template: Pick<ReportTemplate, 'sections'>): FigureBlock[] =>
  wholeReportBlocks(template, (b): b is FigureBlock['block'] => b.kind === 'indicators' || b.kind === 'documents');

/**
 * The score tables outside repeated sections, in document order, with their value keys (views of another table left
 * out): the self-assessment's table a request sets, and whose results a roll-up collects.
 */
export const scoreBlocks = (template: Pick<ReportTemplate, 'sections'>): ScoreBlock[] =>
  wholeReportBlocks(template, (b): b is ScoreBlock['block'] => b.kind === 'scores' && !viewOf(b));
