import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { projectRoot } from './server.ts';

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };

/**
 * axe-core's violations on the page as it is now, one line each ("rule: help — first three elements"). The page's
 * context must be opened with `bypassCSP: true`: the site's CSP forbids injected scripts, and axe is injected by the
 * test only. By default the whole page but Starlight's own search button (its markup fails
 * label-content-name-mismatch; it is Starlight's, not ours); `scope` limits the run to a selector.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ path: join(projectRoot, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<AxeResult> } }).axe;
    const r = await axe.run(scope ?? { exclude: [['site-search']] });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  }, scope);
}
