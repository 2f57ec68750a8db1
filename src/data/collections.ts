import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, formatProblems, templateReferences } from '../lib/catalogue/integrity.ts';
import type { CatalogueEntry } from '../schemas/catalogue.ts';

export type CatalogueItem = CatalogueEntry & { filePath?: string };

let catalogueCache: Promise<Map<string, CatalogueItem>> | undefined;

/**
 * The legal catalogue, with the content's cross-checks run once per build (src/lib/catalogue/integrity.ts): a broken
 * link between entries, or an area, template or example that names something that does not exist, fails the build
 * with the file and field.
 */
export function getCatalogue(): Promise<Map<string, CatalogueItem>> {
  catalogueCache ??= (async () => {
    const located = <T>(e: { id: string; data: T; filePath?: string }) => ({ ...e.data, id: e.id, filePath: e.filePath });
    const catalogue = (await getCollection('catalogue')).map(located);
    const problems = checkContent({
      catalogue,
      areas: (await getCollection('areas')).map(located),
      templates: (await getCollection('templates')).map(located),
      examples: (await getCollection('examples')).map((e) => ({ draft: e.data, filePath: e.filePath ?? e.id })),
    });
    if (problems.length) throw new Error(`Nội dung có tham chiếu sai:\n${formatProblems(problems)}`);
    return new Map(catalogue.map((e) => [e.id, e]));
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
  const templates = (await getTemplates()).filter((t) => templateReferences(t.data).sources.has(id));
  return { areas, templates };
}

/** Report kinds with a section on the given area. */
export async function templatesForArea(areaId: string) {
  return (await getTemplates()).filter((t) => templateReferences(t.data).areas.has(areaId));
}
