/**
 * Huge and hostile files in Chromium (issue 19): the zip bomb (10 MB inflating to 10 GiB) imported in the
 * builder is refused, without inflating it, and the page stays responsive (the time it takes is printed by
 * `npm run bench`, test/bench/limits.ts: a loaded CI machine must not fail a timing); a batch dropped on /tong-hop/ with a malformed .docx
 * and a bomb among good reports adds the good ones and lists the others with their reasons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { watchedPage } from './support/browser.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { bombDocx } from '../support/bomb.ts';
import { KIND, random, unitDraft, unitFigures } from '../support/rollup-units.ts';
import { renderBytes } from '../support/render.ts';
import { loadCatalogue, loadTemplates } from '../../src/data/load.ts';
import { docxImportMessages } from '../../src/lib/drafts/docx-import.ts';

const out = join(projectRoot, 'test-output', 'hostile-files');
const session = useSite(() => mkdirSync(out, { recursive: true }));
const GiB = 2 ** 30;

describe('hostile files in the browser', () => {
  it('the builder refuses a zip bomb with its reason, and the page stays responsive', async () => {
    const bomb = join(out, 'bom-10-gib.docx');
    writeFileSync(bomb, bombDocx(10 * GiB, true));
    const { page, context, watch } = await watchedPage(session.browser, new URL(session.site.url).origin);
    await page.goto(`${session.site.url}lap-bao-cao/${KIND}/`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    // The import's code is loaded first, so the time measured is the refusal's alone.
    await page.locator('#cchc-import').setInputFiles({ name: 'rong.json', mimeType: 'application/json', buffer: Buffer.from('') });
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/^Không nhập được tệp “rong\.json”/);
    await page.locator('#cchc-import').setInputFiles(bomb);
    // Inflating the bomb would take minutes and gigabytes; a refusal is seconds even on a loaded machine.
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 15_000, interval: 50 })
      .toMatch(/^Không nhập được tệp “bom-10-gib\.docx”: Một phần nén trong tệp \(customXml\/item1\.xml\) nở ra hơn 200 lần/);
    // Responsive: a frame is drawn and a field takes typing at once.
    const frame = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    expect(frame).toBeGreaterThan(0);
    await page.getByLabel('Tên bản nháp').fill('Vẫn gõ được');
    expect(await page.getByLabel('Tên bản nháp').inputValue()).toBe('Vẫn gõ được');
    expect(await page.locator('#cchc-draft-select option').count()).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('the roll-up adds the good reports of a batch holding a malformed .docx and a bomb, and lists those two', async () => {
    const monthly = loadTemplates().get(KIND)!;
    const catalogue = loadCatalogue();
    const rnd = random(19);
    const paths: string[] = [];
    for (let i = 0; i < 6; i++) {
      const path = join(out, `don-vi-${i + 1}.docx`);
      writeFileSync(path, await renderBytes(monthly, unitDraft(i, unitFigures(rnd)), catalogue));
      paths.push(path);
    }
    // A report whose draft part holds a reference to no character (the issue's &#x110000;), as an editor could leave it.
    const files = unzipSync(new Uint8Array((await import('node:fs')).readFileSync(paths[0])));
    const part = Object.keys(files).find(
      (n) => /^customXml\/item\d+\.xml$/.test(n) && strFromU8(files[n]).includes('urn:cam-nang-cchc:draft'),
    )!;
    const xml = strFromU8(files[part]).replace(/<!\[CDATA\[([\s\S]*)\]\]>/, (_, json: string) =>
      json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace('"name":"', '"name":"&#x110000;'),
    );
    const malformed = join(out, 'xa-sai-ky-tu.docx');
    writeFileSync(malformed, zipSync({ ...files, [part]: strToU8(xml) }));
    const bomb = join(out, 'xa-bom.docx');
    writeFileSync(bomb, bombDocx(10 * GiB, true));
    const batch = [paths[0], paths[1], malformed, paths[2], bomb, paths[3], paths[4], paths[5]];

    const { page, context, watch } = await watchedPage(session.browser, new URL(session.site.url).origin);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${session.site.url}tong-hop/`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    await page.locator('#cchc-rollup-files').setInputFiles(batch);
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 20_000 })
      .toBe('Đã thêm 6 báo cáo vào bảng tổng hợp. 2 tệp không dùng được: xem danh sách bên dưới.');
    const problems = await page.getByTestId('problems').locator('li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(`xa-sai-ky-tu.docx: ${docxImportMessages.malformed}`);
    expect(problems[1]).toMatch(/^xa-bom\.docx: Một phần nén trong tệp .* “bom nén”/);
    expect(await page.locator('[data-testid="unit-table"] tbody tr').count()).toBe(6);
    // Read off the page's thread (src/components/rollup/reader.ts).
    expect(workers.some((u) => /reader\.worker/.test(u))).toBe(true);
    await page.locator('[data-testid="problems"]').screenshot({ path: join(out, 'rollup-problems-1366.png') });
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
