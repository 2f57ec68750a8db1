import { getCollection } from 'astro:content';
import type { BuilderProps } from '../lib/builder/props.ts';
import { byIssuedDesc, catalogueBrief } from '../lib/builder/catalogue-search.ts';
import { getAreas, getCatalogue, getTemplates } from './collections.ts';
import { href } from './urls.ts';
import { statusOn, today } from '../lib/catalogue/status.ts';
import { templateParts, templateSections } from '../lib/report/index.ts';

/** The guide page of a report kind, or "" until it is written. */
export async function guideUrl(guide: string): Promise<string> {
  const docs = new Set((await getCollection('docs')).map((d) => d.id));
  return docs.has(`huong-dan/${guide}`) ? href(`huong-dan/${guide}/`) : '';
}

/** Everything the builder island of report kind `id` needs: its template and example, the catalogue, the areas. */
export async function builderProps(id: string): Promise<BuilderProps> {
  const templates = await getTemplates();
  const entry = templates.find((t) => t.id === id)!;
  const template = { ...entry.data, id: entry.id };
  const example = (await getCollection('examples')).find((e) => e.id === id)?.data;
  const guide = await guideUrl(template.guide);
  const areas: BuilderProps['areas'] = {};
  for (const a of await getAreas())
    areas[a.id] = {
      name: a.data.name,
      checklist: a.data.checklist.map((c) => ({
        text: c.text,
        ...(c.formula ? { formula: c.formula } : {}),
        ...(c.target ? { target: c.target.text } : {}),
      })),
      checklistUrl: href(`linh-vuc/${a.id}/#bao-cao-can-the-hien`),
      guideUrl: guide,
    };
  return {
    template,
    example: example ? { ...example } : undefined,
    catalogue: [...(await getCatalogue()).values()].map((e) => catalogueBrief({ ...e, status: statusOn(e, today()) })).sort(byIssuedDesc),
    areas,
    guideUrl: guide,
    kindNames: Object.fromEntries(templates.map((t) => [t.id, t.data.name])),
    ...(hasScores(template) ? { criteriaSets: await siteCriteriaSets() } : {}),
  };
}

const hasScores = (template: BuilderProps['template']) =>
  templateSections(templateParts(template)).some(({ section }) => section.blocks.some((b) => b.kind === 'scores'));

/** The site's criteria sets: official ones first (newest year first), illustrations last. */
export async function siteCriteriaSets(): Promise<NonNullable<BuilderProps['criteriaSets']>> {
  return (await getCollection('criteria'))
    .map((e) => ({ ...e.data, id: e.id }))
    .sort((a, b) => Number(a.illustrative) - Number(b.illustrative) || b.year - a.year || a.name.localeCompare(b.name, 'vi'));
}
