import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCatalogue, formatProblems, missingReferences, type IntegrityProblem } from '../lib/catalogue/integrity.ts';
import { isCurrentStatus, isSupersededStatus, statusOn, today } from '../lib/catalogue/status.ts';
import { bracketCitations } from '../lib/catalogue/usage.ts';
import { statusLabels } from '../lib/catalogue/citation.ts';
import type { CatalogueEntry } from '../schemas/catalogue.ts';

export type CatalogueItem = CatalogueEntry & { filePath?: string };

let catalogueCache: Promise<Map<string, CatalogueItem>> | undefined;

/**
 * The legal catalogue, cross-checked once per build: a broken link between entries, or an area or template that
 * names a document or area that does not exist, fails the build with the file and field. So does an area listing a
 * replaced or expired document as today's basis, and a target or template citation whose source is not in force.
 */
export function getCatalogue(): Promise<Map<string, CatalogueItem>> {
  catalogueCache ??= (async () => {
    const entries = (await getCollection('catalogue')).map((e) => ({ ...e.data, id: e.id, filePath: e.filePath }));
    const byId = new Map(entries.map((e) => [e.id, e]));
    const ids = new Set(byId.keys());
    const problems = checkCatalogue(entries);
    const date = today();
    const status = (id: string) => statusOn(byId.get(id)!, date);
    /** A document a report may rely on now: in force, and its status verified. */
    const mustBeInForce = (list: string[], file: string, field: string) =>
      list
        .filter((id) => ids.has(id) && !isCurrentStatus(status(id)))
        .forEach((id) =>
          problems.push({
            file,
            field,
            message: `"${id}" ${statusLabels[status(id)].toLocaleLowerCase('vi')} (ngày ${date}): chỉ văn bản đang có hiệu lực mới được làm nguồn ở đây`,
          }),
        );
    const areas = await getCollection('areas');
    for (const area of areas) {
      const file = area.filePath ?? area.id;
      const targets = area.data.checklist.flatMap((c) => (c.target ? [c.target.source] : []));
      problems.push(...missingReferences(area.data.documents, ids, file, 'documents'));
      problems.push(...missingReferences(area.data.historical, ids, file, 'historical'));
      problems.push(...missingReferences(targets, ids, file, 'checklist.target.source'));
      for (const id of area.data.documents.filter((d) => ids.has(d) && isSupersededStatus(status(d))))
        problems.push({
          file,
          field: 'documents',
          message: `"${id}" ${statusLabels[status(id)].toLocaleLowerCase('vi')} (ngày ${date}): chuyển sang historical`,
        });
      mustBeInForce(targets, file, 'checklist.target.source');
    }
    const areaIds = new Set(areas.map((a) => a.id));
    for (const template of await getCollection('templates')) {
      const file = template.filePath ?? template.id;
      const targets = [...templateTargets(template.data.sections)];
      const cited = bracketCitations(JSON.stringify(template.data));
      problems.push(...missingReferences(targets, ids, file, 'target.source'));
      problems.push(...missingReferences(cited, ids, file, '[[…]]'));
      mustBeInForce(targets, file, 'target.source');
      mustBeInForce(cited, file, '[[…]]');
      for (const area of templateAreas(template.data.sections))
        if (!areaIds.has(area))
          problems.push({ file, field: 'sections.area', message: `không có lĩnh vực "${area}" (content/areas/${area}.yaml)` });
    }
    if (problems.length) throw new Error(`Nội dung có tham chiếu sai:\n${formatProblems(dedupe(problems))}`);
    return byId;
  })();
  return catalogueCache;
}

const dedupe = (problems: IntegrityProblem[]) => [...new Map(problems.map((p) => [formatProblems([p]), p])).values()];

export async function getCatalogueEntry(id: string, usedIn: string): Promise<CatalogueItem> {
  const entry = (await getCatalogue()).get(id);
  if (!entry) throw new Error(`${usedIn}: không có văn bản "${id}" trong danh mục (content/catalogue/${id}.yaml)`);
  return entry;
}

export async function getAreas(): Promise<CollectionEntry<'areas'>[]> {
  return (await getCollection('areas')).sort((a, b) => a.data.order - b.data.order);
}

export async function getTemplates(): Promise<CollectionEntry<'templates'>[]> {
  return (await getCollection('templates')).sort((a, b) => a.data.order - b.data.order);
}

/** Areas and report kinds that use a catalogue entry (as basis, history, target or [[…]] citation). */
export async function usesOf(id: string) {
  const areas = (await getAreas()).filter(
    (a) => a.data.documents.includes(id) || a.data.historical.includes(id) || a.data.checklist.some((c) => c.target?.source === id),
  );
  const templates = (await getTemplates()).filter((t) => templateSources(t.data).has(id));
  return { areas, templates };
}

/** Report kinds with a section on the given area, with the titles of those sections. */
export async function sectionsForArea(areaId: string) {
  const titles = (sections: SectionLike[]): string[] =>
    sections.flatMap((s) => [...(s.area === areaId ? [s.title] : []), ...titles(s.children)]);
  return (await getTemplates()).map((t) => ({ template: t, titles: titles(t.data.sections) })).filter((x) => x.titles.length > 0);
}

/** Report kinds with a section on the given area. */
export async function templatesForArea(areaId: string) {
  const usesArea = (sections: { area?: string; children: unknown[] }[]): boolean =>
    sections.some((s) => s.area === areaId || usesArea(s.children as typeof sections));
  return (await getTemplates()).filter((t) => usesArea(t.data.sections));
}

type TemplateData = CollectionEntry<'templates'>['data'];
type SectionLike = TemplateData['sections'][number];

/** Areas a template's sections belong to. */
function templateAreas(sections: SectionLike[], found = new Set<string>()): Set<string> {
  for (const section of sections) {
    if (section.area) found.add(section.area);
    templateAreas(section.children, found);
  }
  return found;
}

/** Catalogue ids a template's targets cite. */
function templateTargets(sections: SectionLike[], found = new Set<string>()): Set<string> {
  for (const section of sections) {
    for (const block of section.blocks)
      if (block.kind === 'indicators') for (const field of block.fields) if (field.target) found.add(field.target.source);
    templateTargets(section.children, found);
  }
  return found;
}

/** Catalogue ids a template relies on: its targets and its [[…]] citations. */
function templateSources(template: TemplateData): Set<string> {
  return new Set([...templateTargets(template.sections), ...bracketCitations(JSON.stringify(template))]);
}
