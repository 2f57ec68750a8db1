/**
 * "A roll-up the province can trust and sign" (issue 21), in Chromium: 30 communes' reports dropped at once, one of them
 * edited in Word after download (a printed figure changed in document.xml, runs split as Word does), one without a
 * figure, one whose figures do not add up (100 % on time only because a part is missing), one sent twice unchanged.
 * The flags, the choice of figures for the edited one (kept after a reload), coverage, totals and ranking marks are
 * checked against sums made here; the province's targets are typed key by key; a Sở Nội vụ's summary is refused
 * without its signer (the reason beside the button, with the focus), then downloaded and checked by the Decree 30
 * checker; the .xlsx is read back through LibreOffice Calc. Every report carries its figures by lĩnh vực: the summary
 * adds the province's table by lĩnh vực only once the edited report's counted figures match its rows (issue 22).
 * Screenshots at 1366 and 390 px, and of the summary's pages.
 */
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { CSV, sofficeConvert } from '../support/soffice.ts';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxText } from '../support/nd30.ts';
import { parseCsv } from '../support/csv.ts';
import { editDocumentXml, wordEdit } from '../support/word-edit.ts';
import { loadCatalogue, loadTemplates } from '../../src/data/load.ts';
import { renderBytes } from '../support/render.ts';
import { FILES, listNameOf, unitFiles, type UnitFigures } from '../support/rollup-units.ts';
import { BIEU06_ORDER } from '../unit/import/fixtures.ts';

const out = join(projectRoot, 'test-output', 'rollup-signed');
const monthly = loadTemplates().get('bao-cao-tthc-thang')!;
const catalogue = loadCatalogue();
const N = 30;
const [EDITED, EMPTY, WRONG, TWICE] = [3, 8, 12, 20];
const { files } = unitFiles(N, 2031, false);
const figures = new Map<number, UnitFigures>(files.map((f) => [f.unit, f.figures]));
// Settled 100 = on time 100, yet 7 late too: the rate reads 100 % only because the figures do not add up.
const wrong = figures.get(WRONG)!.files;
Object.assign(wrong, { 'da-truoc-han': 0, 'da-dung-han': wrong['tong-da-giai-quyet'], 'da-qua-han': 7, 'dang-qua-han': 0 });
const printedTotal = figures.get(EDITED)!.files['tong-nhan'] + 100;
// Biểu 06 by lĩnh vực: each unit's figures split over two lĩnh vực (half, the rest).
const LINH_VUC = 'phu-luc-linh-vuc:theo-linh-vuc';
const linhVucIds = BIEU06_ORDER;
const linhVucRows = (f: Record<string, number>) =>
  [0, 1].map((p) => ({
    'linh-vuc': ['Hộ tịch', 'Đất đai'][p],
    ...Object.fromEntries(linhVucIds.map((id) => [id, p ? f[id] - Math.floor(f[id] / 2) : Math.floor(f[id] / 2)])),
  }));

const session = useSite(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});

const vi = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 2 });
const pc = (x: number) => `${x.toLocaleString('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%`;
const pct = (num: number, den: number) => Math.floor((2 * num * 10_000 + den) / (2 * den)) / 100;
const counted = [...figures.keys()].filter((u) => u !== EMPTY);
const sum = (id: string, over = counted, edited = printedTotal) =>
  over.reduce((a, u) => a + (u === EDITED && id === 'tong-nhan' ? edited : figures.get(u)!.files[id]), 0);

async function writeFiles(): Promise<string[]> {
  const paths: string[] = [];
  for (const f of files) {
    const d = structuredClone(f.draft);
    if (f.unit === WRONG) d.values[FILES] = { ...wrong };
    d.values[LINH_VUC] = linhVucRows(d.values[FILES] as Record<string, number>);
    if (f.unit === EMPTY) for (const k of Object.keys(d.values)) if (/:(so-lieu|tthc-noi-bo)$/.test(k)) delete d.values[k];
    let bytes = await renderBytes(monthly, d, catalogue);
    const total = vi(figures.get(EDITED)!.files['tong-nhan']);
    if (f.unit === EDITED) bytes = editDocumentXml(bytes, (xml) => wordEdit(xml, `${total} hồ sơ`, `${vi(printedTotal)} hồ sơ`));
    writeFileSync(join(out, f.file), bytes);
    paths.push(join(out, f.file));
    if (f.unit === TWICE) {
      paths.push(join(out, `gui-lai-${f.file}`));
      writeFileSync(paths.at(-1)!, bytes);
    }
  }
  return paths;
}

const row = (page: Page, unit: number) => page.locator(`[data-testid="unit-table"] tbody tr[data-unit="${listNameOf(unit)}"]`);
const cell = (page: Page, unit: number, id: string) => row(page, unit).locator(`td[data-key="${FILES}.${id}"]`).textContent();
const total = (page: Page, id: string) => page.locator(`[data-testid="total-row"] td[data-key="${FILES}.${id}"]`).textContent();
const flags = async (page: Page, unit: number) => ((await row(page, unit).getAttribute('data-flags')) ?? '').split(' ').filter(Boolean);

async function download(page: Page, name: string, file: string) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name }).click()]);
  await d.saveAs(file);
}

describe('Tổng hợp báo cáo: what was signed is what is counted', () => {
  it('flags, counts, ranks and sums what was signed, and downloads a summary a Sở can sign', { timeout: 480_000 }, async () => {
    const paths = await writeFiles();
    const { page, context, watch } = await session.page({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${session.site.url}tong-hop/`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    await page.locator('#cchc-rollup-files').setInputFiles(paths);
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 90_000 })
      .toBe(`Đã thêm ${N + 1} báo cáo vào bảng tổng hợp.`);
    expect(await page.getByTestId('notes').textContent()).toContain(`${listNameOf(TWICE)}: tệp gui-lai-`);
    expect(await page.getByTestId('notes').textContent()).toContain('gửi lại, không đổi');

    // The edited report: flagged with both values, counted as printed.
    expect(await flags(page, EDITED)).toEqual(expect.arrayContaining(['printed', 'figures']));
    expect(await row(page, EDITED).textContent()).toContain(
      `Tổng số hồ sơ nhận giải quyết: in trong văn bản ${vi(printedTotal)}, bản nháp gốc ${vi(figures.get(EDITED)!.files['tong-nhan'])}`,
    );
    expect(await cell(page, EDITED, 'tong-nhan')).toBe(vi(printedTotal));
    expect(await total(page, 'tong-nhan')).toContain(vi(sum('tong-nhan')));
    // The one without figures: reported, counted nowhere, every total says so; never "Chưa có báo cáo".
    expect(await row(page, EMPTY).getByTestId('report').textContent()).toContain('Đã báo cáo — không có số liệu TTHC');
    expect(await flags(page, EMPTY)).toEqual(['nofigures']);
    expect(
      await page.locator(`[data-testid="total-row"] td[data-key="${FILES}.tong-nhan"] [data-testid="coverage-mark"]`).textContent(),
    ).toContain(`${N - 1}/${N} đv`);
    expect(await page.locator(`[data-testid="totals"] tr[data-key="${FILES}.tong-nhan"] [data-testid="coverage"]`).textContent()).toBe(
      `Cộng ${N - 1}/${N} đơn vị; thiếu: ${listNameOf(EMPTY)}.`,
    );
    const onTime = pct(sum('da-truoc-han') + sum('da-dung-han'), sum('tong-da-giai-quyet') + sum('dang-qua-han'));
    expect(await total(page, 'ty-le-dung-han')).toContain(pc(onTime));
    expect(await flags(page, TWICE)).toEqual(['resent']);
    // The unit at 100 % whose figures do not add up is marked in the ranking, not first.
    expect(await cell(page, WRONG, 'ty-le-dung-han')).toBe('100,00%');
    const ranking = page.getByTestId('ranking');
    expect(await ranking.locator('tbody tr').first().getAttribute('data-unit')).not.toBe(listNameOf(WRONG));
    expect(await ranking.locator(`tr[data-unit="${listNameOf(WRONG)}"]`).textContent()).toContain('Không xếp hạng');

    // A group of columns folds to one column and opens again.
    const group = 'Kết quả giải quyết hồ sơ thủ tục hành chính';
    const fold = page.getByRole('button', { name: `Thu gọn nhóm cột “${group}”` });
    await fold.click();
    const unfold = page.getByRole('button', { name: new RegExp(`^Mở nhóm cột “${group}” \\(\\d+ cột\\)$`) });
    expect(await unfold.getAttribute('aria-expanded')).toBe('false');
    expect(await row(page, EDITED).locator(`td[data-key="${FILES}.tong-nhan"]`).count()).toBe(0);
    await page.getByTestId('unit-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'folded-1366.png') });
    await unfold.click();
    expect(await cell(page, EDITED, 'tong-nhan')).toBe(vi(printedTotal));

    // The officer counts the draft's figure instead; the choice is kept with the roll-up.
    await row(page, EDITED).getByTestId('count').selectOption('draft');
    await expect.poll(() => total(page, 'tong-nhan')).toContain(vi(sum('tong-nhan', counted, figures.get(EDITED)!.files['tong-nhan'])));
    await page.reload();
    await page.getByTestId('unit-table').waitFor({ timeout: 30_000 });
    expect(await row(page, EDITED).getByTestId('count').inputValue()).toBe('draft');
    await row(page, EDITED).getByTestId('count').selectOption('printed');
    await expect.poll(() => total(page, 'tong-nhan')).toContain(vi(sum('tong-nhan')));

    // The province's targets, typed key by key with Tab.
    const target = (label: string) => page.getByLabel(`Chỉ tiêu của tỉnh: ${label}`, { exact: true });
    await target('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn (%, tối thiểu)').click();
    for (const v of ['98', '2', '95', '40']) {
      await page.keyboard.type(v, { delay: 50 });
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => page.getByTestId('targets').locator('[data-key]').count()).toBe(4);
    expect(await target('Tỷ lệ hồ sơ quá hạn (%, tối đa)').inputValue()).toBe('2');

    // A Sở Nội vụ's summary: refused without a signer (the reason beside the button, with the focus), then downloaded.
    await page.locator('#cchc-rollup-collector').selectOption('so');
    await page.locator('#cchc-rollup-locality').click();
    await page.keyboard.type('tỉnh Lâm Đồng', { delay: 30 });
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#cchc-rollup-parent-body').inputValue()).toBe('ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG');
    await page.locator('#cchc-rollup-request-number').fill('1234/UBND-NC');
    await page.locator('#cchc-rollup-request-date').fill('2026-11-05');
    await page.locator('#cchc-rollup-request-date').blur();
    await page.getByTestId('summary-texts').locator('summary').click();
    for (const box of await page.getByTestId('summary-texts').locator('textarea').all())
      await box.fill('- Sở Nội vụ đã tổng hợp, theo dõi.');
    await page.getByTestId('download-docx').click();
    const blocked = page.getByTestId('download-blocked');
    await blocked.waitFor();
    expect(await blocked.textContent()).toContain('Sửa');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('download-blocked');
    const gap = await page.evaluate(() => {
      const b = document.querySelector('[data-testid="download-docx"]')!.getBoundingClientRect();
      const m = document.querySelector('[data-testid="download-blocked"]')!.getBoundingClientRect();
      return m.top - b.bottom;
    });
    expect(gap).toBeLessThan(80);
    await blocked.getByRole('link', { name: 'Sửa' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cchc-rollup-sign-name');
    await page.keyboard.type('Nguyễn Thị Hòa', { delay: 20 });
    await page.keyboard.press('Tab');
    // The only warning: the edited report's rows by lĩnh vực no longer add up to what it printed.
    const warnings = page.getByTestId('summary-warnings').locator('li');
    expect(await warnings.allTextContents()).toEqual([
      expect.stringContaining(`số liệu theo lĩnh vực của ${listNameOf(EDITED)} không khớp số liệu chung của chính đơn vị đó`),
    ]);
    await page.screenshot({ path: join(out, 'downloads-1366.png') });
    const docx = join(out, 'tong-hop-so.docx');
    await download(page, 'Tải báo cáo tổng hợp (.docx)', docx);
    expect(checkNd30(docx).filter((r) => !r.ok)).toEqual([]);
    const text = docxText(docx);
    expect(text).toMatch(/Số:\s+\/BC-SNV/);
    for (const bad of ['…', '...', 'BC-UBND', 'Sở Nội Vụ', 'Không có nội dung.']) expect(text).not.toContain(bad);
    expect(text).toContain('Thực hiện Công văn số 1234/UBND-NC ngày 05/11/2026 của Ủy ban nhân dân tỉnh Lâm Đồng, Sở Nội vụ báo cáo');
    expect(text).toContain(`Tổng số hồ sơ nhận giải quyết ${vi(sum('tong-nhan'))} hồ sơ`);
    expect(text).toContain(`tổng hợp từ báo cáo của ${N - 1}/${N} đơn vị; thiếu: ${listNameOf(EMPTY)}`);
    expect(text).not.toMatch(/: 0\/\d+ đơn vị/);
    expect(text).toContain(`${listNameOf(EMPTY)} (đã báo cáo, không có số liệu)`);
    expect(text).not.toContain('THEO LĨNH VỰC');
    // Its pages as LibreOffice draws them, to look at.
    sofficeConvert('pdf', out, [docx], 'lo-rollup-signed');
    execFileSync('pdftoppm', ['-png', '-r', '60', join(out, 'tong-hop-so.pdf'), join(out, 'tong-hop-so-page')], { stdio: 'pipe' });

    // The .xlsx through LibreOffice Calc: the same numbers, the choice and the report's status.
    const xlsx = join(out, 'tong-hop.xlsx');
    await download(page, 'Tải bảng theo đơn vị (.xlsx)', xlsx);
    sofficeConvert(CSV, out, [xlsx], 'lo-rollup-signed');
    const csv = parseCsv(readFileSync(join(out, 'tong-hop.csv'), 'utf8'));
    const col = (label: string) => csv[1].indexOf(label);
    const line = (unit: number) => csv.find((l) => l[1] === listNameOf(unit))!;
    expect(Number(line(EDITED)[col('Tổng số hồ sơ nhận giải quyết')])).toBe(printedTotal);
    expect(line(EDITED)[col('Số liệu tính theo')]).toBe('Số in trong văn bản');
    expect(line(EMPTY)[col('Tình trạng báo cáo')]).toBe('Đã báo cáo — không có số liệu TTHC');
    const totalLine = csv.find((l) => l[1].startsWith('Tổng cộng'))!;
    expect(Number(totalLine[col('Tổng số hồ sơ nhận giải quyết')])).toBe(sum('tong-nhan'));
    expect(csv.find((l) => l[1] === 'Số đơn vị có số liệu')![col('Tổng số hồ sơ nhận giải quyết')]).toBe(`${N - 1}/${N}`);
    expect(Number(line(WRONG)[col('Tổng số PAKN đã tiếp nhận')])).toBe(figures.get(WRONG)!.pakn['tiep-nhan']);

    // Counting the edited report's draft, whose rows add up to it, the summary adds the province's table by lĩnh vực.
    await row(page, EDITED).getByTestId('count').selectOption('draft');
    await expect.poll(() => warnings.count()).toBe(0);
    const byField = join(out, 'tong-hop-linh-vuc.docx');
    await download(page, 'Tải báo cáo tổng hợp (.docx)', byField);
    expect(checkNd30(byField).filter((r) => !r.ok)).toEqual([]);
    const lv = docxText(byField);
    expect(lv).toContain('(Chi tiết tại Phụ lục I kèm theo)');
    const appendix = lv.slice(lv.indexOf('THEO LĨNH VỰC'), lv.indexOf('THEO ĐƠN VỊ'));
    expect(appendix).toMatch(
      new RegExp(`Hộ tịch[\\s\\S]*Đất đai[\\s\\S]*Tổng cộng\\s+${vi(sum('tong-nhan', counted, figures.get(EDITED)!.files['tong-nhan']))}`),
    );

    await page.getByTestId('unit-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'table-1366.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('unit-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'table-390.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
