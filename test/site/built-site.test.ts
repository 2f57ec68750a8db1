import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtPages, distDir } from './support/dist.ts';
import { checkLinks } from './support/links.ts';
import { projectRoot } from './support/server.ts';
import { siteRepository } from '../../src/lib/feedback/report-link.ts';
import pkg from '../../package.json' with { type: 'json' };
import { waitForServiceWorker } from './support/service-worker.ts';
import { serveStatic } from './support/static-server.ts';
import { useSite } from './support/session.ts';

beforeAll(assertBuilt);
const session = useSite();

describe('built site', () => {
  const pages = () => builtPages();

  it('marks every page as Vietnamese', () => {
    const notVi = pages()
      .filter(([, html]) => !/<html lang="vi"/.test(html))
      .map(([p]) => p);
    expect(pages().length).toBeGreaterThan(3);
    expect(notVi).toEqual([]);
  });

  it('has no broken internal link and loads nothing from another host', () => {
    const report = checkLinks(distDir, '/');
    expect(report.links).toBeGreaterThan(50);
    expect(report.problems).toEqual([]);
  });

  it('sends a strict Content-Security-Policy on every page', () => {
    for (const [path, html] of pages()) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, path).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toMatch(/https?:/);
      const scriptSrc = /script-src ([^;]*)/.exec(csp!)![1];
      expect(scriptSrc).not.toContain('unsafe-inline');
      // Only style attributes (Starlight's icon sizes) may be inline without a hash.
      expect(/style-src ([^;]*)/.exec(csp!)![1]).not.toContain('unsafe-inline');
    }
  });

  it('publishes a catalogue page and an area page generated from their entries', () => {
    const paths = pages().map(([p]) => p);
    expect(paths).toContain('van-ban/index.html');
    expect(paths).toContain('van-ban/30-2020-nd-cp/index.html');
    expect(paths.some((p) => p.startsWith('linh-vuc/'))).toBe(true);
    const entry = pages().find(([p]) => p === 'van-ban/30-2020-nd-cp/index.html')![1];
    expect(entry).toContain('Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ');
  });

  it('shows the report link only when the build knows its repository (SITE_REPOSITORY or package.json)', () => {
    const expected = siteRepository(process.env, (pkg as { repository?: string }).repository);
    const html = pages().find(([p]) => p === 'linh-vuc/cai-cach-the-che/index.html')![1];
    if (expected) expect(html).toContain(`https://github.com/${expected}/issues/new?`);
    else expect(html).not.toContain('report-fact__link');
  });

  it('lists every catalogue entry on the catalogue index', () => {
    const index = pages().find(([p]) => p === 'van-ban/index.html')![1];
    const entries = pages().filter(([p]) => /^van-ban\/[^/]+\/index\.html$/.test(p));
    expect(entries.length).toBeGreaterThanOrEqual(40);
    for (const [path] of entries) expect(index, path).toContain(`href="/${path.replace(/index\.html$/, '')}"`);
  });

  it('flags a citation of a replaced document with what replaced it', () => {
    const html = pages().find(([p]) => p === 'linh-vuc/cai-cach-che-do-cong-vu/index.html')![1];
    expect(html).toMatch(
      /<span class="cite cite--superseded cite--historical" data-status="replaced"><a href="\/van-ban\/138-2020-nd-cp\/">[^<]+<\/a><span class="cite__flag"> \(đã bị thay thế; nay dùng <a href="\/van-ban\/170-2025-nd-cp\/">/,
    );
  });

  it('links every report builder to its how-to guide and back', () => {
    const builders = pages().filter(([p]) => /^lap-bao-cao\/[^/]+\/index\.html$/.test(p));
    expect(builders.length).toBeGreaterThanOrEqual(7);
    for (const [path, html] of builders) {
      const kind = path.split('/')[1];
      expect(html, path).toContain(`href="/huong-dan/${kind}/"`);
      const guide = pages().find(([p]) => p === `huong-dan/${kind}/index.html`)?.[1];
      expect(guide, `huong-dan/${kind}/`).toContain(`href="../../lap-bao-cao/${kind}/"`);
    }
  });

  it('gives every area page its checklist and at least one citation', () => {
    const areas = pages().filter(([p]) => /^linh-vuc\/[^/]+\/index\.html$/.test(p));
    expect(areas.length).toBeGreaterThanOrEqual(8);
    for (const [path, html] of areas) {
      expect(html, path).toContain('id="bao-cao-can-the-hien"');
      expect(html, path).toMatch(/class="cite[ "]/);
    }
  });
});

describe('site under a GitHub Pages project path', () => {
  const outDir = join(projectRoot, 'test-output', 'base-build');

  beforeAll(() => {
    execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: projectRoot,
      // A clean environment: vitest puts Vite's BASE_URL/MODE into process.env, which would override `base`.
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        BASE_PATH: '/cam-nang-cchc/',
        SITE: 'https://example.github.io',
        // As the deploy workflow passes it (from github.repository): pages get the "Báo thông tin chưa đúng" link.
        SITE_REPOSITORY: 'example-owner/cam-nang-cchc',
      },
      stdio: 'pipe',
    });
    // A whole build: minutes on a machine busy with other work.
  }, 600_000);

  it('keeps every internal link inside /cam-nang-cchc/', () => {
    const report = checkLinks(outDir, '/cam-nang-cchc/');
    expect(report.links).toBeGreaterThan(50);
    expect(report.problems).toEqual([]);
  });

  it('gives every guidance and catalogue page a "Báo thông tin chưa đúng" link to a new issue naming the page, and builders none', () => {
    const pages = builtPages(outDir);
    const linkOf = (html: string) => /<a href="([^"]+)"[^>]*class="report-fact__link"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    const reported = pages.filter(([p]) => /^(linh-vuc|huong-dan|van-ban)\//.test(p) || p === 'index.html');
    expect(reported.length).toBeGreaterThan(60);
    for (const [path, html] of reported) {
      const link = linkOf(html);
      expect(link, path).toBeDefined();
      const url = new URL(link!);
      expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example-owner/cam-nang-cchc/issues/new');
      const address = `https://example.github.io/cam-nang-cchc/${path.replace(/index\.html$/, '')}`;
      expect(url.searchParams.get('body'), path).toContain(`\n${address}\n`);
      expect(url.searchParams.get('body')).toContain('**Nguồn đề nghị**');
      expect(url.searchParams.get('title')).toMatch(/^Thông tin chưa đúng: ./);
    }
    const entry = new URL(linkOf(pages.find(([p]) => p === 'van-ban/170-2025-nd-cp/index.html')![1])!);
    expect(entry.searchParams.get('body')).toContain(
      '- Văn bản: Nghị định số 170/2025/NĐ-CP\n- Tình trạng: Còn hiệu lực, đã được sửa đổi, bổ sung',
    );
    for (const [path, html] of pages.filter(([p]) => /^(lap-bao-cao|tong-hop)\//.test(p))) expect(linkOf(html), path).toBeUndefined();
  });

  it('works offline under /cam-nang-cchc/ after one visit: the service worker, its scope and the manifest live under the base path', async () => {
    const site = await serveStatic(outDir, '/cam-nang-cchc/');
    const context = await session.browser.newContext({ locale: 'vi-VN' });
    try {
      const page = await context.newPage();
      await page.goto(site.url);
      await waitForServiceWorker(page);
      const registration = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.ready;
        return { scope: r.scope, script: r.active?.scriptURL };
      });
      expect(registration).toEqual({ scope: site.url, script: `${site.url}sw.js` });
      expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/cam-nang-cchc/manifest.webmanifest');
      await context.setOffline(true);
      await page.goto(`${site.url}lap-bao-cao/bao-cao-cchc-dinh-ky/`);
      await page.reload();
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await page.locator('summary', { hasText: 'Phần đầu văn bản' }).click();
      await page.getByLabel('Địa danh').waitFor();
    } finally {
      await context.close();
      await site.stop();
    }
  });
});
