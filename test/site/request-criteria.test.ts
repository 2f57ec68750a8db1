/**
 * A request for the CCHC-index self-assessment, end to end in Chromium: on /tong-hop/ the province chooses the
 * self-assessment, is told at the field that no criteria set is chosen, chooses the site's (illustrative) set — which
 * says it is one — and creates the link; its Phụ lục names the set and passes the Decree 30 checker. The link opened
 * in a fresh browser profile gives a self-assessment draft whose score table is that set's criteria; the commune scores
 * a criterion key by key, signs and downloads; the province drops that .docx on /tong-hop/: it is matched to the
 * request and the table shows its total self score and the maximum, and who has not reported yet.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { downloadDocx, openPart } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { downloadFrom, startRequest, typeKeys } from './support/request.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxText } from '../support/nd30.ts';
import { loadCriteriaSets } from '../../src/data/load.ts';
import { tableFromSet } from '../../src/lib/report/index.ts';
import { formMessages } from '../../src/lib/request/form.ts';
import { DECISION, provinceCriteriaGrid } from '../unit/import/criteria-fixtures.ts';
import { xlsxOf } from '../unit/import/fixtures.ts';

const out = join(projectRoot, 'test-output', 'request-criteria');
const session = useSite(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});
const KIND = 'bao-cao-tu-danh-gia-chi-so-cchc';
const TABLE = 'ket-qua:bang-diem';
const UNITS = ['Xã An Lợi', 'Xã Bình Lợi'];
const set = loadCriteriaSets().find((s) => s.id === 'minh-hoa-xa')!;
const rows = tableFromSet(set).rows;

describe('a request for the self-assessment with its criteria set', () => {
  it('reaches the commune’s score table and comes back to the roll-up with its total', { timeout: 240_000 }, async () => {
    const province = await startRequest(session, KIND);
    const p = province.page;
    await p.locator('#cchc-request-year').fill('2026');
    await p.locator('#cchc-request-deadline').fill('2027-01-15');
    await typeKeys(p, '#cchc-request-number', '45/KH-UBND');
    await p.locator('#cchc-request-date').fill('2026-12-01');
    await typeKeys(p, '#cchc-request-issuer', 'Ủy ban nhân dân tỉnh Lâm Đồng');
    await typeKeys(p, '#cchc-request-subject', 'V/v tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026');
    await typeKeys(p, '#cchc-request-recipients', 'Sở Nội vụ tỉnh Lâm Đồng');
    await p.locator('#cchc-request-units').fill(UNITS.join('\n'));
    await p.locator('#cchc-request-units').press('Tab');
    // No set chosen: refused, said at the field.
    await p.getByRole('button', { name: 'Tạo liên kết yêu cầu' }).click();
    await expect
      .poll(() => p.getByTestId('request-message').textContent())
      .toBe('Còn 1 chỗ cần sửa (ghi ngay dưới từng ô) trước khi tạo liên kết.');
    expect(await p.locator('#cchc-request-criteria-issues').textContent()).toContain(formMessages.noCriteria);
    expect(await p.locator('#cchc-request-criteria').getAttribute('aria-invalid')).toBe('true');
    await p.locator('#cchc-request-criteria').selectOption('minh-hoa-xa');
    expect(await p.getByTestId('request-criteria-illustrative').textContent()).toContain('bộ tiêu chí MINH HỌA');
    expect(await p.locator('#cchc-request-criteria-issues').count()).toBe(0);
    // The other choice is the province's own set, read by the one criteria import from its sheet.
    const xlsx = join(out, 'bo-tieu-chi-tinh.xlsx');
    writeFileSync(xlsx, xlsxOf(provinceCriteriaGrid(), 'Bộ tiêu chí'));
    await p.locator('#cchc-request-criteria').selectOption({ label: 'Bộ tiêu chí của tỉnh, nhập từ bảng tính' });
    await p.getByRole('button', { name: 'Nhập bộ tiêu chí từ bảng tính…' }).click();
    const dialog = p.locator('dialog.cchc-import');
    expect(await dialog.locator('h2').textContent()).toBe('Nhập bảng tiêu chí từ bảng tính: bộ tiêu chí của yêu cầu báo cáo');
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), dialog.getByLabel('Chọn tệp bảng tính').click()]);
    await chooser.setFiles(xlsx);
    await dialog.getByTestId('criteria-tree').first().waitFor();
    await dialog.getByRole('button', { name: 'Dùng bảng tiêu chí này' }).click();
    await expect
      .poll(() => p.getByTestId('request-criteria-read').textContent())
      .toMatch(new RegExp(`^Đã nhập bộ tiêu chí: \\d+ tiêu chí được chấm điểm, tổng [\\d,]+ điểm tối đa, theo ${DECISION.citation}\\.$`));
    // This request uses the site's set after all.
    await p.locator('#cchc-request-criteria').selectOption('minh-hoa-xa');
    await p.getByTestId('request-criteria').screenshot({ path: join(out, 'criteria-1366.png') });
    await p.setViewportSize({ width: 390, height: 844 });
    await p.getByTestId('request-criteria').screenshot({ path: join(out, 'criteria-390.png') });
    await p.setViewportSize({ width: 1366, height: 900 });
    expect(await axeViolations(p, '[data-testid="request-section"]')).toEqual([]);
    await p.getByRole('button', { name: 'Tạo liên kết yêu cầu' }).click();
    await expect.poll(() => p.getByTestId('request-message').textContent()).toMatch(/^Đã tạo liên kết yêu cầu\./);
    const link = await p.getByLabel('Liên kết yêu cầu báo cáo').inputValue();
    expect(await p.getByTestId('request-criteria-name').textContent()).toBe(
      `Bộ tiêu chí chấm điểm gửi kèm: ${set.name} (năm ${set.year}) — minh họa.`,
    );
    expect(link.startsWith(`${session.site.url}lap-bao-cao/${KIND}/#yc=1.`)).toBe(true);

    // The Phụ lục names the set and its lĩnh vực.
    const appendix = join(out, 'phu-luc.docx');
    await downloadFrom(p, 'Tải Phụ lục kèm công văn (.docx)', appendix);
    const text = docxText(appendix);
    expect(text).toContain(`Tự đánh giá, chấm điểm theo ${set.name}`);
    for (const area of rows.filter((r) => r.level === 1)) expect(text).toContain(area.name);
    // A Phụ lục sent apart from its công văn has no header or signature of its own: the checker's page, font, text,
    // body and page-number rules apply to it.
    const appendixRules = checkNd30(appendix).filter((r) => /^(page|font|text|body|page-number)\./.test(r.id));
    expect(appendixRules.length).toBeGreaterThanOrEqual(11);
    expect(appendixRules.filter((r) => !r.ok)).toEqual([]);

    // The commune, in a fresh profile: a self-assessment draft whose score table is the set's criteria.
    const commune = await session.page({ viewport: { width: 1366, height: 900 } });
    const c = commune.page;
    await c.goto(link);
    await c.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => c.getByTestId('notice').textContent()).toContain('Đã tạo bản nháp mới');
    await openPart(c, 'Bảng tổng hợp kết quả tự đánh giá, chấm điểm');
    const block = c.locator('fieldset.cchc-scores');
    await block.waitFor();
    const areas = block.locator('details.cchc-scores__area[data-row]');
    const level1 = rows.flatMap((r, i) => (r.level === 1 ? [i] : []));
    expect(await areas.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row'))))).toEqual(level1);
    for (const i of level1) expect(await areas.nth(level1.indexOf(i)).locator('summary').textContent()).toContain(rows[i].name);
    expect(await block.getByTestId('illustrative-notice').textContent()).toContain('bộ tiêu chí MINH HỌA');
    await areas.first().locator('summary').click();
    // Row 2 is 1.1.1 of the set (at most 1 point, steps of 0,25): its name in the page, then scored key by key.
    expect(rows[2].tt).toBe('1.1.1');
    expect(await block.locator('.cchc-scores__leaf').first().textContent()).toContain(rows[2].name);
    await typeKeys(c, '#f-ket-qua-bang-diem-2-score', '0,75');
    await typeKeys(c, '#f-ket-qua-bang-diem-2-note', 'Kế hoạch ban hành chậm 5 ngày so với thời hạn của tỉnh.');
    await expect.poll(() => c.getByTestId('scores-total-self').textContent()).toMatch(/^Tổng điểm tự đánh giá: 0,75\//);
    await openPart(c, 'Phần đầu văn bản');
    await c.locator('#f-header-issuer').fill('ỦY BAN NHÂN DÂN\nXÃ AN LỢI');
    await c.locator('#f-header-issuer').press('Tab');
    await typeKeys(c, '#f-header-number', '12');
    await typeKeys(c, '#f-header-place', 'An Lợi');
    await openPart(c, 'Kết thúc, ký và nơi nhận');
    await typeKeys(c, '#f-signature-name', 'Nguyễn Văn An');
    const report = join(out, 'xa-an-loi.docx');
    await downloadDocx(c, report);
    const body = docxText(report);
    expect(body).toContain('Thực hiện Kế hoạch số 45/KH-UBND ngày 01/12/2026 của Ủy ban nhân dân tỉnh Lâm Đồng');
    expect(body).toContain(rows[2].name);
    expect(checkNd30(report).filter((r) => !r.ok)).toEqual([]);
    expect(commune.watch.consoleErrors).toEqual([]);
    expect(commune.watch.foreignRequests).toEqual([]);
    await commune.context.close();

    // Back at the province: the report is matched to the request; its total and the maximum are in the table.
    await p.locator('#cchc-rollup-files').setInputFiles([report]);
    await expect.poll(() => p.getByTestId('notice').textContent(), { timeout: 60_000 }).toBe('Đã thêm 1 báo cáo vào bảng tổng hợp.');
    const row = p.locator(`[data-testid="unit-table"] tbody tr[data-unit="${UNITS[0]}"]`);
    expect(await row.getAttribute('data-flags')).toBe('');
    expect(await row.locator(`td[data-key="${TABLE}.total"]`).textContent()).toBe('0,75');
    expect(await row.locator(`td[data-key="${TABLE}.max"]`).textContent()).toBe(String(set.total));
    expect(await p.locator(`[data-testid="unit-table"] tbody tr[data-unit="${UNITS[1]}"]`).getAttribute('data-flags')).toBe('missing');
    expect(await p.getByTestId('request-not-reported').locator('li').allTextContents()).toEqual([UNITS[1]]);
    // Scores are each unit's own: no total, no summary report, the table by unit to download.
    expect(await p.getByTestId('totals').count()).toBe(0);
    expect(await p.getByTestId('no-summary').textContent()).toContain('không cộng thành số liệu chung');
    await p.getByTestId('unit-table').scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(out, 'rollup-1366.png') });
    await p.setViewportSize({ width: 390, height: 844 });
    await p.screenshot({ path: join(out, 'rollup-390.png'), fullPage: true });
    expect(province.watch.consoleErrors).toEqual([]);
    expect(province.watch.foreignRequests).toEqual([]);
    await province.context.close();
  });
});
