/**
 * The CCHC-index self-assessment as a user meets it in Chromium: a province's criteria sheet imported from .xlsx and
 * .csv (three levels, 45 leaves, a "Tổng cộng" row) shows the same tree and maximum total as the file; the
 * illustrative set says it is one; scores above the maximum or off the step are errors at the field; a score without
 * evidence asks for a giải trình; the complete example downloads as a .docx that passes the Decree 30 checker, with
 * totals equal to an independent sum of the example's scores.
 */
import type { Page } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadDocx, openBuilder as open, openPart as openFormPart, useExample } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxPart, docxText } from '../support/nd30.ts';
import { criteriaGrid, delimitedText, xlsxOf } from '../unit/import/fixtures.ts';

const out = join(projectRoot, 'test-output', 'self-assessment');
const session = useSite(() => mkdirSync(out, { recursive: true }));
const KIND = 'bao-cao-tu-danh-gia-chi-so-cchc';
const PART = 'Bảng tổng hợp kết quả tự đánh giá, chấm điểm';
const vi = (x: number) => String(x).replace('.', ',');

const openBuilder = () => open(session, KIND, { viewport: { width: 1366, height: 900 } });
async function openPart(page: Page, name: string) {
  await openFormPart(page, name);
  await page.locator('fieldset.cchc-scores').waitFor();
}
async function chooseFile(page: Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Chọn tệp bảng tính').click()]);
  await chooser.setFiles(file);
}
const dialog = (page: Page) => page.locator('dialog.cchc-import');
const field = (page: Page, i: number, part: string) => page.locator(`#f-ket-qua-bang-diem-${i}-${part}`);
const issuesOf = (page: Page, i: number, part: string) => page.locator(`#f-ket-qua-bang-diem-${i}-${part}-issues`);

/** What the dialog shows of the tree: the top rows (TT, maximum) and the number of leaves. */
async function shownTree(page: Page) {
  const tree = dialog(page).getByTestId('criteria-tree').first();
  return {
    roots: await tree.locator(':scope > li').evaluateAll((els) => els.map((e) => [e.getAttribute('data-tt'), e.getAttribute('data-max')])),
    leaves: await tree.locator('li[data-leaf]').count(),
    summary: (await dialog(page).getByTestId('criteria-summary').textContent())!,
  };
}

describe('CCHC-index self-assessment builder', () => {
  it('imports a criteria .xlsx and .csv: the same tree and maximum total as the file, then used as the score table', async () => {
    const fx = criteriaGrid();
    // The file, by hand: the five lĩnh vực (TT I–V) with the sums of their nine leaves.
    const areaMax = (a: number) =>
      [1, 2, 3].flatMap((b) => [1, 2, 3].map((c) => [0.5, 1, 1.5][(a + b + c) % 3])).reduce((s, x) => s + x, 0);
    const roots = ['I', 'II', 'III', 'IV', 'V'].map((tt, k) => [tt, String(areaMax(k + 1))]);
    const total = [1, 2, 3, 4, 5].map(areaMax).reduce((s, x) => s + x, 0);
    expect(total).toBe(fx.maxTotal);

    const xlsx = join(out, 'bo-tieu-chi-xa.xlsx');
    writeFileSync(xlsx, xlsxOf(fx, 'Tự chấm'));
    const csv = join(out, 'bo-tieu-chi-xa.csv');
    writeFileSync(
      csv,
      '\uFEFF' +
        delimitedText(
          fx.cells.map((r) => r.map((c) => (typeof c === 'number' ? vi(c) : c))),
          ';',
        ),
    );

    const { page, context, watch } = await openBuilder();
    await openPart(page, PART);
    const block = page.locator('fieldset.cchc-scores');
    await block.getByRole('button', { name: 'Nhập từ bảng tính…' }).click();
    await dialog(page).waitFor();
    await chooseFile(page, xlsx);
    await expect.poll(async () => (await shownTree(page)).leaves).toBe(45);
    const fromXlsx = await shownTree(page);
    expect(fromXlsx.roots).toEqual(roots);
    expect(fromXlsx.summary).toContain('5 lĩnh vực, 15 tiêu chí, 45 tiêu chí thành phần; 45 tiêu chí được chấm điểm.');
    expect(fromXlsx.summary).toContain(`Tổng điểm tối đa (cộng từ các tiêu chí): ${vi(total)} điểm.`);
    expect(fromXlsx.summary).toContain(`Dòng tổng cộng của tệp (dòng ${fx.totalRow}) ghi ${vi(total)} điểm tối đa.`);
    expect(await dialog(page).getByTestId('criteria-checks').count()).toBe(0);
    expect(await dialog(page).locator('#f-ket-qua-bang-diem-criteria-col-diem-toi-da option:checked').textContent()).toBe(
      'Cột C: Điểm tối đa',
    );
    await dialog(page).screenshot({ path: join(out, 'import-1366.png') });
    await dialog(page).getByRole('button', { name: 'Dùng bảng tiêu chí này' }).click();
    await expect
      .poll(() => page.getByTestId('notice').textContent())
      .toBe('Đã nhập 45 tiêu chí từ tệp “bo-tieu-chi-xa.xlsx”. Kiểm tra điểm tối đa và chấm điểm từng tiêu chí.');
    expect(await block.locator('details.cchc-scores__area[data-row]').count()).toBe(5);
    // The sheet's self scores came with it; the editor's totals are the file's.
    await expect
      .poll(() => page.getByTestId('scores-total-self').textContent())
      .toBe(`Tổng điểm tự đánh giá: ${vi(fx.selfTotal)}/${vi(total)} điểm tự chấm`);

    // The .csv (";" and decimal commas, as a Vietnamese Excel saves it), on a phone: the same tree; cancelled, nothing changes.
    await page.setViewportSize({ width: 390, height: 844 });
    await block.getByRole('button', { name: 'Nhập từ bảng tính…' }).click();
    await chooseFile(page, csv);
    await expect.poll(async () => (await shownTree(page)).leaves).toBe(45);
    const fromCsv = await shownTree(page);
    expect(fromCsv.roots).toEqual(roots);
    expect(fromCsv.summary).toBe(fromXlsx.summary);
    expect(await dialog(page).getByText('Bảng điểm đang có sẽ được thay bằng bảng này').count()).toBe(1);
    await dialog(page).screenshot({ path: join(out, 'import-390.png') });
    await dialog(page).getByRole('button', { name: 'Hủy' }).click();
    expect(await dialog(page).count()).toBe(0);
    await page.getByTestId('scores-totals').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'imported-390.png') });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('scores the illustrative set with errors at the field, then downloads the complete example as a valid .docx', async () => {
    const { page, context, watch } = await openBuilder();
    await openPart(page, PART);
    const block = page.locator('fieldset.cchc-scores');
    await block.getByLabel('Bộ tiêu chí có sẵn').selectOption({ index: 0 });
    await block.getByRole('button', { name: 'Dùng bộ tiêu chí này' }).click();
    await expect.poll(() => block.getByTestId('illustrative-notice').textContent()).toContain('bộ tiêu chí MINH HỌA');
    await block.locator('details.cchc-scores__area > summary').first().click();
    // Row 2 is 1.1.1 of the illustrative set: at most 1 point, in steps of 0,25.
    const score = field(page, 2, 'score');
    await score.fill('1,5');
    await score.press('Tab');
    await expect.poll(() => issuesOf(page, 2, 'score').textContent()).toContain('là 1,5, lớn hơn điểm tối đa 1: nhập từ 0 đến 1 điểm.');
    expect(await score.getAttribute('aria-invalid')).toBe('true');
    await score.fill('0,3');
    await score.press('Tab');
    await expect.poll(() => issuesOf(page, 2, 'score').textContent()).toContain('phải chấm theo bước 0,25 điểm');
    await score.fill('0,75');
    await score.press('Tab');
    await expect.poll(() => issuesOf(page, 2, 'score').count()).toBe(0);
    await expect.poll(() => page.getByTestId('scores-total-self').textContent()).toMatch(/^Tổng điểm tự đánh giá: 0,75\//);
    // Survey criteria are shown without a score field.
    const survey = block.locator('.cchc-scores__leaf--survey').first();
    expect(await survey.locator('input[id$="-score"]').count()).toBe(0);
    expect(await survey.textContent()).toContain('đơn vị không tự chấm điểm');
    // Asking to download shows what is still open: 0,75 points without evidence needs a giải trình, at its field.
    await page.getByRole('button', { name: 'Tải .docx' }).click();
    await expect.poll(() => issuesOf(page, 2, 'note').textContent()).toContain('chưa có tài liệu kiểm chứng');
    await page.getByRole('button', { name: 'Quay lại sửa' }).click();
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'scores-1366.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.cchc-scores__leaf').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'scores-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
    // The explanation typed is kept; a criterion marked as not applying asks only for its reason, which is that text.
    const note = field(page, 2, 'note');
    await note.fill('Chưa ban hành văn bản trong kỳ.');
    await note.press('Tab');
    // The page draws the change in its next task: each expectation waits for it.
    const noteLabel = page.locator(`label[for="f-ket-qua-bang-diem-2-note"]`);
    await field(page, 2, 'na').check();
    await expect.poll(() => noteLabel.textContent()).toContain('Lý do không áp dụng (1.1.1)');
    expect(await field(page, 2, 'note').inputValue()).toBe('Chưa ban hành văn bản trong kỳ.');
    await expect.poll(() => field(page, 2, 'score').count()).toBe(0);
    await field(page, 2, 'na').uncheck();
    await expect.poll(() => noteLabel.textContent()).toContain('Giải trình (1.1.1)');

    // The complete example: every criterion scored, evidence or an explanation for each.
    await useExample(page);
    const example = JSON.parse(readFileSync(join(projectRoot, 'content/examples', `${KIND}.json`), 'utf8')) as {
      values: Record<
        string,
        {
          rows: {
            tt: string;
            name: string;
            level: number;
            max: number | null;
            score: number | null;
            survey?: boolean;
            notApplicable?: boolean;
          }[];
          adjustments: { kind: 'bonus' | 'penalty'; points: number | null }[];
          limits: { bonus?: number; penalty?: number };
        }
      >;
    };
    // Independent sums: a row is a leaf when the next row is not deeper; its lĩnh vực is the last level-1 row above it;
    // a criterion that does not apply adds nothing; bonus and penalty points come after, each side up to its limit.
    const { rows, adjustments, limits } = example.values['ket-qua:bang-diem'];
    const areas = new Map<string, { name: string; max: number; self: number; scored: boolean }>();
    let area = '';
    rows.forEach((r, i) => {
      if (r.level === 1) areas.set((area = r.tt), { name: r.name, max: 0, self: 0, scored: false });
      if (rows[i + 1]?.level > r.level || r.notApplicable) return;
      const a = areas.get(area)!;
      a.max += r.max ?? 0;
      if (!r.survey) [a.self, a.scored] = [a.self + (r.score ?? 0), true];
    });
    const maxSum = [...areas.values()].reduce((s, a) => s + a.max, 0);
    const selfSum = [...areas.values()].reduce((s, a) => s + a.self, 0);
    const side = (kind: 'bonus' | 'penalty') =>
      Math.min(
        adjustments.filter((a) => a.kind === kind).reduce((s, a) => s + (a.points ?? 0), 0),
        limits[kind] ?? Infinity,
      );
    const total = selfSum + side('bonus') - side('penalty');
    expect(side('bonus')).toBeGreaterThan(0);
    const file = join(out, `${KIND}.docx`);
    await downloadDocx(page, file);
    const text = docxText(file);
    // Section I: one row per lĩnh vực, then the total with the share of the self-scored maximum.
    for (const [tt, a] of areas) expect(text).toContain(`\n${tt}\n${a.name}\n${vi(a.max)}\n${a.scored ? vi(a.self) : 'ĐTXHH'}\n`);
    expect(text).toContain(`\nCộng điểm các tiêu chí\n${vi(maxSum)}\n${vi(selfSum)}\n`);
    expect(text).toContain(`\nTổng cộng\n${vi(maxSum)}\n${vi(total)}\n`);
    // The Phụ lục after the signature: the full table on landscape pages, its header row repeated on each page.
    const appendix = text.slice(text.lastIndexOf('Nơi nhận:'));
    expect(appendix).toContain('\nPhụ lục\n');
    expect(appendix).toContain('\nTT\nLĩnh vực/Tiêu chí\nĐiểm tối đa\nĐiểm tự đánh giá\nTài liệu kiểm chứng\nGiải trình\n');
    expect(appendix).toContain(`\nCộng điểm các tiêu chí\n${vi(maxSum)}\n${vi(selfSum)}\n`);
    expect(appendix).toContain(`\nTổng cộng\n${vi(maxSum)}\n${vi(total)}\n`);
    expect(appendix).toContain('\n2.1.1\nBan hành đúng trình tự, thủ tục\n\nKhông áp dụng\n');
    expect(appendix).toContain('\n8.1.1\nNơi ngồi chờ, trang thiết bị tại Bộ phận Một cửa\n3\nĐTXHH\n');
    const sections = docxPart(file, 'word/document.xml').split('</w:sectPr>');
    const last = sections[sections.length - 2];
    expect(last).toContain('w:orient="landscape"');
    expect(last).toContain('<w:tblHeader/>');
    expect(sections.slice(0, -2).join('')).not.toContain('w:orient="landscape"');
    expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
