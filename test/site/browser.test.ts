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
  const shown: string[] = [];
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
    shown.push((await page.locator('dialog[open] .pagefind-ui__results').textContent()) ?? '');
  }
  await context.close();
  return { found, shown, watch };
}

const search = async (query: string) => {
  const { found, shown, watch } = await searchAll([query]);
  return { titles: found[0], shown: shown[0], watch };
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
    const { titles, shown, watch } = await search('cải cách thể chế');
    expect(titles.join(' | ')).toContain('Cải cách thể chế');
    // A page's keywords are shown under their Vietnamese label; the diacritics-free copy is not shown.
    expect(shown).toContain('Từ khóa');
    expect(shown).not.toMatch(/Keywords|terms/i);
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

  it('puts the page a user wants among the first three, for its keywords and the builders’ names, with or without diacritics or a year', async () => {
    const guide = {
      tthc: 'Cải cách thủ tục hành chính',
      selfScore: 'Tự đánh giá, chấm điểm Chỉ số CCHC',
      appraisal: 'Giải trình kết quả thẩm định Chỉ số CCHC',
      plan: 'Kế hoạch cải cách hành chính năm',
      period: 'Kỳ báo cáo và thời điểm chốt số liệu',
      month: 'Báo cáo tháng, quý về cải cách thủ tục hành chính',
      finance: 'Cải cách tài chính công',
      civil: 'Cải cách chế độ công vụ',
      online: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
      index: 'Đánh giá, đo lường kết quả cải cách hành chính',
      layout: 'Thể thức văn bản theo Nghị định 30/2020/NĐ-CP',
      changes: 'Những thay đổi từ năm 2025 với báo cáo CCHC',
      rollup: 'Tổng hợp báo cáo của nhiều đơn vị',
      law: 'Cải cách thể chế',
    };
    const builder = {
      periodic: 'Báo cáo kết quả cải cách hành chính định kỳ',
      selfScore: 'Báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính',
      appraisal: 'Báo cáo giải trình kết quả thẩm định Chỉ số cải cách hành chính',
      plan: 'Kế hoạch cải cách hành chính năm',
      inspection: 'Thông báo kết luận kiểm tra cải cách hành chính',
      selfCheckPlan: 'Kế hoạch tự kiểm tra công tác cải cách hành chính',
      review: 'Báo cáo sơ kết, tổng kết thực hiện chương trình, nghị quyết, kế hoạch',
    };
    const selfCheck = ['Báo cáo kiểm tra, tự kiểm tra công tác CCHC', 'Kế hoạch tự kiểm tra công tác CCHC'];
    const wanted: [string, string[]][] = [
      ['một cửa', [guide.tthc]],
      ['mot cua', [guide.tthc]],
      ['chấm điểm chỉ số CCHC', [guide.selfScore]],
      ['cham diem chi so cchc', [guide.selfScore]],
      ['giải trình thẩm định', [guide.appraisal, builder.appraisal]],
      ['giai trinh tham dinh', [guide.appraisal, builder.appraisal]],
      ['tự đánh giá', [guide.selfScore, builder.selfScore]],
      ['tu danh gia', [guide.selfScore, builder.selfScore]],
      ['kế hoạch CCHC năm', [guide.plan]],
      ['ke hoach cchc nam', [guide.plan]],
      ['ke hoach cchc nam 2027', [guide.plan]],
      ['kế hoạch cải cách hành chính năm 2027', [guide.plan, builder.plan]],
      ['tự kiểm tra', selfCheck],
      ['tu kiem tra 2026', selfCheck],
      ['chốt số liệu', [guide.period]],
      ['chot so lieu', [guide.period]],
      ['kiem soat thu tuc hanh chinh', [guide.month, guide.tthc]],
      ['báo cáo tháng 11/2026', [guide.month]],
      ['tu chu kinh phi', [guide.finance]],
      ['quy chế chi tiêu nội bộ', [guide.finance]],
      ['chuyen doi vi tri cong tac', [guide.civil]],
      ['dịch vụ công trực tuyến', [guide.online]],
      ['thanh toan truc tuyen 2026', [guide.online]],
      ['PAR INDEX', [guide.index]],
      ['chỉ số cải cách', [guide.index]],
      ['the thuc van ban', [guide.layout]],
      ['chinh quyen hai cap', [guide.changes]],
      ['tong hop bao cao', [guide.rollup]],
      ['tiep can phap luat', [guide.law]],
      [builder.periodic, [builder.periodic]],
      ['bao cao ket qua cai cach hanh chinh dinh ky 2026', [builder.periodic]],
      [builder.inspection, [builder.inspection]],
      ['thong bao ket luan kiem tra cai cach hanh chinh', [builder.inspection]],
      [builder.selfCheckPlan, [builder.selfCheckPlan]],
      ['bao cao so ket tong ket', [builder.review]],
      ['bao cao giai trinh ket qua tham dinh chi so cai cach hanh chinh', [builder.appraisal]],
    ];
    expect(wanted.length).toBeGreaterThanOrEqual(25);
    const { found, watch } = await searchAll(
      wanted.map(([q]) => q),
      true,
    );
    const missed = wanted
      .map(([q, pages], i) => ({ q, pages, top: found[i].slice(0, 3) }))
      .filter(({ pages, top }) => !pages.some((p) => top.includes(p)))
      .map(({ q, top }) => `${q} → ${top.join(' | ')}`);
    expect(missed).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  it.each(['click', 'Ctrl+K'])(
    'puts the cursor in the search box the first time it opens (%s) and keeps what is typed at once',
    async (how) => {
      const { page, watch, context } = await session.page();
      // The search UI is downloaded on demand: hold it back so the typing certainly comes before it is drawn.
      let held = false;
      await page.route(/\/_astro\/ui-core\.[^/]*\.js$/, async (route) => {
        held = true;
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.goto(`${session.site.url}huong-dan/ky-bao-cao/`);
      // As a visitor does: the page has loaded and settled (Starlight's search script ran once the browser was idle).
      await page.waitForFunction(() => document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled === false);
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
      if (how === 'click')
        await page
          .getByRole('button', { name: /Tìm kiếm/i })
          .first()
          .click();
      else await page.keyboard.press('Control+k');
      await page.keyboard.type('tu danh gia');
      await page.waitForFunction(
        () => (document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '').endsWith('tu danh gia'),
        undefined,
        { timeout: 30_000 },
      );
      expect(held).toBe(true);
      const state = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('dialog[open] input')!;
        return {
          value: input.value,
          inputs: document.querySelectorAll('#starlight__search input').length,
          focused: document.activeElement === input,
          caret: input.selectionStart,
        };
      });
      expect(state).toEqual({ value: 'tu danh gia', inputs: 1, focused: true, caret: 'tu danh gia'.length });
      await page.keyboard.type(' 2026');
      await page.waitForFunction(
        () => (document.querySelector('dialog[open] .pagefind-ui__message')?.textContent ?? '').endsWith('tu danh gia 2026'),
        undefined,
        { timeout: 30_000 },
      );
      // Pagefind draws each result's place first (". . .") and its title when the result's fragment has loaded.
      await expect
        .poll(() => page.locator('dialog[open] .pagefind-ui__result-inner > .pagefind-ui__result-title').first().textContent(), {
          timeout: 30_000,
        })
        .toContain('Tự đánh giá, chấm điểm Chỉ số CCHC');
      expect(watch.consoleErrors).toEqual([]);
      await context.close();
    },
  );

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
