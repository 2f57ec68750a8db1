/**
 * The next report starts from this one (issue 22), in Chromium: a month made from the previous one carries its pending
 * files and marks what is left of the old month; a plan made from the sample for another unit and year lists the
 * sample's leftovers before download; no builder's form shows template code once filled with its example; a monthly
 * report with its Phụ lục by lĩnh vực (imported from a provincial "Excel" that is HTML saved as .xls) passes the Decree
 * 30 checker; a copy marked "DỰ THẢO" downloads when only what signing adds is missing. LibreOffice draws each .docx
 * (test-output/cycle/*.png) and the screens are saved at 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedPage } from './support/browser.ts';
import { downloadDocx, useExample } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxPart, docxText } from '../support/nd30.ts';
import { bieu06Grid, htmlXlsOf, LINH_VUC } from '../unit/import/fixtures.ts';

const out = join(projectRoot, 'test-output', 'cycle');
const session = useSite(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});
const FILES = 'ket-qua/giai-quyet-tthc:so-lieu';

async function openBuilder(kind: string) {
  const w = await watchedPage(session.browser, new URL(session.site.url).origin);
  await w.page.setViewportSize({ width: 1366, height: 900 });
  await w.page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
  await w.page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
  return w;
}
async function openPart(page: Page, name: string) {
  const part = page.locator('details.cchc-section', { has: page.locator('summary', { hasText: name }) }).first();
  if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open))) await part.locator('summary').click();
  await part.locator('.cchc-loading').waitFor({ state: 'detached' });
  return part;
}
/** The .docx drawn by LibreOffice: its pages as PNG files `<name>-<n>.png`, for a look. */
function drawPages(docx: string, name: string): number {
  const profile = `/tmp/lo-cycle-${process.pid}`;
  const r = spawnSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', out, docx],
    { encoding: 'utf8', timeout: 120_000 },
  );
  rmSync(profile, { recursive: true, force: true });
  expect(r.status, r.stderr).toBe(0);
  const pdf = docx.replace(/\.docx$/, '.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, name)]);
  return readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length;
}
const confirmText = (page: Page) => page.locator('.cchc-confirm').innerText();

describe('the next report starts from this one', () => {
  it('a month made from the previous one has its carried-over files, and what is left of the old month is marked', async () => {
    const { page, watch } = await openBuilder('bao-cao-tthc-thang');
    // November, as the user left it: Biểu 06 figures (66 files still pending) and a sentence with November in it.
    const example = JSON.parse(readFileSync(join(projectRoot, 'content/examples/bao-cao-tthc-thang.json'), 'utf8'));
    const november = {
      ...example,
      name: 'UBND thị xã Mỹ Hào, tháng 11 năm 2026',
      header: { ...example.header, date: '2026-11-20', period: { kind: 'thang', year: 2026, index: 11 } },
      values: {
        ...example.values,
        [FILES]: {
          'tu-ky-truoc': 40,
          'moi-truc-tuyen': 900,
          'moi-truc-tiep': 294,
          'da-dung-han': 1160,
          'da-qua-han': 8,
          'dang-trong-han': 60,
          'dang-qua-han': 6,
        },
        'danh-gia/danh-gia-chung:noi-dung': 'Trong tháng 11 năm 2026, thị xã tiếp nhận 1.234 hồ sơ, giải quyết đúng hạn 1.160 hồ sơ.',
      },
    };
    const file = join(out, 'thang-11.json');
    writeFileSync(file, JSON.stringify(november));
    await page.locator('#cchc-import').setInputFiles(file);
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('thành một bản nháp mới');

    await page.getByRole('button', { name: 'Tạo từ kỳ trước' }).click();
    // The name keeps the unit.
    await expect.poll(() => page.locator('#cchc-draft-name').inputValue()).toBe('UBND thị xã Mỹ Hào, tháng 12 năm 2026');
    await openPart(page, 'Kết quả thực hiện');
    const carried = page.locator(`#f-${FILES.replace(/[/:]/g, '-')}-tu-ky-truoc`);
    await expect.poll(() => carried.inputValue()).toBe('66');
    const mark = page.locator(`#f-${FILES.replace(/[/:]/g, '-')}-tu-ky-truoc-issues`);
    await expect.poll(() => mark.textContent()).toContain('Lấy từ kỳ trước (tháng 11 năm 2026)');
    const block = page.locator('fieldset.cchc-indicators', { hasText: 'Kết quả giải quyết hồ sơ thủ tục hành chính' });
    await block.screenshot({ path: join(out, 'carried-1366.png') });

    // The old month's sentence is marked at its field at once, untouched.
    const part = await openPart(page, 'Đánh giá chung');
    await expect.poll(() => part.locator('#f-danh-gia-danh-gia-chung-noi-dung-issues').textContent()).toMatch(/Còn từ kỳ trước/);
    const issues = await part.locator('#f-danh-gia-danh-gia-chung-noi-dung-issues').textContent();
    expect(issues).toContain('“tháng 11 năm 2026”');
    expect(issues).toContain('“1.234”');
    await page.setViewportSize({ width: 390, height: 844 });
    await part.locator('#f-danh-gia-danh-gia-chung-noi-dung').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'carried-text-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });

    // Listed before download; the .docx holds the carried files.
    await page.getByRole('button', { name: 'Tải .docx', exact: true }).click();
    await expect.poll(() => confirmText(page)).toContain('Còn từ kỳ trước — Đánh giá chung');
    await page.locator('.cchc-confirm').screenshot({ path: join(out, 'carried-confirm-1366.png') });
    await page.getByRole('button', { name: 'Quay lại sửa' }).click();
    const docx = join(out, 'thang-12.docx');
    await downloadDocx(page, docx);
    expect(docxText(docx)).toContain('- Số hồ sơ từ kỳ trước chuyển sang: 66 hồ sơ');
    expect(checkNd30(docx).filter((r) => !r.ok)).toEqual([]);
    expect(drawPages(docx, 'thang-12')).toBeGreaterThanOrEqual(2);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  }, 120_000);

  it('a plan made from the sample for another unit and year lists the leftovers before download', async () => {
    const { page, watch } = await openBuilder('ke-hoach-cchc-nam');
    await useExample(page);
    const header = await openPart(page, 'Phần đầu văn bản');
    // A plan has a year, no reporting period or data cut-off.
    expect(await header.getByText('Kỳ báo cáo', { exact: true }).count()).toBe(0);
    expect(await header.getByText('Thời gian chốt số liệu').count()).toBe(0);
    expect(await header.getByText('Tỉnh quy định ngày chốt số liệu khác').count()).toBe(0);
    // Until its unit is changed, the draft says it is the sample.
    await expect.poll(() => page.locator('#f-header-issuer-issues').textContent()).toContain('Bản nháp đang là dữ liệu mẫu');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('ỦY BAN NHÂN DÂN\nXÃ EA H’LEO');
    await page.getByLabel('Địa danh').fill('Ea H’leo');
    await page.getByLabel('Năm', { exact: true }).fill('2027');
    await page.getByLabel('Năm', { exact: true }).blur();
    await expect.poll(() => page.locator('#f-header-issuer-issues').count()).toBe(0);

    await page.getByRole('button', { name: 'Tải .docx', exact: true }).click();
    await expect.poll(() => confirmText(page)).toContain('nhắc đến “xã Minh Hòa”, không phải đơn vị ban hành (xã Ea H’leo)');
    const list = await confirmText(page);
    expect(list).toContain('“năm 2026”, khác kỳ của văn bản (năm 2027)');
    expect(list).toContain('câu của dữ liệu mẫu');
    // The opening's sentence naming the sample's unit and year is the sample's too (the template's own words are not).
    expect(list).toMatch(
      /Căn cứ, đoạn mở đầu: còn 2 câu của dữ liệu mẫu: “Căn cứ Kế hoạch số …\/KH-UBND ngày …\/12\/2025.*“Ủy ban nhân dân xã Minh Hòa ban hành/,
    );
    expect(list).not.toContain('Chưa thấy điểm nào cần xem lại');
    await page.locator('.cchc-confirm').screenshot({ path: join(out, 'plan-leftovers-1366.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.cchc-confirm').screenshot({ path: join(out, 'plan-leftovers-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
    // A link takes the user to the field.
    await page.locator('.cchc-confirm a', { hasText: 'nhắc đến “xã Minh Hòa”' }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^f-/);
    expect(watch.consoleErrors).toEqual([]);
  }, 120_000);

  it('no builder’s form shows template code once filled with its example', async () => {
    const kinds = readdirSync(join(projectRoot, 'content/examples')).map((f) => f.replace(/\.json$/, ''));
    expect(kinds.length).toBeGreaterThanOrEqual(9);
    for (const kind of kinds) {
      const { page, context, watch } = await openBuilder(kind);
      await useExample(page);
      // Every part opened at once (each loads its fields when opened), then read once all have drawn.
      await page.evaluate(() => document.querySelectorAll('details.cchc-section').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      // Loading a part's code and drawing it takes seconds on a loaded machine (expect.poll gives up after 1 s by default).
      await expect
        .poll(() => page.locator('details.cchc-section:not([open]), details.cchc-section .cchc-loading').count(), { timeout: 30_000 })
        .toBe(0);
      await page
        .locator('details.cchc-section .cchc-pending')
        .waitFor({ state: 'detached' })
        .catch(() => {});
      const shown = await page.evaluate(() => {
        const form = document.querySelector('form.cchc-form') as HTMLElement;
        const fields = [...form.querySelectorAll('input, textarea')].flatMap((el) => [
          (el as HTMLInputElement).value,
          el.getAttribute('placeholder') ?? '',
        ]);
        return [form.innerText, ...fields].join('\n');
      });
      expect(shown.match(/\{[a-z_]+\}|\[\[[^\]]*\]\]/g), kind).toBeNull();
      expect(watch.consoleErrors, kind).toEqual([]);
      await context.close();
    }
  }, 300_000);

  it('a monthly report with its Phụ lục by lĩnh vực, imported from HTML saved as .xls, passes the Decree 30 checker', async () => {
    const { page, watch } = await openBuilder('bao-cao-tthc-thang');
    await useExample(page);
    await openPart(page, 'Kết quả thực hiện');
    const block = page.locator('fieldset.cchc-indicators', { hasText: 'Kết quả giải quyết hồ sơ thủ tục hành chính' });
    await block.getByRole('button', { name: 'Nhập số liệu từ bảng tính' }).click();
    const grid = bieu06Grid({ groups: 'parents', scale: 3 });
    const total = grid.cells.findIndex((r) => r[0] === 'Tổng cộng');
    grid.cells[total] = ['Tổng số', ...grid.cells[total].slice(1)];
    const xls = join(out, 'BaoCaoBieu06.xls');
    writeFileSync(xls, htmlXlsOf(grid));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Chọn tệp bảng tính').click()]);
    await chooser.setFiles(xls);
    const dialog = page.locator('dialog.cchc-import');
    await expect
      .poll(() => dialog.getByTestId('import-rows').textContent())
      .toContain(`Bảng tính có ${LINH_VUC.length} dòng theo lĩnh vực`);
    await dialog.getByLabel('In bảng theo lĩnh vực thành Phụ lục của báo cáo (trang ngang)').check();
    await dialog.screenshot({ path: join(out, 'import-rows-1366.png') });
    await dialog.getByRole('button', { name: 'Áp dụng vào báo cáo' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(`Đã giữ ${LINH_VUC.length} dòng theo lĩnh vực.`);

    // "Tồn tại, hạn chế" is told where the late files are.
    const part = await openPart(page, 'Đánh giá chung');
    await expect
      .poll(() => part.locator('#f-danh-gia-ton-tai-noi-dung-hint').textContent())
      .toContain('Nhiều hồ sơ quá hạn nhất: lĩnh vực');
    // The appendix is ticked, with its rows.
    const appendix = await openPart(page, 'Kết quả giải quyết hồ sơ thủ tục hành chính theo lĩnh vực');
    expect(await appendix.getByLabel('In phụ lục này kèm văn bản').isChecked()).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    await appendix.screenshot({ path: join(out, 'appendix-editor-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });

    const docx = join(out, 'thang-linh-vuc.docx');
    await downloadDocx(page, docx);
    const text = docxText(docx);
    expect(text).toContain('KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC');
    for (const name of LINH_VUC) expect(text).toContain(name);
    // The body says where the details are, right after its figures.
    expect(text).toMatch(/Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt [\d,]+%\.?\s*\(Chi tiết tại Phụ lục kèm theo\)/);
    expect(checkNd30(docx).filter((r) => !r.ok)).toEqual([]);
    const appendixXml = docxPart(docx, 'word/document.xml').split('Phụ lục').at(-1)!;
    expect(appendixXml).toContain('w:orient="landscape"');
    expect(drawPages(docx, 'thang-linh-vuc')).toBeGreaterThanOrEqual(3);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  }, 120_000);

  it('downloads a copy marked "DỰ THẢO" when only the signer’s name and the date are missing', async () => {
    const { page, watch } = await openBuilder('bao-cao-tthc-thang');
    await useExample(page);
    await openPart(page, 'Phần đầu văn bản');
    await page.getByLabel('Ngày ban hành').fill('');
    await openPart(page, 'Kết thúc, ký và nơi nhận');
    await page.getByLabel('Họ và tên người ký').fill('');
    await page.getByLabel('Họ và tên người ký').blur();

    // The signed document is withheld, and the copy for comments offered.
    await page.getByRole('button', { name: 'Tải .docx', exact: true }).click();
    await expect.poll(() => confirmText(page)).toContain('Chưa tải được báo cáo');
    expect(await confirmText(page)).toContain('có thể tải bản dự thảo');
    await page.locator('.cchc-confirm').screenshot({ path: join(out, 'du-thao-offer-1366.png') });
    const file = join(out, 'du-thao.docx');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('.cchc-confirm').getByRole('button', { name: 'Tải bản dự thảo' }).click(),
    ]);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/-DU-THAO\.docx$/);
    const headers = readdirHeaders(file);
    expect(headers.some((h) => h.includes('DỰ THẢO'))).toBe(true);
    // Decree 30 holds but for the signer's name, which the copy is meant to lack.
    expect(
      checkNd30(file)
        .filter((r) => !r.ok)
        .map((r) => r.id),
    ).toEqual(['sign.name']);
    expect(drawPages(file, 'du-thao')).toBeGreaterThanOrEqual(2);

    // The button beside "Tải .docx" gives the same copy at once.
    const [again] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('.cchc-download').getByRole('button', { name: 'Tải bản dự thảo' }).click(),
    ]);
    expect(again.suggestedFilename()).toMatch(/-DU-THAO\.docx$/);
    expect(watch.consoleErrors).toEqual([]);
  }, 120_000);
});

/** The page-header parts of a .docx, as text. */
function readdirHeaders(docx: string): string[] {
  const rels = docxPart(docx, 'word/_rels/document.xml.rels');
  return [...rels.matchAll(/Target="(header\d+\.xml)"/g)].map((m) => docxPart(docx, `word/${m[1]}`));
}
