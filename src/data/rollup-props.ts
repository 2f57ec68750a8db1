import type { RollupProps } from '../components/rollup/store.ts';
import { byIssuedDesc, catalogueBrief } from '../lib/builder/catalogue-search.ts';
import { templateReferences } from '../lib/catalogue/integrity.ts';
import { bracketCitations } from '../lib/catalogue/usage.ts';
import { statusOn, today } from '../lib/catalogue/status.ts';
import { canRollUp } from '../lib/rollup/columns.ts';
import { getCatalogue, getTemplates } from './collections.ts';
import { guideUrl, siteCriteriaSets } from './builder-props.ts';
import { href } from './urls.ts';

/** What the roll-up page's island needs: the kinds with figures, the catalogue entries they cite, where the builders are. */
export async function rollupProps(): Promise<RollupProps> {
  const all = await getTemplates();
  const templates = all.map((t) => ({ ...t.data, id: t.id })).filter(canRollUp);
  const cited = new Set(templates.flatMap((t) => [...templateReferences(t).sources, ...bracketCitations(JSON.stringify(t))]));
  return {
    templates,
    catalogue: [...(await getCatalogue()).values()]
      .filter((e) => cited.has(e.id))
      .map((e) => catalogueBrief({ ...e, status: statusOn(e, today()) }))
      .sort(byIssuedDesc),
    kindNames: Object.fromEntries(all.map((t) => [t.id, t.data.name])),
    builderBase: href('lap-bao-cao/'),
    guideUrl: await guideUrl('tong-hop-bao-cao'),
    // For a request of a kind with a score table: the sets it may name (data in the page, no code).
    criteriaSets: await siteCriteriaSets(),
  };
}
