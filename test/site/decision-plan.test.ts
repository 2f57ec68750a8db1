/**
 * A provincial office's plan issued by a decision, typed as its staff would: the office under its parent body, its own
 * trích yếu, its head signing in their own right. The .docx issues exactly that plan in Điều 1, names the office in
 * "(Ban hành kèm theo …)" and signs "CHÁNH VĂN PHÒNG" with no TM./KT. line; LibreOffice renders its pages to PNG in
 * test-output/decision-plan/ for a look.
 */
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedPage } from './support/browser.ts';
import { downloadDocx } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { soffice } from '../support/soffice.ts';
import { typeUnikey } from './support/typing.ts';
import { checkNd30Signed, docxText, signingCell } from '../support/nd30.ts';

const out = join(projectRoot, 'test-output', 'decision-plan');
const session = useSite(() => mkdirSync(out, { recursive: true }));

async function openPart(page: Page, name: string | RegExp) {
  const part = page.locator('details.cchc-section', { has: page.locator('summary', { hasText: name }) }).first();
  if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open))) await part.locator('summary').click();
  await part.locator('.cchc-loading').waitFor({ state: 'detached' });
}

const TRICH_YEU = 'Thực hiện nhiệm vụ cải cách hành chính năm 2026';

describe('a plan issued by a decision, typed by a provincial office', () => {
  it('issues the plan typed in Điều 1, and its head signs in their own right', async () => {
    const { page, context, watch } = await watchedPage(session.browser, new URL(session.site.url).origin);
    await page.goto(`${session.site.url}lap-bao-cao/ke-hoach-cchc-nam/`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    await openPart(page, 'Phần đầu văn bản');

    await page.getByLabel('Cơ quan chủ quản (nếu có)').fill('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
    // Typed key by key as Unikey sends it: the level follows the body typed.
    const issuer = page.getByLabel('Cơ quan ban hành', { exact: true });
    await issuer.fill('');
    await issuer.focus();
    await typeUnikey(page, 'VĂN PHÒNG');
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Văn phòng');
    await expect.poll(() => page.getByRole('radio', { name: /^Văn phòng/ }).isChecked()).toBe(true);
    // The unit's name in sentences, from the issuer and its parent body.
    await expect
      .poll(() => page.getByLabel('Tên đơn vị trong câu văn').getAttribute('placeholder'))
      .toBe('Văn phòng Ủy ban nhân dân tỉnh Lai Châu');
    await page.getByLabel('Chữ viết tắt cơ quan (trong ký hiệu)').fill('VPUBND');
    await page.getByLabel('Số văn bản').fill('25');
    await page.getByLabel('Địa danh').fill('Lai Châu');
    await page.getByLabel('Ngày ban hành').fill('2026-01-12');
    await page.getByLabel('Trích yếu', { exact: true }).fill(TRICH_YEU);

    await page.getByLabel('Ban hành kế hoạch này kèm theo một Quyết định').check();
    await expect
      .poll(() => page.getByLabel('Trích yếu của Quyết định').inputValue())
      .toBe('Ban hành Kế hoạch thực hiện nhiệm vụ cải cách hành chính năm 2026');
    await page
      .getByLabel('Căn cứ ban hành (mỗi căn cứ một dòng)')
      .fill('Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về kế hoạch cải cách hành chính năm 2026');

    // The căn cứ are the decision's: the plan starts at I (as the builder suggests), its own opening left out.
    await page.locator('#f-omit-basis').check();

    await openPart(page, /Mục đích, yêu cầu/);
    await page
      .getByLabel('Mục đích, yêu cầu (viết liền ngay dưới đề mục)')
      .fill(
        '1. Triển khai đồng bộ các nhiệm vụ cải cách hành chính của Văn phòng.\n2. Gắn trách nhiệm người đứng đầu các phòng.\n3. Bảo đảm tiến độ, chất lượng sản phẩm.',
      );

    await openPart(page, 'Kết thúc, ký và nơi nhận');
    await expect.poll(() => page.getByLabel('Chức vụ người ký').inputValue()).toBe('CHÁNH VĂN PHÒNG');
    expect(await page.getByLabel(/^Thẩm quyền ký/).inputValue()).toBe('');
    await page.getByLabel('Họ và tên người ký').fill('Lò Văn Hùng');

    const file = join(out, 'ke-hoach-van-phong-lai-chau.docx');
    await downloadDocx(page, file);
    const text = docxText(file);
    expect(text).toContain('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện nhiệm vụ cải cách hành chính năm 2026.');
    expect(text).toContain(TRICH_YEU);
    expect(text).toContain(
      '(Ban hành kèm theo Quyết định số 25/QĐ-VPUBND ngày 12 tháng 01 năm 2026 của Chánh Văn phòng Ủy ban nhân dân tỉnh Lai Châu)',
    );
    expect(text).toContain(
      'Trên đây là Kế hoạch thực hiện nhiệm vụ cải cách hành chính năm 2026 của Văn phòng Ủy ban nhân dân tỉnh Lai Châu.',
    );
    expect(text).not.toMatch(/Văn phòng Sở|Giám đốc Sở|…/);
    // The decision's signature: the title alone, then the name, bold.
    expect(signingCell(file, 'Lò Văn Hùng').map((p) => p.text)).toEqual(['CHÁNH VĂN PHÒNG', 'Lò Văn Hùng']);
    expect(checkNd30Signed(file, ['CHÁNH VĂN PHÒNG'], 'Lò Văn Hùng').filter((r) => !r.ok)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();

    // The pages as LibreOffice lays them out, to look at.
    const r = soffice('pdf', out, [file], `lo-decision-plan-${process.pid}`);
    expect(r.status, r.stderr).toBe(0);
    const pdf = file.replace(/\.docx$/, '.pdf');
    expect(existsSync(pdf)).toBe(true);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(out, 'trang')]);
  }, 240_000);
});
