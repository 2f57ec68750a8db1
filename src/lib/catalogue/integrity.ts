import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import type { AreaData } from '../../schemas/area.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import {
  allBlocks,
  blockKey,
  blockKind,
  linkedTableProblems,
  resolveParts,
  templateBlocks,
  templateParts,
  templateSections,
  valueShapeOk,
  viewOf,
} from '../report/index.ts';
import { citationProblem, isCurrentStatus, isSupersededStatus, statusOn, today } from './status.ts';
import { statusLabels } from './citation.ts';
import { citeTags } from './usage.ts';
import { rollupSourceProblems } from '../rollup/summary.ts';

export type IntegrityProblem = { file: string; field: string; message: string };

type Located = { id: string; filePath?: string };

/** Everything in content/ that refers to something else, as the build and the tests load it. */
export type Content = {
  catalogue: (CatalogueEntry & Located)[];
  areas: (Pick<AreaData, 'documents' | 'historical' | 'checklist'> & Located)[];
  templates: (Pick<ReportTemplate, 'sections' | 'appendices'> & Located)[];
  examples: { draft: Draft; filePath: string }[];
  /** Guidance pages (MDX) with their address, whose <Cite> tags are checked here as well as when each page is drawn. */
  pages?: { file: string; path: string; body: string }[];
};

/**
 * The content's cross-checks, which no per-file schema can make; the build fails on any problem (src/data/collections.ts)
 * and the tests run the same function. Catalogue links are mutual and point at entries that exist; areas, templates and
 * examples cite only catalogue entries that exist; template sections name existing areas; each example belongs to a
 * template and fills only that template's blocks, each with a value of its block's shape. On the given day (the build's),
 * an area lists as today's basis only documents in force, and targets and template citations rest only on them.
 */
export function checkContent(content: Content, date: string = today()): IntegrityProblem[] {
  const byId = new Map(content.catalogue.map((e) => [e.id, e]));
  const ids = new Set(byId.keys());
  const areaIds = new Set(content.areas.map((a) => a.id));
  const problems = checkCatalogue(content.catalogue);
  const status = (id: string) => statusOn(byId.get(id)!, date);
  const statusText = (id: string) => `"${id}" ${statusLabels[status(id)].toLocaleLowerCase('vi')} (ngày ${date})`;
  /** A document a report may rely on now: in force, and its status verified. */
  const mustBeInForce = (list: Iterable<string>, file: string, field: string) => {
    for (const id of new Set(list))
      if (ids.has(id) && !isCurrentStatus(status(id)))
        problems.push({ file, field, message: `${statusText(id)}: chỉ văn bản đang có hiệu lực mới được làm nguồn ở đây` });
  };
  for (const area of content.areas) {
    const file = area.filePath ?? `content/areas/${area.id}.yaml`;
    const targets = area.checklist.flatMap((c) => (c.target ? [c.target.source] : []));
    problems.push(...missingReferences(area.documents, ids, file, 'documents'));
    problems.push(...missingReferences(area.historical, ids, file, 'historical'));
    problems.push(...missingReferences(targets, ids, file, 'checklist.target.source'));
    for (const id of area.documents.filter((d) => ids.has(d) && isSupersededStatus(status(d))))
      problems.push({ file, field: 'documents', message: `${statusText(id)}: chuyển sang historical` });
    mustBeInForce(targets, file, 'checklist.target.source');
  }
  const templates = new Map(content.templates.map((t) => [t.id, t]));
  for (const template of content.templates) {
    const file = template.filePath ?? `content/templates/${template.id}.yaml`;
    const refs = templateReferences(template);
    problems.push(...missingReferences(refs.sources, ids, file, 'target.source'));
    problems.push(...missingReferences(citedIds(template), ids, file, '[[…]]'));
    mustBeInForce(refs.sources, file, 'target.source');
    mustBeInForce(citedIds(template), file, '[[…]]');
    for (const message of rollupSourceProblems(template)) problems.push({ file, field: 'columns.rollup', message });
    for (const area of refs.areas)
      if (!areaIds.has(area))
        problems.push({ file, field: 'sections.area', message: `không có lĩnh vực "${area}" (content/areas/${area}.yaml)` });
    problems.push(...checkViews(template, file));
    const parts = templateParts(template);
    const repeated = templateSections(parts).flatMap(({ section, key }) => (section.repeat ? [key] : []));
    for (const message of linkedTableProblems(templateBlocks(parts), repeated)) problems.push({ file, field: 'blocks.figuresOf', message });
  }
  for (const { draft, filePath: file } of content.examples) {
    problems.push(...missingReferences(citedIds(draft), ids, file, '[[…]]'));
    const template = templates.get(draft.kind);
    if (!template) {
      problems.push({ file, field: 'kind', message: `không có mẫu "${draft.kind}" (content/templates/${draft.kind}.yaml)` });
      continue;
    }
    const blocks = new Map(allBlocks(resolveParts(template, draft)).map((b) => [b.key, b.block]));
    for (const [key, value] of Object.entries(draft.values)) {
      const block = blocks.get(key);
      if (!block) problems.push({ file, field: `values.${key}`, message: 'mẫu không có khối này' });
      else if (!valueShapeOk(block, value))
        problems.push({ file, field: `values.${key}`, message: `không đúng dạng của khối "${block.kind}"` });
    }
  }
  for (const page of content.pages ?? [])
    for (const { id, historical } of citeTags(page.body)) {
      const where = { file: `${page.file} → ${page.path}`, field: `<Cite id="${id}">` };
      const problem = !ids.has(id)
        ? `không có văn bản "${id}" trong danh mục (content/catalogue/${id}.yaml)`
        : citationProblem(status(id), historical);
      if (problem) problems.push({ ...where, message: problem });
    }
  return problems;
}

/** A block that prints another block's value (`from`) names a block of the same kind, with a value of its own, outside repeated sections. */
function checkViews(template: Pick<ReportTemplate, 'sections' | 'appendices'>, file: string): IntegrityProblem[] {
  const parts = templateParts(template);
  const blocks = templateBlocks(parts);
  const repeated = templateSections(parts).filter(({ section }) => section.repeat);
  const problems: IntegrityProblem[] = [];
  for (const { section, key } of templateSections(parts))
    for (const block of section.blocks) {
      const from = viewOf(block);
      if (!from) continue;
      const source = blocks.get(from);
      const field = `blocks.${blockKey(key, block.id)}.from`;
      if (!source || source.kind !== block.kind)
        problems.push({ file, field, message: `không có khối loại "${block.kind}" có khóa "${from}" trong mẫu` });
      else if (viewOf(source)) problems.push({ file, field, message: `khối "${from}" cũng lấy nội dung từ khối khác` });
      else if (repeated.some((r) => from.startsWith(`${r.key}/`) || from.startsWith(`${r.key}:`)))
        problems.push({ file, field, message: `khối "${from}" nằm trong mục lặp lại, không xác định được lấy mục nào` });
    }
  return problems;
}

/** Reform areas a template's sections belong to, and catalogue entries its blocks cite. */
export function templateReferences(template: Pick<ReportTemplate, 'sections' | 'appendices'>): {
  areas: Set<string>;
  sources: Set<string>;
} {
  const areas = new Set<string>();
  const sources = new Set<string>();
  for (const { section } of templateSections(templateParts(template))) {
    if (section.area) areas.add(section.area);
    for (const block of section.blocks) for (const id of blockKind(block).references?.(block) ?? []) sources.add(id);
  }
  return { areas, sources };
}

/** Catalogue ids cited as "[[id]]" in any text of a value. */
function citedIds(value: unknown): string[] {
  if (typeof value === 'string') return [...value.matchAll(/\[\[([a-z0-9-]{1,80})\]\]/g)].map((m) => m[1]);
  if (Array.isArray(value)) return value.flatMap(citedIds);
  if (value && typeof value === 'object') return Object.values(value).flatMap(citedIds);
  return [];
}

/**
 * Cross-reference checks a per-entry schema cannot make: every link points at an existing entry,
 * and links are mutual (A replacedBy B ⇔ B replaces A; A amendedBy B ⇔ B amends A).
 */
export function checkCatalogue(entries: (CatalogueEntry & Located)[]): IntegrityProblem[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems: IntegrityProblem[] = [];
  const fileOf = (e: Located) => e.filePath ?? `content/catalogue/${e.id}.yaml`;
  const pairs = [
    ['replacedBy', 'replaces'],
    ['replaces', 'replacedBy'],
    ['amendedBy', 'amends'],
    ['amends', 'amendedBy'],
  ] as const;
  for (const entry of entries) {
    for (const [field, inverse] of pairs) {
      for (const target of entry[field]) {
        const other = byId.get(target);
        if (!other) problems.push({ file: fileOf(entry), field, message: `không có văn bản "${target}" trong danh mục` });
        else if (!other[inverse].includes(entry.id))
          problems.push({ file: fileOf(other), field: inverse, message: `thiếu "${entry.id}" (vì ${entry.id} ghi ${field}: ${target})` });
      }
    }
    for (const event of entry.history ?? [])
      if (event.by && !byId.has(event.by))
        problems.push({ file: fileOf(entry), field: 'history.by', message: `không có văn bản "${event.by}" trong danh mục` });
  }
  return problems;
}

/** Checks that ids used elsewhere (areas, templates, pages) exist in the catalogue. */
export function missingReferences(ids: Iterable<string>, catalogueIds: Set<string>, file: string, field: string): IntegrityProblem[] {
  return [...new Set(ids)]
    .filter((id) => !catalogueIds.has(id))
    .map((id) => ({ file, field, message: `không có văn bản "${id}" trong danh mục` }));
}

export function formatProblems(problems: IntegrityProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
