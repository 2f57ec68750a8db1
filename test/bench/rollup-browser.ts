/**
 * npm run bench: "Tổng hợp báo cáo" in Chromium — 300 units' monthly reports (.docx made by the site's renderer;
 * the largest provinces have ~170 communes, and a Sở also collects from departments) chosen at once, from the file
 * choice to the table on screen (the page marks the span itself: performance.measure "cchc-rollup"; code loaded on
 * demand included), each run in a fresh browser context; then 1 000 reports once, with the longest task the page's
 * thread ran meanwhile (how long the tab could not answer a click) and the progress it showed; and the page's
 * JavaScript before any interaction (static import graph and what Chromium downloads). Needs a build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue, loadTemplates } from '../../src/data/load.ts';
import { renderBytes } from '../support/render.ts';
import { unitFiles } from '../support/rollup-units.ts';

export async function benchRollupBrowser(reports = 300, runs = 5, large = 1000) {
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
  for (const f of unitFiles(Math.max(reports, large), 150, false).files) {
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
    const allRows: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${site.url}tong-hop/`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await page.locator('#cchc-rollup-files').setInputFiles(paths.slice(0, reports));
      await page.waitForFunction(() => performance.getEntriesByName('cchc-rollup-rows').length > 0, undefined, { timeout: 60_000 });
      const [total, read, all] = await page.evaluate(() => {
        const m = performance.getEntriesByName('cchc-rollup')[0];
        const r = performance.getEntriesByName('cchc-rollup-read').at(-1);
        return [m.duration, r ? r.startTime - m.startTime : NaN, performance.getEntriesByName('cchc-rollup-rows')[0].duration];
      });
      times.push(total);
      reading.push(read);
      allRows.push(all);
      const rows = await page.locator('[data-testid="unit-table"] tbody tr').count();
      if (rows !== reports) throw new Error(`Bảng có ${rows} dòng, cần ${reports}`);
      await context.close();
    }
    for (const x of [times, reading, allRows]) x.sort((a, b) => a - b);
    console.log(
      `${`roll-up, ${reports} .docx`.padEnd(28)} Chromium, file choice → table: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms  max ${times[times.length - 1].toFixed(0)} ms  min ${times[0].toFixed(0)} ms  (reading and checking the files: median ${reading[Math.floor(reading.length / 2)].toFixed(0)} ms; every row drawn: median ${allRows[Math.floor(allRows.length / 2)].toFixed(0)} ms; ${runs} fresh visits, code loaded on demand included; goal < 2000 ms)`,
    );
    if (large) {
      const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${site.url}tong-hop/`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await page.evaluate(() => {
        const w = window as unknown as { longest: number; progress: string[] };
        w.longest = 0;
        w.progress = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        }).observe({ type: 'longtask', buffered: false });
        new MutationObserver(() => {
          const p = document.querySelector('.cchc-rollup__progress')?.textContent;
          if (p && w.progress.at(-1) !== p) w.progress.push(p);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page.locator('#cchc-rollup-files').setInputFiles(paths.slice(0, large));
      await page.waitForFunction(() => performance.getEntriesByName('cchc-rollup-rows').length > 0, undefined, { timeout: 300_000 });
      const [first, total, longest, progress] = await page.evaluate(() => {
        const w = window as unknown as { longest: number; progress: string[] };
        const m = (name: string) => performance.getEntriesByName(name)[0].duration;
        return [m('cchc-rollup'), m('cchc-rollup-rows'), w.longest, w.progress.length] as const;
      });
      const rows = await page.locator('[data-testid="unit-table"] tbody tr').count();
      if (rows !== large) throw new Error(`Bảng có ${rows} dòng, cần ${large}`);
      console.log(
        `${`roll-up, ${large} .docx`.padEnd(28)} Chromium, file choice → table: first rows ${first.toFixed(0)} ms, every row ${total.toFixed(0)} ms; longest task on the page's thread ${longest.toFixed(0)} ms (the tab answers after at most that); progress shown ${progress} times (goal: responsive, progress shown)`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
