/**
 * A province's criteria sheet imported whole, as a commune officer would: evidence and notes columns mapped in the
 * dialog, the decision read from the title rows, a criterion marked "Không áp dụng", bonus and penalty sections; then
 * scores typed (one above its maximum, left out of the totals until corrected), a missing trích yếu completed, the
 * report downloaded. The .docx passes the Decree 30 checker, its totals equal an independent sum of what was typed and
 * imported, its appendix cites the decision (never the file), and LibreOffice's pages are kept as PNGs.
 */
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadDocx, openBuilder, openPart, useExample } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxText } from '../support/nd30.ts';
import { xlsxOf } from '../unit/import/fixtures.ts';
import { AREAS, BONUS, DECISION, PENALTY, provinceCriteriaGrid } from '../unit/import/criteria-fixtures.ts';

const out = join(projectRoot, 'test-output', 'criteria-import');
const session = useSite(() => mkdirSync(out, { recursive: true }));
const KIND = 'bao-cao-tu-danh-gia-chi-so-cchc';
const ID = 'f-ket-qua-bang-diem';
const vi = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');
const round2 = (x: number) => Math.round(x * 100) / 100;

const dialog = (page: Page) => page.locator('dialog.cchc-import');
const field = (page: Page, i: number, part: string) => page.locator(`#${ID}-${i}-${part}`);
const checked = (page: Page, target: string) => dialog(page).locator(`#${ID}-criteria-col-${target} option:checked`).textContent();

/** Types into a field key by key, then leaves it with Tab, as a user does. */
async function typeInto(page: Page, selector: string, text: string) {
  const el = page.locator(selector);
  await el.scrollIntoViewIfNeeded();
  await el.click();
  await el.press('Control+A');
  await el.press('Backspace');
  await el.pressSequentially(text);
  await el.press('Tab');
}

describe('a province criteria sheet imported whole, scored and downloaded', () => {
  it('evidence, notes, the decision, "không áp dụng", bonus and penalty reach the .docx; totals add up', async () => {
    const xlsx = join(out, 'bo-tieu-chi-tinh.xlsx');
    writeFileSync(xlsx, xlsxOf(provinceCriteriaGrid(), 'Bộ tiêu chí'));
    const { page, context, watch } = await openBuilder(session, KIND, { viewport: { width: 1366, height: 900 } });
    await useExample(page);
    const part = await openPart(page, 'Bảng tổng hợp kết quả tự đánh giá, chấm điểm');
    const block = part.locator('fieldset.cchc-scores');
    await block.getByRole('button', { name: 'Nhập từ bảng tính…' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog(page).getByLabel('Chọn tệp bảng tính').click()]);
    await chooser.setFiles(xlsx);

    // The columns as recognised, each correctable: the notes column taken away and given back.
    const leaves = AREAS.flatMap((a) => a.leaves);
    await expect.poll(() => dialog(page).locator('[data-testid="criteria-tree"] li[data-leaf]').count()).toBe(leaves.length);
    expect(await checked(page, 'tai-lieu-kiem-chung')).toBe('Cột E: Tài liệu kiểm chứng');
    expect(await checked(page, 'ghi-chu')).toBe('Cột F: Ghi chú');
    await dialog(page).locator(`#${ID}-criteria-col-ghi-chu`).selectOption({ label: '— Không lấy —' });
    await expect.poll(() => checked(page, 'ghi-chu')).toBe('— Không lấy —');
    await dialog(page).locator(`#${ID}-criteria-col-ghi-chu`).selectOption({ label: 'Cột F: Ghi chú' });
    await expect.poll(() => checked(page, 'ghi-chu')).toBe('Cột F: Ghi chú');
    // What was read besides the tree: the decision, the criterion that does not apply, bonus and penalty.
    expect(await dialog(page).locator(`#${ID}-criteria-decision`).inputValue()).toBe(DECISION.citation);
    expect(await dialog(page).getByTestId('criteria-na').textContent()).toContain('1 tiêu chí ghi “không áp dụng”');
    expect(await dialog(page).getByTestId('criteria-bonus').textContent()).toBe(
      `Điểm thưởng: ${BONUS.items.length} nội dung, tính tối đa ${BONUS.limit} điểm (ngoài tổng điểm các tiêu chí).`,
    );
    expect(await dialog(page).getByTestId('criteria-penalty').textContent()).toContain(`Điểm trừ: ${PENALTY.items.length} nội dung`);
    expect(await dialog(page).locator('li[data-na]').count()).toBe(1);
    await dialog(page).screenshot({ path: join(out, 'dialog-1366.png') });
    await dialog(page).getByRole('button', { name: 'Dùng bảng tiêu chí này' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(`Đã nhập ${leaves.length} tiêu chí`);

    // Rows: 0 I, 1 I.1, 2 I.2, 3 I.3 (không áp dụng), 4 II, 5 II.1, 6 II.2.
    const max = leaves.filter((l) => typeof l.self === 'number').reduce((s, l) => s + l.max, 0);
    await block.locator('details.cchc-scores__area > summary').first().click();
    expect(await field(page, 3, 'na').isChecked()).toBe(true);
    expect(await field(page, 3, 'note').inputValue()).toBe('Xã không có khu vực biên giới.');
    expect(await field(page, 3, 'score').count()).toBe(0);
    // A score above its maximum is an error at its field and counts nowhere; the totals say so.
    await typeInto(page, `#${ID}-2-score`, '6,3');
    await expect.poll(() => page.locator(`#${ID}-2-score-issues`).textContent()).toContain('Điểm này chưa được cộng vào tổng.');
    const withoutI2 = 4 + 4 + 5;
    await expect
      .poll(() => page.getByTestId('scores-total-self').textContent())
      .toBe(`Tổng điểm tự đánh giá: ${vi(withoutI2)}/${vi(max)} điểm tự chấm`);
    expect(await page.getByTestId('scores-rejected').textContent()).toContain('1 điểm nhập chưa hợp lệ');
    expect(await page.getByTestId('area-status-I').textContent()).toContain('chưa cộng 1 điểm nhập sai');
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'rejected-1366.png') });
    await typeInto(page, `#${ID}-2-score`, '3');
    await block.locator('details.cchc-scores__area > summary').nth(1).click();
    await typeInto(page, `#${ID}-5-score`, '4,5');
    const self = 4 + 3 + 4.5 + 5;
    await expect
      .poll(() => page.getByTestId('scores-total-self').textContent())
      .toBe(`Tổng điểm tự đánh giá: ${vi(self)}/${vi(max)} điểm tự chấm`);
    expect(await page.getByTestId('scores-rejected').count()).toBe(0);
    // The report cited without its trích yếu is completed.
    await typeInto(page, `#${ID}-6-evidence-0-subject`, 'kết quả giải quyết thủ tục hành chính năm 2025');
    // Bonus above its limit counts only the limit; the penalty comes off.
    const bonus = Math.min(
      BONUS.items.reduce((s, b) => s + b.points, 0),
      BONUS.limit,
    );
    const penalty = PENALTY.items.reduce((s, p) => s + p.points, 0);
    const total = self + bonus - penalty;
    const scale = round2(round2((self / max) * 100) + bonus - penalty);
    await expect
      .poll(() => page.getByTestId('scores-total-result').textContent())
      .toBe(`Điểm thưởng +${vi(bonus)}, điểm trừ -${vi(penalty)}: tổng điểm tự đánh giá ${vi(total)} điểm.`);
    expect(await page.getByTestId('scores-scale100').textContent()).toContain(`Quy đổi thang điểm 100: ${vi(scale)} điểm`);
    await block.getByTestId('scores-adjustments').locator('summary').click();
    await block.getByTestId('scores-adjustments').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'adjustments-1366.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('scores-totals').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(out, 'totals-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });

    const file = join(out, `${KIND}.docx`);
    await downloadDocx(page, file);
    const text = docxText(file);
    expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
    // Section I: per lĩnh vực, the criteria's subtotal, bonus, penalty, the total and the 100 scale.
    const areaSelf = [4 + 3, 4.5 + 5];
    AREAS.forEach((a, k) => {
      const areaMax = a.leaves.filter((l) => typeof l.self === 'number').reduce((s, l) => s + l.max, 0);
      expect(text).toContain(`\n${a.tt}\n${a.name}\n${vi(areaMax)}\n${vi(areaSelf[k])}\n`);
    });
    expect(text).toContain(`\nCộng điểm các tiêu chí\n${vi(max)}\n${vi(self)}\n`);
    expect(text).toContain(`\nĐiểm thưởng (tối đa ${BONUS.limit} điểm)\n\n+${vi(bonus)}\n`);
    expect(text).toContain(`\nĐiểm trừ\n\n-${vi(penalty)}\n`);
    expect(text).toContain(`\nTổng cộng\n${vi(max)}\n${vi(total)}\n`);
    expect(text).toContain(`\nQuy đổi thang điểm 100\n100\n${vi(scale)}\n`);
    // The Phụ lục: the decision, never the file; documents as cited; the criterion that does not apply; the penalty.
    const appendix = text.slice(text.lastIndexOf('Nơi nhận:'));
    expect(appendix).toContain(`Bộ tiêu chí ban hành kèm theo ${DECISION.citation}.`);
    expect(text).not.toContain('bo-tieu-chi-tinh');
    expect(appendix).toContain(
      'Kế hoạch số 12/KH-UBND ngày 15/01/2025 về cải cách hành chính năm 2025; Báo cáo số 145/BC-UBND ngày 10/12/2025 về kết quả cải cách hành chính năm 2025',
    );
    expect(appendix).toContain('Báo cáo số 150/BC-UBND ngày 15/12/2025 về kết quả giải quyết thủ tục hành chính năm 2025');
    expect(appendix).toContain(`\n${AREAS[0].leaves[1].note}\n`);
    expect(appendix).toContain(`\n3\n${AREAS[0].leaves[2].name}\n\nKhông áp dụng\n\nXã không có khu vực biên giới.\n`);
    expect(appendix).toContain(`\n1\n${PENALTY.items[0].name} (tối đa 1 điểm)\n\n-1\n\n${PENALTY.items[0].note}\n`);
    expect(appendix).toContain(
      `Tiêu chí không áp dụng đối với đơn vị: 3 “${AREAS[0].leaves[2].name}” (3 điểm); điểm tối đa được chấm là ${vi(max)} điểm (đã trừ 3 điểm).`,
    );

    // LibreOffice's pages, for a look.
    const pages = join(out, 'pages');
    rmSync(pages, { recursive: true, force: true });
    mkdirSync(pages, { recursive: true });
    const lo = [
      '--headless',
      '--norestore',
      '-env:UserInstallation=file:///tmp/lo-criteria-import',
      '--convert-to',
      'pdf',
      '--outdir',
      pages,
      file,
    ];
    execFileSync('soffice', lo, { stdio: 'pipe', timeout: 120_000 });
    execFileSync('pdftoppm', ['-r', '60', '-png', join(pages, `${KIND}.pdf`), join(pages, 'page')], { stdio: 'pipe', timeout: 60_000 });
    const pdfText = execFileSync('pdftotext', ['-layout', join(pages, `${KIND}.pdf`), '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('Quy đổi thang điểm 100');
    expect(readdirSync(pages).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(2);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
