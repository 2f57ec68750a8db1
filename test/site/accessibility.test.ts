import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedPage } from './support/browser.ts';
import { useSite } from './support/session.ts';
import { builtPages } from './support/dist.ts';
import { projectRoot } from './support/server.ts';

const session = useSite();

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };

/** axe-core on a built page; Starlight's search button (its own markup) fails label-content-name-mismatch and is left out. */
async function violations(path: string): Promise<string[]> {
  const { page, context } = await watchedPage(session.browser, new URL(session.site.url).origin, { bypassCSP: true });
  await page.goto(`${session.site.url}${path}`);
  await page.addScriptTag({ path: join(projectRoot, 'node_modules/axe-core/axe.min.js') });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    const r = await axe.run({ exclude: [['site-search']] });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
  await context.close();
  return found;
}

/** The home page, the indexes, one catalogue entry, and every area and guide page. */
const paths = () => [
  '',
  'linh-vuc/',
  'van-ban/',
  'van-ban/61-2018-nd-cp/',
  'lap-bao-cao/',
  ...builtPages()
    .map(([p]) => p)
    .filter((p) => /^(linh-vuc|huong-dan)\/[^/]+\/index\.html$/.test(p))
    .map((p) => p.replace(/index\.html$/, '')),
];

describe('accessibility of the content pages (axe-core)', () => {
  for (const path of paths())
    it(`/${path} has no violations`, async () => {
      expect(await violations(path)).toEqual([]);
    });
});
