/**
 * The province's request as a link, end to end in Chromium: a Sở Nội vụ writes its request on /tong-hop/ (key by key),
 * gets the link, its .json file, its Phụ lục (.docx with the QR code) and the QR code on the page; a commune opens the
 * link in a fresh browser profile — offline, after one visit — gets a draft already set, fills its figures, signs and
 * downloads (Decree 30 checked; the căn cứ names the công văn; the request travels in the .docx); the province drops
 * that .docx with a report made without the request: the flags and the "not yet reported" list are right.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { downloadDocx, openPart } from './support/builder.ts';
import { storedCurrentDraft } from './support/drafts.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { useSite } from './support/session.ts';
import { downloadFrom, startRequest, typeKeys } from './support/request.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxText } from '../support/nd30.ts';
import { renderBytes } from '../support/render.ts';
import { loadCatalogue, loadTemplates } from '../../src/data/load.ts';
import { parseRequestFile } from '../../src/lib/request/link.ts';
import { requestId } from '../../src/lib/request/identity.ts';
import { FILES, listNameOf, random, unitDraft, unitFigures } from '../support/rollup-units.ts';

const out = join(projectRoot, 'test-output', 'request');
const session = useSite(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});
const KIND = 'bao-cao-tthc-thang';
const monthly = loadTemplates().get(KIND)!;
const UNITS = [0, 1, 2].map(listNameOf);
const CONG_VAN = 'Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng';

describe('the province’s request as a link', () => {
  it('goes from /tong-hop/ to a commune’s builder and back', { timeout: 240_000 }, async () => {
    // The province.
    const province = await startRequest(session, KIND);
    const p = province.page;
    await p.locator('#cchc-request-period-kind').selectOption('thang');
    await p.locator('#cchc-request-index').fill('12');
    await p.locator('#cchc-request-year').fill('2026');
    await p.locator('#cchc-request-cutoff-from').fill('2026-11-21');
    await p.locator('#cchc-request-cutoff-to').fill('2026-12-20');
    await p.locator('#cchc-request-deadline').fill('2026-12-24');
    await typeKeys(p, '#cchc-request-number', '1234/SNV-CCHC');
    await p.locator('#cchc-request-date').fill('2026-12-05');
    await typeKeys(p, '#cchc-request-issuer', 'Sở Nội vụ tỉnh Lâm Đồng');
    // A mistake first: the request is refused with a message at the field, nothing else changes.
    await p.getByRole('button', { name: 'Tạo liên kết yêu cầu' }).click();
    await expect.poll(() => p.getByTestId('request-message').textContent()).toMatch(/^Còn \d+ chỗ cần sửa/);
    expect(await p.locator('#cchc-request-subject-issues').textContent()).toContain('Chưa nhập.');
    expect(await p.locator('#cchc-request-link').count()).toBe(0);
    await typeKeys(p, '#cchc-request-subject', 'V/v báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026');
    await typeKeys(p, '#cchc-request-recipients', 'Sở Nội vụ tỉnh Lâm Đồng');
    await p.locator('#cchc-request-units').fill(UNITS.map((u, i) => `${i + 1}. ${u}`).join('\n'));
    await p.locator('#cchc-request-units').blur();
    const target = `#cchc-request-target-${`${FILES}.ty-le-dung-han`.replace(/[^a-z0-9]+/gi, '-')}`;
    await typeKeys(p, target, '95');
    await p
      .locator('.cchc-request__target', { has: p.locator(target) })
      .getByLabel('Chỉ tiêu do tỉnh tự đặt trong công văn này')
      .check();
    await p.getByRole('button', { name: 'Tạo liên kết yêu cầu' }).click();
    await expect
      .poll(() => p.getByTestId('request-message').textContent())
      .toBe('Đã tạo liên kết yêu cầu. Bảng tổng hợp đã nhận danh sách 3 đơn vị, hạn gửi, kỳ báo cáo và chỉ tiêu của yêu cầu này.');

    const linkField = p.getByLabel('Liên kết yêu cầu báo cáo');
    expect(await linkField.getAttribute('readonly')).not.toBeNull();
    const link = await linkField.inputValue();
    expect(link.startsWith(`${session.site.url}lap-bao-cao/${KIND}/#yc=1.`)).toBe(true);
    await province.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await p.getByRole('button', { name: 'Chép liên kết' }).click();
    await expect.poll(() => p.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // The same request as a file, its Phụ lục with the QR code, and the code on the page.
    const json = join(out, 'yeu-cau.json');
    expect(await downloadFrom(p, 'Tải tệp yêu cầu (.json)', json)).toMatch(/^yeu-cau-[a-z0-9-]+-12-2026\.json$/);
    const request = parseRequestFile(readFileSync(json, 'utf8'), KIND);
    if (!request.ok) throw new Error(request.error);
    expect(request.request).toMatchObject({
      period: { kind: 'thang', year: 2026, index: 12 },
      cutoff: { from: '2026-11-21', to: '2026-12-20' },
      deadline: '2026-12-24',
      units: UNITS,
      targets: [{ field: `${FILES}.ty-le-dung-han`, op: '>=', value: 95, year: 2026, own: true, source: '' }],
    });
    const appendix = join(out, 'phu-luc.docx');
    await downloadFrom(p, 'Tải Phụ lục kèm công văn (.docx)', appendix);
    const text = docxText(appendix);
    expect(text).toContain('(Kèm theo Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng)');
    expect(text).toContain(link);
    expect(Object.keys(unzipSync(new Uint8Array(readFileSync(appendix)))).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    await p.getByRole('button', { name: 'Hiện mã QR' }).click();
    await p.getByTestId('request-qr').locator('svg').waitFor();
    expect(await p.getByTestId('request-not-reported').locator('li').allTextContents()).toEqual(UNITS);
    expect(await p.getByTestId('request-status').textContent()).toContain('Hạn gửi 24/12/2026');
    await p.screenshot({ path: join(out, 'province-1366.png'), fullPage: true });
    expect(await axeViolations(p, '[data-testid="request-section"]')).toEqual([]);

    // The commune: a fresh profile that visited the site once, then offline.
    const commune = await session.page({ serviceWorkers: 'allow', viewport: { width: 390, height: 844 } });
    const c = commune.page;
    await c.goto(`${session.site.url}lap-bao-cao/${KIND}/`);
    await waitForServiceWorker(c);
    await commune.context.setOffline(true);
    await c.goto(link);
    await c.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => c.getByTestId('notice').textContent()).toContain('Đã tạo bản nháp mới');
    expect(new URL(c.url()).hash).toBe('');
    expect(await c.locator('#cchc-draft-select option').count()).toBe(1);
    await c.getByTestId('request-note').waitFor();
    await c.screenshot({ path: join(out, 'commune-390.png') });

    await openPart(c, 'Phần đầu văn bản');
    await c.locator('#f-header-issuer').fill('ỦY BAN NHÂN DÂN\nXÃ AN LỢI');
    await c.locator('#f-header-issuer').blur();
    await typeKeys(c, '#f-header-number', '101');
    await typeKeys(c, '#f-header-place', 'An Lợi');
    await openPart(c, 'Kết quả thực hiện');
    const figures = unitFigures(random(1));
    for (const [block, values] of [
      ['f-ket-qua-giai-quyet-tthc-so-lieu', figures.files],
      ['f-ket-qua-pakn-so-lieu', figures.pakn],
    ] as const)
      for (const [id, x] of Object.entries(values)) await c.locator(`#${block}-${id}`).fill(String(x));
    await c.locator('#f-ket-qua-pakn-so-lieu-' + Object.keys(figures.pakn)[0]).blur();
    await openPart(c, 'Kết thúc, ký và nơi nhận');
    await typeKeys(c, '#f-signature-name', 'Nguyễn Văn An');
    const draft = await storedCurrentDraft(c, KIND);
    expect(draft?.request?.id).toBe(requestId(request.request));
    const report = join(out, 'xa-an-loi.docx');
    await downloadDocx(c, report);
    await commune.context.setOffline(false);
    const body = docxText(report);
    expect(body).toMatch(new RegExp(`Thực hiện ${CONG_VAN} về việc báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026`));
    expect(body).toContain('từ ngày 21/11/2026 đến ngày 20/12/2026');
    expect(body).toContain('Số: 101/BC-UBND');
    expect(checkNd30(report).filter((r) => !r.ok)).toEqual([]);
    const embedded = Object.entries(unzipSync(new Uint8Array(readFileSync(report)))).find(([f]) => /^customXml\/item\d+\.xml$/.test(f));
    expect(embedded && strFromU8(embedded[1])).toContain(requestId(request.request));
    expect(commune.watch.consoleErrors).toEqual([]);
    expect(commune.watch.foreignRequests).toEqual([]);
    await commune.context.close();

    // Back at the province: that report, and one made without the request.
    const plain = join(out, 'xa-binh-loi.docx');
    const d = unitDraft(1, unitFigures(random(2)), { date: '2026-12-20', period: { kind: 'thang', year: 2026, index: 12 } });
    writeFileSync(plain, await renderBytes(monthly, d, loadCatalogue()));
    await p.locator('#cchc-rollup-files').setInputFiles([report, plain]);
    await expect.poll(() => p.getByTestId('notice').textContent(), { timeout: 60_000 }).toBe('Đã thêm 2 báo cáo vào bảng tổng hợp.');
    const flags = (name: string) => p.locator(`[data-testid="unit-table"] tbody tr[data-unit="${name}"]`).getAttribute('data-flags');
    // Answers the request: no request flag. It gave no figures for section I's impact assessments (the commune typed
    // only the files and PAKN), which the roll-up names (issue 21), as it should.
    expect(await flags(UNITS[0])).toBe('nofigures');
    expect(await flags(UNITS[1])).toBe('request');
    expect(await flags(UNITS[2])).toBe('missing');
    expect(await p.locator('[data-flag="request"] li').allTextContents()).toEqual([
      `${UNITS[1]}: Báo cáo không lập từ liên kết yêu cầu báo cáo: kiểm tra kỳ báo cáo, thời gian chốt số liệu và căn cứ.`,
    ]);
    expect(await p.getByTestId('request-not-reported').locator('li').allTextContents()).toEqual([UNITS[2]]);
    expect(await p.getByTestId('request-unanswered').textContent()).toMatch(/^1 báo cáo không lập theo yêu cầu này/);
    // The request's target is the roll-up's.
    expect(await p.getByTestId('targets').textContent()).toContain('95');
    await p.screenshot({ path: join(out, 'province-after-1366.png'), fullPage: true });
    expect(province.watch.consoleErrors).toEqual([]);
    expect(province.watch.foreignRequests).toEqual([]);
    await province.context.close();
  });

  it('keeps the request as typed when the page is reloaded at once', async () => {
    const province = await startRequest(session, KIND);
    const p = province.page;
    await typeKeys(p, '#cchc-request-issuer', 'Sở Nội vụ tỉnh Lâm Đồng');
    // The last keystrokes are still being written to IndexedDB when the page goes.
    await p.locator('#cchc-request-subject').pressSequentially('V/v báo cáo tháng 12', { delay: 1 });
    await p.reload();
    await p.locator('[data-ready="true"]').waitFor();
    await p.getByRole('button', { name: 'Lập yêu cầu báo cáo' }).click();
    await expect.poll(() => p.locator('#cchc-request-subject').inputValue()).toBe('V/v báo cáo tháng 12');
    expect(await p.locator('#cchc-request-issuer').inputValue()).toBe('Sở Nội vụ tỉnh Lâm Đồng');
    // Stored in IndexedDB again: the copy made when the page went is removed.
    await expect.poll(() => p.evaluate(() => localStorage.getItem('cchc:v1:request-form'))).toBeNull();
    expect(province.watch.consoleErrors).toEqual([]);
    await province.context.close();
  });
});
