import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';
import { builtPages } from './support/dist.ts';

const session = useSite();

/**
 * Types each query into Starlight's search dialog and returns the result titles for each: every title shown
 * (pages and their sections), or with `pagesOnly` the pages alone, in the order shown.
 */
async function searchAll(queries: string[], pagesOnly = false) {
  const { page, watch, context } = await session.page();
  await page.goto(session.site.url);
  await page
    .getByRole('button', { name: /Tìm kiếm/i })
    .first()
    .click();
  const input = page.locator('dialog[open] input').first();
  const found: string[][] = [];
  for (const query of queries) {
    await input.fill('');
    await input.fill(query);
    // Pagefind first shows placeholder rows ("pagefind-ui__loading"), then the titles.
    await page
      .waitForFunction(
        (q) =>
          /^(\d+ kết quả|Không có kết quả) cho /.test(document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '') &&
          !!document.querySelector('dialog[open] .pagefind-ui__message')?.textContent?.endsWith(q) &&
          !document.querySelector('dialog[open] .pagefind-ui__loading'),
        query,
        // A loaded machine can take long; a query that never settles fails here rather than passing with partial results.
        { timeout: 30_000 },
      )
      .catch(() => {
        throw new Error(`Tìm "${query}": Pagefind không trả kết quả sau 30 giây`);
      });
    const titles = pagesOnly
      ? 'dialog[open] .pagefind-ui__result-inner > .pagefind-ui__result-title'
      : 'dialog[open] .pagefind-ui__result-title';
    found.push((await page.locator(titles).allTextContents()).map((t) => t.trim()));
  }
  await context.close();
  return { found, watch };
}

const search = async (query: string) => {
  const { found, watch } = await searchAll([query]);
  return { titles: found[0], watch };
};

describe('site in a real browser', () => {
  it('opens the home page, then an area page and a catalogue page through links, without errors or foreign requests', async () => {
    const { page, watch, context } = await session.page();
    await page.goto(session.site.url);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Cẩm nang CCHC');
    await page.getByRole('link', { name: 'Các lĩnh vực CCHC' }).first().click();
    await page.waitForURL(/\/linh-vuc\/$/);
    await page.locator('.area-list a').first().click();
    await page.waitForURL(/\/linh-vuc\/[a-z-]+\/$/);
    expect(await page.locator('h2#bao-cao-can-the-hien').count()).toBe(1);
    await page.locator('.cite a').first().click();
    await page.waitForURL(/\/van-ban\/[a-z0-9-]+\/$/);
    expect((await page.locator('.citation-sample').textContent())?.trim()).toBeTruthy();
    await page.goto(`${session.site.url}van-ban/`);
    expect(await page.locator('.catalogue-list a').count()).toBeGreaterThan(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('finds pages by a Vietnamese query typed with diacritics', async () => {
    const { titles, watch } = await search('cải cách thể chế');
    expect(titles.join(' | ')).toContain('Cải cách thể chế');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('finds the same pages when the query is typed without diacritics', async () => {
    expect((await search('cai cach the che')).titles.join(' | ')).toContain('Cải cách thể chế');
    expect((await search('cai cach thu tuc')).titles.join(' | ')).toContain('Cải cách thủ tục hành chính');
  });

  it('finds every area and guide page by its Vietnamese name', async () => {
    const titles = builtPages()
      .filter(([p]) => /^(linh-vuc|huong-dan)\/[^/]+\/index\.html$/.test(p))
      .map(([, html]) => /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1].replaceAll('&amp;', '&'));
    expect(titles.length).toBeGreaterThanOrEqual(19);
    const { found } = await searchAll(titles);
    const missed = titles.filter((title, i) => !found[i].includes(title));
    expect(missed).toEqual([]);
  });

  it('finds a catalogue entry by its number', async () => {
    expect((await search('30/2020/NĐ-CP')).titles.join(' | ')).toContain('Nghị định số 30/2020/NĐ-CP');
  });

  it('puts the page a user wants among the first three pages for everyday queries, with or without diacritics', async () => {
    const tthc = 'Cải cách thủ tục hành chính';
    const index = 'Đánh giá, đo lường kết quả cải cách hành chính';
    const online = 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số';
    const selfCheck = ['Báo cáo kiểm tra, tự kiểm tra công tác CCHC', 'Kế hoạch tự kiểm tra công tác CCHC'];
    const wanted: [string, string[]][] = [
      ['một cửa', [tthc]],
      ['mot cua', [tthc]],
      ['chỉ số cải cách', [index]],
      ['PAR INDEX', [index]],
      ['dịch vụ công trực tuyến', [online]],
      ['thanh toán trực tuyến', [online]],
      ['tự kiểm tra', selfCheck],
      ['tu kiem tra', selfCheck],
    ];
    const { found } = await searchAll(
      wanted.map(([q]) => q),
      true,
    );
    const missed = wanted
      .map(([q, pages], i) => ({ q, pages, top: found[i].slice(0, 3) }))
      .filter(({ pages, top }) => !pages.some((p) => top.includes(p)))
      .map(({ q, top }) => `${q} → ${top.join(' | ')}`);
    expect(missed).toEqual([]);
  });

  it('on a phone, a wide guidance table keeps readable columns and scrolls sideways under a visible hint', async () => {
    const phone = await session.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.page.goto(`${session.site.url}huong-dan/thay-doi-2025/`);
    const region = phone.page.locator('.table-block .table-scroll').first();
    const m = await region.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, tab: (e as HTMLElement).tabIndex }));
    expect(m.scroll).toBeGreaterThan(m.client + 50);
    expect(m.tab).toBe(0);
    expect(await region.getAttribute('aria-label')).toMatch(/^Bảng: Nội dung, /);
    expect(await phone.page.locator('.table-block .table-scroll__hint').first().isVisible()).toBe(true);
    await phone.context.close();
    const desk = await session.page({ viewport: { width: 1366, height: 900 } });
    await desk.page.goto(`${session.site.url}huong-dan/thay-doi-2025/`);
    expect(await desk.page.locator('.table-block .table-scroll__hint').first().isVisible()).toBe(false);
    await desk.context.close();
  });

  it('"Trên trang này" lists the real sections of a catalogue entry and of a builder, and each link leads somewhere', async () => {
    const { page, context, watch } = await session.page({
      viewport: { width: 1366, height: 900 },
    });
    const tocTargets = async () =>
      (
        await page
          .locator('.right-sidebar nav[aria-labelledby="starlight__on-this-page"] a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      ).filter((h) => h !== '#_top');
    await page.goto(`${session.site.url}van-ban/130-2005-nd-cp/`);
    expect(await tocTargets()).toEqual(
      expect.arrayContaining(['#trich-dan', '#thong-tin', '#tinh-trang', '#cac-moc-thay-doi', '#ghi-chu', '#nguon']),
    );
    for (const kind of ['bao-cao-tthc-thang', 'ke-hoach-cchc-nam']) {
      await page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
      const targets = await tocTargets();
      expect(targets.length).toBeGreaterThanOrEqual(3);
      for (const t of targets) await page.locator(t).first().waitFor({ state: 'attached', timeout: 10_000 });
    }
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
