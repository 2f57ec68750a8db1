/**
 * npm run bench: "Tổng hợp báo cáo" in Chromium — 150 units' monthly reports (.docx made by the site's renderer)
 * chosen at once, from the file choice to the table on screen (the page marks the span itself: performance.measure
 * "cchc-rollup"; code loaded on demand included), each run in a fresh browser context; and the page's JavaScript
 * before any interaction (static import graph and what Chromium downloads). Needs a build.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue, loadTemplates } from '../../src/data/load.ts';
import { renderBytes } from '../support/render.ts';
import { unitFiles } from '../support/rollup-units.ts';

export async function benchRollupBrowser(reports = 150, runs = 5) {
  const [{ launchBrowser }, { startSite }, { measureLoadedJs }, { pageWeight }] = await Promise.all([
    import('../site/support/browser.ts'),
    import('../site/support/server.ts'),
    import('../site/support/weight.ts'),
    import('./page-weight.ts'),
  ]);
  const monthly = loadTemplates().get('bao-cao-tthc-thang')!;
  const catalogue = loadCatalogue();
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-rollup-'));
  const paths: string[] = [];
  for (const f of unitFiles(reports, 150, false).files) {
    const path = join(dir, f.file);
    writeFileSync(path, await renderBytes(monthly, f.draft, catalogue));
    paths.push(path);
  }
  const site = await startSite();
  const browser = await launchBrowser();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  try {
    const first = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
    const weight = await measureLoadedJs(await first.newPage(), `${site.url}tong-hop/`, site.base);
    await first.close();
    const html = new URL('../../dist/tong-hop/index.html', import.meta.url).pathname;
    console.log(
      `page weight /tong-hop/  static ${kb(pageWeight(html).total)}, Chromium ${kb(weight.total)} gzip JS before any interaction`,
    );
    const times: number[] = [];
    const reading: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${site.url}tong-hop/`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await page.locator('#cchc-rollup-files').setInputFiles(paths);
      await page.waitForFunction(() => performance.getEntriesByName('cchc-rollup').length > 0, undefined, { timeout: 60_000 });
      const [total, read] = await page.evaluate(() => {
        const m = performance.getEntriesByName('cchc-rollup')[0];
        const r = performance.getEntriesByName('cchc-rollup-read').at(-1);
        return [m.duration, r ? r.startTime - m.startTime : NaN];
      });
      times.push(total);
      reading.push(read);
      const rows = await page.locator('[data-testid="unit-table"] tbody tr').count();
      if (rows !== reports) throw new Error(`Bảng có ${rows} dòng, cần ${reports}`);
      await context.close();
    }
    times.sort((a, b) => a - b);
    reading.sort((a, b) => a - b);
    console.log(
      `${`roll-up, ${reports} .docx`.padEnd(28)} Chromium, file choice → table: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms  max ${times[times.length - 1].toFixed(0)} ms  min ${times[0].toFixed(0)} ms  (reading and checking the files: median ${reading[Math.floor(reading.length / 2)].toFixed(0)} ms; ${runs} fresh visits, code loaded on demand included; goal < 2000 ms)`,
    );
  } finally {
    await browser.close();
    await site.stop();
  }
}
