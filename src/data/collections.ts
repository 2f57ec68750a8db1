import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCatalogue, formatProblems, missingReferences } from '../lib/catalogue/integrity.ts';
import type { CatalogueEntry } from '../schemas/catalogue.ts';

export type CatalogueItem = CatalogueEntry & { filePath?: string };

let catalogueCache: Promise<Map<string, CatalogueItem>> | undefined;

/**
 * The legal catalogue, cross-checked once per build: a broken link between entries, or an area or template that
 * names a document or area that does not exist, fails the build with the file and field.
 */
export function getCatalogue(): Promise<Map<string, CatalogueItem>> {
  catalogueCache ??= (async () => {
    const entries = (await getCollection('catalogue')).map((e) => ({ ...e.data, id: e.id, filePath: e.filePath }));
    const problems = checkCatalogue(entries);
    const areas = await getCollection('areas');
    for (const area of areas) {
      const ids = new Set(entries.map((e) => e.id));
      problems.push(...missingReferences(area.data.documents, ids, area.filePath ?? area.id, 'documents'));
      problems.push(
        ...missingReferences(
          area.data.checklist.flatMap((c) => (c.target ? [c.target.source] : [])),
          ids,
          area.filePath ?? area.id,
          'checklist.target.source',
        ),
      );
    }
    const areaIds = new Set(areas.map((a) => a.id));
    for (const template of await getCollection('templates')) {
      const file = template.filePath ?? template.id;
      problems.push(
        ...missingReferences(templateSources(template.data.sections), new Set(entries.map((e) => e.id)), file, 'target.source'),
      );
      for (const area of templateAreas(template.data.sections))
        if (!areaIds.has(area))
          problems.push({ file, field: 'sections.area', message: `không có lĩnh vực "${area}" (content/areas/${area}.yaml)` });
    }
    if (problems.length) throw new Error(`Nội dung có tham chiếu sai:\n${formatProblems(problems)}`);
    return new Map(entries.map((e) => [e.id, e]));
  })();
  return catalogueCache;
}

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

/** Areas and report kinds that use a catalogue entry. */
export async function usesOf(id: string) {
  const areas = (await getAreas()).filter((a) => a.data.documents.includes(id) || a.data.checklist.some((c) => c.target?.source === id));
  const templates = (await getTemplates()).filter((t) => templateSources(t.data.sections).has(id));
  return { areas, templates };
}

/** Report kinds with a section on the given area. */
export async function templatesForArea(areaId: string) {
  const usesArea = (sections: { area?: string; children: unknown[] }[]): boolean =>
    sections.some((s) => s.area === areaId || usesArea(s.children as typeof sections));
  return (await getTemplates()).filter((t) => usesArea(t.data.sections));
}

type SectionLike = CollectionEntry<'templates'>['data']['sections'][number];

/** Areas a template's sections belong to. */
function templateAreas(sections: SectionLike[], found = new Set<string>()): Set<string> {
  for (const section of sections) {
    if (section.area) found.add(section.area);
    templateAreas(section.children, found);
  }
  return found;
}

/** Catalogue ids a template's targets cite. */
function templateSources(sections: SectionLike[], found = new Set<string>()): Set<string> {
  for (const section of sections) {
    for (const block of section.blocks)
      if (block.kind === 'indicators') for (const field of block.fields) if (field.target) found.add(field.target.source);
    templateSources(section.children, found);
  }
  return found;
}
