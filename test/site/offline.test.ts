import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { generateServiceWorker, precacheOptions, swFile } from '../../src/integrations/service-worker.ts';
import { checkNd30, docxText } from '../support/nd30.ts';
import { watchedPage } from './support/browser.ts';
import { downloadDocx, formPart, openHeader } from './support/builder.ts';
import { builtPages, distDir } from './support/dist.ts';
import { projectRoot } from './support/server.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { useSite } from './support/session.ts';
import { serveStatic } from './support/static-server.ts';
import { storedEntries } from './support/drafts.ts';

const out = join(projectRoot, 'test-output');
const session = useSite(() => mkdirSync(out, { recursive: true }));

/** A report kind with a builder page and an example draft. */
const kind = (() => {
  const dir = join(distDir, 'lap-bao-cao');
  if (!existsSync(dir)) return 'bao-cao-cchc-dinh-ky';
  return readdirSync(dir).find((k) => existsSync(join(projectRoot, 'content/examples', `${k}.json`))) ?? 'bao-cao-cchc-dinh-ky';
})();
const basis = 'Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 — soạn khi mất mạng.';

/** Opens a part of the form without waiting for its editors (they may fail to load here). */
async function openPart(page: Page, name: string) {
  const part = formPart(page, name);
  if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open))) await part.locator('summary').click();
  return part;
}

async function search(page: Page, query: string): Promise<string[]> {
  await page
    .getByRole('button', { name: /Tìm kiếm/i })
    .first()
    .click();
  const input = page.locator('dialog[open] input').first();
  await input.fill(query);
  await page.waitForFunction(
    () =>
      /^\d+ kết quả cho /.test(document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '') &&
      !document.querySelector('dialog[open] .pagefind-ui__loading'),
    undefined,
    { timeout: 15_000 },
  );
  return page.locator('dialog[open] .pagefind-ui__result-title').allTextContents();
}

/** Screenshots at 1366 and 390 px wide (test-output/<name>-<width>.png), with `centre` in the middle of the view. */
const screenshots = async (page: Page, name: string, centre: string) => {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page
      .locator(centre)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(out, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
};

describe('offline after one visit (service worker)', () => {
  it('precaches every page, every script and stylesheet, and the search index, all from the site itself', async () => {
    const sw = readFileSync(join(distDir, swFile), 'utf8');
    // Workbox's runtime is inlined: the worker loads no script, from a CDN or anywhere else.
    expect(sw).not.toMatch(/importScripts\s*\(/);
    const { manifestEntries } = await getManifest(precacheOptions(distDir));
    const urls = new Set(manifestEntries!.map((e) => (typeof e === 'string' ? e : e.url)));
    for (const url of urls) expect(sw, url).toContain(JSON.stringify(url));
    for (const url of urls) expect(url).not.toMatch(/^(https?:)?\/\//);
    const files = (dir: string): string[] =>
      readdirSync(join(distDir, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
      );
    const expected = [
      ...builtPages().map(([p]) => p),
      ...files('_astro'),
      ...files('pagefind/index'),
      ...files('pagefind/fragment'),
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'manifest.webmanifest',
      'favicon.svg',
      ...files('icons'),
    ];
    expect(expected.filter((f) => !urls.has(f))).toEqual([]);
    // What no page uses stays out.
    expect([...urls].filter((u) => /sitemap|pagefind-(component-|modular-)?ui|\.map$/.test(u))).toEqual([]);
  });

  it('opens a builder offline after visiting another page: reload, fill a field, preview, download a .docx that passes the Decree 30 checker', async () => {
    const { page, watch, context } = await session.page({ serviceWorkers: 'allow' });
    await page.goto(session.site.url);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Đã điền dữ liệu mẫu');
    await openHeader(page);
    await page.getByLabel('Căn cứ (đoạn mở đầu)').fill(basis);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.locator('.cchc-page').waitFor();
    await expect.poll(() => page.locator('.cchc-page').textContent()).toContain(basis);
    const file = join(out, `offline-${kind}.docx`);
    await downloadDocx(page, file);
    expect(docxText(file)).toContain(basis);
    expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
    await screenshots(page, 'offline-builder', '.cchc-actions');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('opens a guidance page and searches offline after visiting a builder', async () => {
    const { page, watch, context } = await session.page({ serviceWorkers: 'allow' });
    await page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${session.site.url}linh-vuc/cai-cach-the-che/`);
    await page.reload();
    expect(await page.locator('h1').first().textContent()).toContain('Cải cách thể chế');
    const titles = await search(page, 'cải cách thủ tục');
    expect(titles).toContain('Cải cách thủ tục hành chính');
    await page.locator('dialog[open] .pagefind-ui__result-link', { hasText: 'Cải cách thủ tục hành chính' }).first().click();
    await page.waitForURL(/\/linh-vuc\/cai-cach-thu-tuc-hanh-chinh\/$/);
    expect(await page.locator('h1').first().textContent()).toContain('Cải cách thủ tục hành chính');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('can be installed as an app: a manifest on every page, with a Vietnamese short name and 192/512 px icons, maskable too', async () => {
    for (const [path, html] of builtPages()) expect(html, path).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest"/);
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.short_name).toBe('Cẩm nang');
    expect(manifest.lang).toBe('vi');
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    for (const size of ['192x192', '512x512'])
      for (const purpose of ['any', 'maskable']) expect(icons.some((i) => i.sizes === size && i.purpose === purpose)).toBe(true);
    for (const icon of icons) expect(existsSync(join(distDir, icon.src)), icon.src).toBe(true);
    // Chrome's own installability check, in a normal (non-incognito) profile, which installing needs. Chrome no
    // longer asks for a service worker to install a site (the worker is tested above), so it is left out here.
    const profile = mkdtempSync(join(tmpdir(), 'cchc-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      serviceWorkers: 'block',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    try {
      const page = await context.newPage();
      await page.goto(session.site.url);
      const cdp = await context.newCDPSession(page);
      const { errors } = await cdp.send('Page.getAppManifest');
      expect(errors).toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('when code loaded on demand cannot be downloaded', () => {
  it('says in Vietnamese what failed and that the typed text is safe, in every place that loads code on demand', async () => {
    // No service worker (as before it has finished saving the site): going offline leaves every on-demand chunk unreachable.
    const { page, context } = await session.page({ serviceWorkers: 'block' });
    await page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
    await page.locator('[data-ready="true"]').waitFor();
    await openHeader(page);
    // Offline before the first edit: what the builder loads after it (the checks, the download's code) cannot come.
    await context.setOffline(true);
    await page.getByLabel('Căn cứ (đoạn mở đầu)').fill(basis);
    const alert = (scope: string) => page.locator(`${scope} [role="alert"]`).first();
    const safe = /Nội dung đã nhập vẫn được lưu trên máy này/;

    const part = await openPart(page, 'Kết thúc, ký và nơi nhận');
    await expect.poll(() => part.locator('[role="alert"]').textContent()).toMatch(/^Không tải được phần này/);
    expect(await part.locator('[role="alert"]').textContent()).toMatch(safe);
    expect(await page.locator('.cchc-loading').count()).toBe(0);

    await page.locator('.cchc-cite > summary').click();
    await expect.poll(() => alert('.cchc-cite').textContent()).toMatch(/^Không tải được phần này/);

    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => alert('#cchc-preview').textContent()).toMatch(/^Không tải được bản xem trước.*Nội dung đã nhập vẫn được lưu/);

    await page.getByRole('button', { name: 'Tải .docx' }).click();
    await expect.poll(() => alert('.cchc-download').textContent()).toMatch(/^Không tạo được tệp \.docx.*Nội dung đã nhập vẫn được lưu/);
    expect(await page.getByRole('button', { name: 'Tải .docx' }).isEnabled()).toBe(true);

    await page.getByRole('button', { name: 'Xuất bản nháp (.json)' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/^Không tải được chức năng này.*vẫn được lưu/);

    await screenshots(page, 'offline-load-failed', '.cchc-download');

    // The typed text is still in the form and in storage.
    expect(await page.getByLabel('Căn cứ (đoạn mở đầu)').inputValue()).toBe(basis);
    expect(JSON.stringify(await storedEntries(page))).toContain('soạn khi mất mạng');

    await page
      .getByRole('button', { name: /Tìm kiếm/i })
      .first()
      .click();
    await expect
      .poll(() => page.locator('dialog[open] [role="alert"]').textContent())
      .toBe('Không tải được ô tìm kiếm (có thể do mất mạng). Hãy kết nối mạng rồi tải lại trang.');
    await context.close();
  });
});

describe('a new deploy', () => {
  it('is announced on the next visit ("Đã có bản cập nhật — Tải lại"), never reloads by itself, and keeps the draft', async () => {
    // A copy of the built site that the test "deploys" again with one page changed, as GitHub Pages would serve it.
    const dir = mkdtempSync(join(tmpdir(), 'cchc-deploy-'));
    cpSync(distDir, dir, { recursive: true });
    const site = await serveStatic(dir, (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/'));
    let context: BrowserContext | undefined;
    try {
      const w = await watchedPage(session.browser, new URL(site.url).origin, { serviceWorkers: 'allow' });
      context = w.context;
      const { page } = w;
      const builder = `${site.url}lap-bao-cao/${kind}/`;
      await page.goto(builder);
      await page.locator('[data-ready="true"]').waitFor();
      await waitForServiceWorker(page);
      await openHeader(page);
      await page.getByLabel('Căn cứ (đoạn mở đầu)').fill(basis);
      await expect.poll(() => page.getByTestId('saved-at').textContent()).toMatch(/^Đã tự lưu/);
      expect(await page.locator('#cchc-update').count()).toBe(0);

      const changed = join(dir, 'linh-vuc', 'cai-cach-the-che', 'index.html');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace('</h1>', ' (bản mới)</h1>'));
      await generateServiceWorker(dir);

      await page.goto(builder);
      await page.locator('[data-ready="true"]').waitFor();
      const notice = page.locator('#cchc-update');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toContain('Đã có bản cập nhật —');
      expect(await notice.getAttribute('role')).toBe('status');
      // Typing goes on while the notice is shown: the page stays, the field keeps the focus and the text.
      await page.evaluate(() => ((window as unknown as { stay: boolean }).stay = true));
      await openHeader(page);
      const field = page.getByLabel('Căn cứ (đoạn mở đầu)');
      expect(await field.inputValue()).toBe(basis);
      await field.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' Đang gõ tiếp.', { delay: 40 });
      await page.waitForTimeout(1500);
      expect(await field.inputValue()).toBe(`${basis} Đang gõ tiếp.`);
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBe(true);
      await screenshots(page, 'update-notice', 'textarea:focus');

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Tải lại' }).click()]);
      expect(await page.evaluate(() => (window as unknown as { stay?: boolean }).stay)).toBeUndefined();
      await page.locator('[data-ready="true"]').waitFor();
      expect(await page.locator('#cchc-update').count()).toBe(0);
      await openHeader(page);
      expect(await page.getByLabel('Căn cứ (đoạn mở đầu)').inputValue()).toBe(`${basis} Đang gõ tiếp.`);
      // The new version is the one saved for offline use.
      await context.setOffline(true);
      await page.goto(`${site.url}linh-vuc/cai-cach-the-che/`);
      expect(await page.locator('h1').first().textContent()).toContain('(bản mới)');
      expect(w.watch.foreignRequests).toEqual([]);
    } finally {
      await context?.close();
      await site.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
