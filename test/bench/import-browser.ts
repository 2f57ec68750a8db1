/**
 * npm run bench: importing a 200-row Biểu 06 .xlsx through the builder in Chromium, as a user does — file chosen in
 * the "Nhập số liệu từ bảng tính" dialog of the monthly report, until the recognised columns are on screen (read +
 * recognise + sum + draw). The dialog marks the span itself (performance.measure "cchc-import"). The first import
 * also downloads SheetJS and the import code; the median is of the imports after it. Needs a build.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bieu06Grid, xlsxOf } from '../unit/import/fixtures.ts';

export async function benchImportBrowser(runs = 15) {
  const [{ launchBrowser }, { startSite }] = await Promise.all([import('../site/support/browser.ts'), import('../site/support/server.ts')]);
  const file = join(mkdtempSync(join(tmpdir(), 'cchc-bench-')), 'bieu06-200.xlsx');
  writeFileSync(file, xlsxOf(bieu06Grid({ rows: 200, total: 'none', groups: 'parents' })));
  const site = await startSite();
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.url}lap-bao-cao/bao-cao-tthc-thang/`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    await page.locator('details.cchc-section > summary', { hasText: 'Kết quả thực hiện' }).click();
    const button = page.getByRole('button', { name: 'Nhập số liệu từ bảng tính' });
    await button.click();
    const input = page.locator('dialog.cchc-import input[type=file]');
    const times: number[] = [];
    let used = '';
    for (let i = 0; i <= runs; i++) {
      await page.evaluate(() => performance.clearMeasures('cchc-import'));
      await input.setInputFiles(file);
      await page.waitForFunction(() => performance.getEntriesByName('cchc-import').length > 0, undefined, { timeout: 30_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('cchc-import')[0].duration));
      used = (await page.getByTestId('import-summary').textContent()) ?? '';
    }
    const [first, ...rest] = times;
    rest.sort((a, b) => a - b);
    const q = (p: number) => rest[Math.min(rest.length - 1, Math.floor(p * rest.length))];
    console.log(
      `${'import Biểu 06, 200 rows'.padEnd(28)} Chromium, through the builder's dialog: median ${q(0.5).toFixed(1)} ms  p90 ${q(0.9).toFixed(1)} ms  (first ${first.toFixed(1)} ms with SheetJS download; ${used.replace(/^.*Số liệu: /, '').replace(/\.$/, '')}; goal < 300 ms)`,
    );
    await context.close();
  } finally {
    await browser.close();
    await site.stop();
  }
}
