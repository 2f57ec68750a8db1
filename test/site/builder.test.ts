import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { downloadDocx, openAllParts, openBuilder as open, openHeader, useExample } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { distDir } from './support/dist.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxText } from '../support/nd30.ts';

const out = join(projectRoot, 'test-output');

/** Report kinds with a built builder page; the examples that exist for them. */
const kinds = (() => {
  try {
    const html = readFileSync(join(distDir, 'lap-bao-cao', 'index.html'), 'utf8');
    return [...new Set([...html.matchAll(/lap-bao-cao\/([a-z0-9-]+)\/"/g)].map((m) => m[1]))];
  } catch {
    return [];
  }
})();
const examples = new Set(
  kinds.filter((k) => {
    try {
      readFileSync(join(projectRoot, 'content/examples', `${k}.json`));
      return true;
    } catch {
      return false;
    }
  }),
);

const session = useSite(() => mkdirSync(out, { recursive: true }));

const openBuilder = (kind: string, options: Parameters<typeof open>[2] = {}) => open(session, kind, options);

describe('report builder', () => {
  it('has a builder page and an example for every report kind in content/templates', () => {
    const templates = readdirSync(join(projectRoot, 'content/templates'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    expect(templates.length).toBeGreaterThanOrEqual(7);
    expect([...kinds].sort()).toEqual([...templates].sort());
    expect([...examples].sort()).toEqual([...templates].sort());
  });

  for (const kind of kinds) {
    it.runIf(examples.has(kind))(
      `${kind}: example data → .docx that passes the Decree 30 checker and holds the example's text`,
      async () => {
        const { page, watch, context } = await openBuilder(kind);
        await useExample(page);
        const example = JSON.parse(readFileSync(join(projectRoot, 'content/examples', `${kind}.json`), 'utf8'));
        const file = join(out, `${kind}.docx`);
        const name = await downloadDocx(page, file);
        expect(name).toMatch(/^[A-Z0-9-]+-[a-z0-9-]+\.docx$/);
        const text = docxText(file);
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain(example.header.place);
        const firstProse = Object.values(example.values).find((v): v is string => typeof v === 'string' && v.length > 40);
        if (firstProse)
          expect(text).toContain(
            firstProse
              .split('\n')[0]
              .slice(0, 40)
              .replace(/^[-+] /, ''),
          );
        expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
        // The preview draws the same ReportDocument: its headings and paragraphs appear in the .docx, in the same order.
        await page.getByRole('button', { name: 'Xem trước' }).click();
        // A decision, the document and each appendix are pages of their own.
        await page.locator('.cchc-page').first().waitFor();
        const previewParas = await page.evaluate(() =>
          [...document.querySelectorAll('.cchc-page__body > p')].map((p) => {
            const copy = p.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('sup').forEach((s) => s.remove());
            return copy.textContent!.trim();
          }),
        );
        expect(previewParas.length).toBeGreaterThan(5);
        let at = 0;
        for (const para of previewParas.filter(Boolean)) {
          const found = text.indexOf(para, at);
          expect(found, `"${para.slice(0, 60)}…" in the .docx after position ${at}`).toBeGreaterThanOrEqual(0);
          at = found + para.length;
        }
        const previewHeader = await page.locator('.cchc-page__placedate').first().textContent();
        expect(text).toContain(previewHeader!.trim());
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.foreignRequests).toEqual([]);
        await context.close();
      },
    );
  }

  it('keeps typed text after a reload', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    await openHeader(page);
    const basis = page.getByLabel('Căn cứ (đoạn mở đầu)');
    await basis.fill('Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 — thử lưu tự động.');
    await expect.poll(() => page.getByTestId('saved-at').textContent()).toMatch(/^Đã tự lưu lúc \d{2}:\d{2}\.$/);
    // The last words typed are still being written when the page goes: the copy made then brings them back.
    await page.getByLabel('Địa danh').fill('Trung Lương');
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await openHeader(page);
    await expect
      .poll(() => page.getByLabel('Căn cứ (đoạn mở đầu)').inputValue())
      .toBe('Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 — thử lưu tự động.');
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Trung Lương');
    // Moved into IndexedDB: the copy is gone from localStorage.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cchc:v1:draft')))).toEqual([]);
    await context.close();
  });

  it('rejects a bad import file with a Vietnamese message and leaves the draft as it was', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    await openHeader(page);
    await page.getByLabel('Địa danh').fill('Giữ nguyên');
    const input = page.locator('#cchc-import');
    const cases: [string, string, RegExp][] = [
      ['hong.json', '{"format": "cam-nang-cchc/draft", ', /không phải tệp JSON hợp lệ/],
      ['khac.json', '{"name": "package", "version": "1.0.0"}', /không phải bản nháp của Cẩm nang CCHC/],
      ['moi-hon.json', JSON.stringify({ format: 'cam-nang-cchc/draft', version: 99, kind }), /phiên bản mới hơn/],
      ['loai-khac.json', JSON.stringify({ format: 'cam-nang-cchc/draft', version: 1, kind: 'loai-khac' }), /thuộc loại "loai-khac"/],
    ];
    for (const [name, content, message] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Không nhập được tệp' }).textContent()).toMatch(message);
      await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Giữ nguyên');
    }
    await context.close();
  });

  it('exports a draft and imports it back as a new draft', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    await openHeader(page);
    await page.getByLabel('Địa danh').fill('Xuất nhập');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất bản nháp (.json)' }).click(),
    ]);
    const file = join(out, 'draft.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.format).toBe('cam-nang-cchc/draft');
    expect(saved.version).toBe(2);
    await page.locator('#cchc-import').setInputFiles(file);
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Đã nhập bản nháp');
    expect(await page.locator('#cchc-draft-select option').count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Xuất nhập');
    await context.close();
  });

  it.runIf(kinds.includes('bao-cao-tthc-thang'))(
    'shows the consistency warning for the seed-000 figures (1.660 received vs 1.656 + 0 + 3)',
    async () => {
      const { page, context } = await openBuilder('bao-cao-tthc-thang');
      // The example's header and signature are complete: nothing but the figures' warning stands before the download.
      await useExample(page);
      await openAllParts(page);
      const field = (id: string) => page.locator(`#f-ket-qua-pakn-so-lieu-${id}`);
      await field('tiep-nhan').fill('1.660');
      await field('dung-han').fill('1656');
      await field('qua-han').fill('0');
      await field('dang-xu-ly').fill('3');
      const describedBy = await field('tiep-nhan').getAttribute('aria-describedby');
      expect(describedBy).toContain('f-ket-qua-pakn-so-lieu-tiep-nhan-issues');
      const issues = page.locator('#f-ket-qua-pakn-so-lieu-tiep-nhan-issues');
      await expect.poll(() => issues.textContent()).toMatch(/1\.660/);
      await expect(issues.textContent()).resolves.toMatch(/1\.659/);
      // Never blocking: the download still happens after the confirm step lists the warning.
      await page.getByRole('button', { name: 'Tải .docx' }).click();
      await expect(page.getByRole('dialog', { name: 'Trước khi tải về' }).textContent()).resolves.toMatch(/1\.660/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vẫn tải .docx' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      await context.close();
    },
  );

  it('warns when another tab saved the same draft and lets the user choose', async () => {
    const kind = kinds[0];
    const first = await openBuilder(kind);
    await openHeader(first.page);
    await first.page.getByLabel('Địa danh').fill('Thẻ một');
    const second = await openBuilder(kind, { context: first.context });
    await openHeader(second.page);
    await expect.poll(() => second.page.getByLabel('Địa danh').inputValue()).toBe('Thẻ một');
    await second.page.getByLabel('Địa danh').fill('Thẻ hai');
    await first.page.getByTestId('conflict').waitFor({ timeout: 5_000 });
    await expect.poll(() => first.page.getByLabel('Địa danh').inputValue()).toBe('Thẻ một');
    await first.page.getByRole('button', { name: 'Tải bản ở thẻ kia' }).click();
    await expect.poll(() => first.page.getByLabel('Địa danh').inputValue()).toBe('Thẻ hai');
    await first.context.close();
  });

  it('tells the user when storage is unavailable and keeps working', async () => {
    const kind = kinds[0];
    const { page, context } = await session.page();
    await context.addInitScript(() => {
      // Storage disabled for the site: no IndexedDB, and localStorage refuses.
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
    await page.locator('[data-ready="true"]').waitFor();
    await expect.poll(() => page.getByTestId('storage-notice').textContent()).toMatch(/không cho trang này lưu dữ liệu.*đóng trang là mất/);
    await openHeader(page);
    await page.getByLabel('Địa danh').fill('Trong bộ nhớ');
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Trong bộ nhớ');
    await context.close();
  });

  it('tells the user when storage is full, keeps the typed text and can still export', async () => {
    const kind = kinds[0];
    const { page, context } = await session.page({ acceptDownloads: true });
    await page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
    await page.locator('[data-ready="true"]').waitFor();
    // From now on every write is refused as over quota (test/site/storage.test.ts fills a real quota).
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await openHeader(page);
    await page.getByLabel('Địa danh').fill('Bộ nhớ đầy');
    await expect.poll(() => page.getByTestId('storage-notice').textContent()).toMatch(/bộ nhớ của trình duyệt trên máy này đã đầy/);
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Bộ nhớ đầy');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất bản nháp (.json)' }).click(),
    ]);
    const saved = join(out, 'storage-full-export.json');
    await download.saveAs(saved);
    expect(JSON.parse(readFileSync(saved, 'utf8')).header.place).toBe('Bộ nhớ đầy');
    await context.close();
  });

  it('prints only the A4 preview, not the form', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    await useExample(page);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.locator('.cchc-page').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = join(out, `print-${kind}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: false });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Nơi nhận:');
    for (const formText of ['Dùng dữ liệu mẫu', 'Tải .docx', 'Bản nháp đang mở', 'Cẩm nang CCHC']) expect(text).not.toContain(formText);
    await context.close();
  });

  it('has no axe-core violations and saves screenshots of the form and its preview', async () => {
    const kind = kinds[0];
    // The site's CSP forbids injected scripts; axe is injected by the test only.
    const { page, context } = await openBuilder(kind, { bypassCSP: true });
    if (examples.has(kind)) await useExample(page);
    await openAllParts(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(out, `builder-${kind}.png`), fullPage: true });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.locator('.cchc-page').waitFor();
    await page.locator('.cchc-page').screenshot({ path: join(out, `preview-${kind}.png`) });
    expect(await axeViolations(page, '#cchc-preview')).toEqual([]);
    await context.close();
  });

  it('works from the keyboard alone: tab to a field, type, add a document row', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    // Open the header from the keyboard: its fields load then.
    await page.locator('details.cchc-section > summary', { hasText: 'Phần đầu văn bản' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Địa danh').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('');
    await page.keyboard.type('Bàn phím');
    await openAllParts(page);
    const addRow = page.getByRole('button', { name: '+ Thêm văn bản' }).first();
    if (await addRow.count()) {
      await addRow.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('group', { name: 'Văn bản 1' }).first().waitFor({ timeout: 5_000 });
    }
    await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Bàn phím');
    await context.close();
  });

  it('shows a section its area checklist "Báo cáo cần thể hiện" and links to the area page', async () => {
    const kind = kinds[0];
    const { page, watch, context } = await openBuilder(kind);
    await openAllParts(page);
    const checklist = page.locator('details.cchc-checklist').first();
    await checklist.locator('summary').click();
    expect(await checklist.locator('summary').textContent()).toMatch(/^Báo cáo cần thể hiện: .+ \(\d+ mục\)$/);
    expect(await checklist.locator('li').count()).toBeGreaterThan(0);
    const link = checklist.getByRole('link', { name: /^Đọc thêm về lĩnh vực / });
    await link.waitFor();
    const target = await link.getAttribute('href');
    expect(target).toMatch(/\/linh-vuc\/[a-z0-9-]+\/#bao-cao-can-the-hien$/);
    await link.click();
    await page.waitForURL(/\/linh-vuc\//);
    expect(await page.locator('#bao-cao-can-the-hien').count()).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('inserts a citation found without diacritics into the focused field', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    await openHeader(page);
    const basis = page.getByLabel('Căn cứ (đoạn mở đầu)');
    await basis.fill('Căn cứ ');
    await basis.focus();
    await basis.press('End');
    await page.getByText('Chèn trích dẫn văn bản').click();
    await page.getByLabel(/Tìm văn bản/).fill('cong tac van thu');
    await page.getByRole('button', { name: /Chèn trích dẫn Nghị định số 30\/2020\/NĐ-CP/ }).click();
    await expect.poll(() => basis.inputValue()).toMatch(/^Căn cứ Nghị định số 30\/2020\/NĐ-CP ngày 05\/3\/2020 của Chính phủ/);
    await context.close();
  });

  it('manages named drafts: rename, duplicate, roll over to the next period, delete with undo', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    const select = page.getByLabel('Bản nháp đang mở');
    const name = page.getByLabel('Tên bản nháp');
    await name.fill('Kỳ thử');
    await name.press('Enter');
    await expect.poll(() => select.locator('option:checked').textContent()).toBe('Kỳ thử');
    await page.getByRole('button', { name: 'Nhân bản' }).click();
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await expect.poll(() => select.locator('option:checked').textContent()).toBe('Kỳ thử (bản sao)');
    await page.getByRole('button', { name: 'Tạo từ kỳ trước' }).click();
    await expect.poll(() => select.locator('option').count()).toBe(3);
    await expect.poll(() => select.locator('option:checked').textContent()).toMatch(/^Kỳ /);
    await page.getByRole('button', { name: 'Xóa bản nháp' }).click();
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(() => select.locator('option').count()).toBe(3);
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await expect.poll(() => page.getByLabel('Bản nháp đang mở').locator('option').count()).toBe(3);
    await context.close();
  });

  it('loads no more than the initial JavaScript until the first download, and docx only then', async () => {
    const kind = kinds[0];
    const { page, context } = await session.page();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
    await page.locator('[data-ready="true"]').waitFor();
    await page.waitForLoadState('networkidle');
    const before = scripts.length;
    const builtRender = readFileSync(join(distDir, 'lap-bao-cao', kind, 'index.html'), 'utf8');
    expect(builtRender).not.toMatch(/render\.[\w-]+\.js/);
    expect(scripts.some((s) => /\/render\.[\w-]+\.js$/.test(s))).toBe(false);
    // Editors, live checks, citation search and draft actions load on first use, not before.
    expect(
      scripts.filter((s) =>
        /\/(evaluate|SectionEditor|HeaderFields|SigningFields|CitationSearch|draft-actions|DownloadParts|ui-core)\.[\w-]+\.js$/.test(s),
      ),
    ).toEqual([]);
    if (examples.has(kind)) await useExample(page);
    await downloadDocx(page, join(out, `lazy-${kind}.docx`));
    expect(scripts.slice(before).some((s) => /\/render\.[\w-]+\.js$/.test(s))).toBe(true);
    await context.close();
  });
});
