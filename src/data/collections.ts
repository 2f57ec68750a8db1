import { getCollection, type CollectionEntry } from 'astro:content';
import { checkContent, formatProblems, templateReferences } from '../lib/catalogue/integrity.ts';
import { bracketCitations } from '../lib/catalogue/usage.ts';
import { templateSections } from '../lib/report/index.ts';
import type { CatalogueEntry } from '../schemas/catalogue.ts';

export type CatalogueItem = CatalogueEntry & { filePath?: string };

let catalogueCache: Promise<Map<string, CatalogueItem>> | undefined;

/**
 * The legal catalogue, with the content's cross-checks run once per build (src/lib/catalogue/integrity.ts): a broken
 * link between entries, an area, template or example that names something that does not exist, or a replaced or
 * expired document presented as today's basis fails the build with the file and field.
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
      pages: (await getCollection('docs')).map((d) => ({ file: d.filePath ?? d.id, path: `/${d.id}/`, body: d.body ?? '' })),
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
  const titles = (t: CollectionEntry<'templates'>) =>
    templateSections(t.data.sections)
      .filter(({ section }) => section.area === areaId)
      .map(({ section }) => section.title);
  return (await getTemplates()).map((t) => ({ template: t, titles: titles(t) })).filter((x) => x.titles.length > 0);
}

/** Report kinds with a section on the given area. */
export async function templatesForArea(areaId: string) {
  return (await getTemplates()).filter((t) => templateReferences(t.data).areas.has(areaId));
}

/** Catalogue ids a template relies on: its targets and its [[…]] citations. */
function templateSources(template: CollectionEntry<'templates'>['data']): Set<string> {
  return new Set([...templateReferences(template).sources, ...bracketCitations(JSON.stringify(template))]);
}
