import type { BrowserContext, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { typeComposed, typeUnikey } from './support/typing.ts';
import { openAllParts, openBuilder as open, useExample } from './support/builder.ts';
import { docxText } from '../support/nd30.ts';
import { storedDrafts } from './support/drafts.ts';

/**
 * The builder used as commune staff use it: Vietnamese typed with Unikey (Telex) and with a composing phone keyboard
 * into every kind of text field, on a fast and on a 4× slowed CPU; problems shown only once a field was worked on;
 * a download withheld while a figure cannot be written, with links to the fields; the A4 preview fitting a 1366 px
 * screen and a 390 px phone. Screenshots go to test-output/.
 */

const out = join(projectRoot, 'test-output');
const session = useSite(() => mkdirSync(out, { recursive: true }));
const KIND = 'bao-cao-cchc-dinh-ky';

const openBuilder = (options: Parameters<typeof open>[2] = {}) => open(session, KIND, options);

/** The draft this tab saved last, as stored. */
const storedDraft = async (page: Page) => (await storedDrafts(page))[0];

type Draft = Awaited<ReturnType<typeof storedDraft>>;

/**
 * One field of each kind, the text typed into it and where the draft keeps it. The texts put a space right after an
 * accented capital at the end of what is typed so far ("XÃ ", "TƯ ", "QĐ "), apostrophes of both kinds and digits.
 * `want` is what the draft keeps when it is not the text itself (list fields keep one item a line).
 */
const FIELDS: {
  kind: string;
  field: (p: Page) => ReturnType<Page['locator']>;
  text: string;
  stored: (d: Draft) => unknown;
  want?: unknown;
}[] = [
  { kind: 'single line', field: (p) => p.getByLabel('Địa danh'), text: 'Đưng K’Nớ', stored: (d) => d.header.place },
  {
    kind: 'list, multi-line',
    field: (p) => p.locator('#f-header-issuer'),
    text: 'ỦY BAN NHÂN DÂN\nXÃ ĐƯNG K’NỚ',
    stored: (d) => d.header.issuer,
  },
  {
    kind: 'list, multi-line',
    field: (p) => p.getByLabel(/^Kính gửi/),
    text: 'Ủy ban nhân dân tỉnh Lâm Đồng\nSỞ TƯ PHÁP TỈNH LÂM ĐỒNG',
    stored: (d) => d.header.recipients,
    want: ['Ủy ban nhân dân tỉnh Lâm Đồng', 'SỞ TƯ PHÁP TỈNH LÂM ĐỒNG'],
  },
  {
    kind: 'prose',
    field: (p) => p.getByLabel('Căn cứ (đoạn mở đầu)'),
    text: "Đang thực hiện QĐ số 12 của Ủy ban nhân dân xã Ea H'leo",
    stored: (d) => d.header.basis,
  },
  {
    kind: 'prose in a section',
    field: (p) => p.locator('#f-chi-dao-dieu-hanh-noi-dung'),
    text: 'Ủy ban nhân dân Phường 3 Bảo Lộc đã ban hành 05 văn bản.\nĐƯỢC triển khai đúng hạn.',
    stored: (d) => d.values['chi-dao-dieu-hanh:noi-dung'],
  },
  {
    kind: 'document row',
    field: (p) => p.locator('#f-chi-dao-dieu-hanh-van-ban-0-subject'),
    text: 'Kế hoạch cải cách hành chính năm 2026 của xã Đam Rông 4',
    stored: (d) => d.values['chi-dao-dieu-hanh:van-ban'][0].subject,
  },
  {
    kind: 'table cell',
    field: (p) => p.locator('#f-ket-qua-cai-cach-che-do-cong-vu-trinh-do-0-trinh-do'),
    text: 'Đại học Luật',
    stored: (d) => d.values['ket-qua/cai-cach-che-do-cong-vu:trinh-do'][0]['trinh-do'],
  },
  {
    kind: 'single line',
    field: (p) => p.getByLabel('Họ và tên người ký'),
    text: 'Nguyễn Thị Ánh Tuyết',
    stored: (d) => d.signature.name,
  },
  {
    kind: 'list, multi-line',
    field: (p) => p.getByLabel(/^Nơi nhận/),
    text: 'Như trên\nLưu: VT, VĂN THƯ',
    stored: (d) => d.distribution,
    want: ['Như trên', 'Lưu: VT, VĂN THƯ'],
  },
];

/** One field of each kind: enough for the slowed-CPU pass, which costs four times the time. */
const ONE_OF_EACH = FIELDS.filter((f, i) => FIELDS.findIndex((g) => g.kind === f.kind) === i);

async function typeEverywhere(page: Page, context: BrowserContext, throttle: number, fields = FIELDS) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  for (const [how, type] of [
    ['Unikey', (t: string) => typeUnikey(page, t)],
    ['composing keyboard', (t: string) => typeComposed(page, cdp, t)],
  ] as const) {
    for (const f of fields) {
      const el = f.field(page);
      await el.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await type(f.text);
      // What is on screen right after the last key, without waiting for renders to settle.
      expect(await el.inputValue(), `${how}, ×${throttle}, ${f.kind}`).toBe(f.text);
    }
    await page.getByLabel('Địa danh').click();
    await page.waitForTimeout(300 * throttle);
    for (const f of fields) expect(await f.field(page).inputValue(), `${how}, ×${throttle}, ${f.kind}, settled`).toBe(f.text);
    const draft = await storedDraft(page);
    for (const f of fields) expect(f.stored(draft), `${how}, ×${throttle}, ${f.kind}, saved`).toEqual(f.want ?? f.text);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
}

describe('Vietnamese input', () => {
  it('keeps every letter, space and line typed with Unikey (Telex) or a composing keyboard, in every kind of text field', async () => {
    const { page, context, watch } = await openBuilder();
    await openAllParts(page);
    await page.getByRole('button', { name: '+ Thêm văn bản' }).click();
    await page.getByRole('button', { name: '+ Thêm dòng' }).first().click();
    await typeEverywhere(page, context, 1);
    await typeEverywhere(page, context, 4, ONE_OF_EACH);
    // The issuer and place typed this way reach the document: "xã Đưng K’Nớ" in the sentences, not "XÃĐƯNG".
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.locator('.cchc-page').waitFor();
    await expect.poll(() => page.locator('.cchc-page__issuer').innerText()).toBe('ỦY BAN NHÂN DÂN\nXÃ ĐƯNG K’NỚ');
    expect(await page.locator('.cchc-page__placedate').innerText()).toMatch(/^Đưng K’Nớ, ngày /);
    expect(await page.locator('.cchc-page__body').innerText()).toContain('Ủy ban nhân dân xã Đưng K’Nớ');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('problems and the download', () => {
  it('shows a field’s problems once it was edited and left, and every problem once the user asks to download', async () => {
    const { page, context } = await openBuilder();
    await openAllParts(page);
    const shown = () => page.locator('.cchc-form .cchc-issue').count();
    // The checks run from the first edit; on the form nothing has been worked on yet, so nothing shows.
    await page.getByLabel('Trích yếu').fill('Kết quả cải cách hành chính quý IV');
    await expect.poll(() => page.locator('.cchc-issues-panel > summary').textContent()).toMatch(/^\d+ điểm cần xem lại$/);
    expect(await shown()).toBe(0);
    const place = page.getByLabel('Địa danh');
    await place.click();
    await typeUnikey(page, '3 Bảo Lộc');
    await page.waitForTimeout(300);
    expect(await page.locator('#f-header-place-issues').count(), 'not while typing').toBe(0);
    await place.press('Tab');
    await expect.poll(() => page.locator('#f-header-place-issues').textContent()).toMatch(/phải bắt đầu bằng chữ cái/);
    expect(await place.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-signature-name-issues').count()).toBe(0);
    await page.getByRole('button', { name: 'Tải .docx' }).click();
    await page.getByRole('dialog', { name: 'Chưa tải được báo cáo' }).waitFor();
    await expect.poll(() => page.locator('#f-signature-name-issues').textContent()).toMatch(/Chưa nhập họ tên người ký/);
    await context.close();
  });

  it('withholds the .docx while a figure cannot be written, links each problem to its field, and downloads once fixed', async () => {
    const { page, context } = await openBuilder();
    await useExample(page);
    await openAllParts(page);
    const received = page.locator('#f-ket-qua-cai-cach-tthc-giai-quyet-tong-nhan');
    const settled = page.locator('#f-ket-qua-cai-cach-tthc-giai-quyet-tong-da-giai-quyet');
    const people = page.locator('#f-ket-qua-cai-cach-che-do-cong-vu-trinh-do-0-so-nguoi');
    await received.fill('-5');
    await settled.fill('2,5');
    await people.fill('mười sáu');
    await people.press('Tab');
    // Nothing typed is lost: the text stays in the field and in the saved draft.
    await expect
      .poll(async () => (await storedDraft(page)).values['ket-qua/cai-cach-che-do-cong-vu:trinh-do'][0]['so-nguoi'])
      .toBe('mười sáu');
    // Close the section: the links must open it again.
    await page.locator('details[data-part="ket-qua"] > summary').click();
    await page.getByRole('button', { name: 'Tải .docx' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chưa tải được báo cáo' });
    await dialog.waitFor();
    expect(await page.getByRole('button', { name: 'Vẫn tải .docx' }).count()).toBe(0);
    const links = dialog.locator('.cchc-summary--blocking a');
    await expect
      .poll(() => links.allTextContents())
      .toEqual([
        expect.stringMatching(/Tổng số hồ sơ nhận giải quyết không được là số âm \(-5\)/),
        expect.stringMatching(/Số hồ sơ đã giải quyết phải là số nguyên \(đang nhập 2,5\)/),
        expect.stringMatching(/dòng 1, cột "Số người": "mười sáu" có chữ/),
      ]);
    const noDownload = await page.waitForEvent('download', { timeout: 1_500 }).then(
      () => false,
      () => true,
    );
    expect(noDownload, 'no .docx while a figure is wrong').toBe(true);
    await links.nth(2).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-ket-qua-cai-cach-che-do-cong-vu-trinh-do-0-so-nguoi');
    expect(await page.locator('details[data-part="ket-qua"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const box = (await people.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: join(out, 'download-blocked-link.png') });
    // Fixed one by one, the list follows; with no blocking problem left the download is offered again.
    await people.fill('16');
    await received.fill('4.133');
    await settled.fill('4.128');
    await settled.press('Tab');
    const confirm = page.getByRole('button', { name: 'Vẫn tải .docx' });
    const nothingLeft = page.getByRole('button', { name: 'Tải .docx' });
    await expect
      .poll(async () => (await confirm.count()) + (await page.getByRole('dialog', { name: 'Chưa tải được báo cáo' }).count()))
      .toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), (await confirm.count()) ? confirm.click() : nothingLeft.click()]);
    const file = join(out, 'input-fixed-figures.docx');
    await download.saveAs(file);
    const text = docxText(file);
    expect(text).toContain('tổng số hồ sơ nhận giải quyết 4.133 hồ sơ');
    expect(text).not.toMatch(/-5|2,5 hồ sơ|mười sáu/);
    await context.close();
  });
});

describe('A4 preview', () => {
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ]) {
    it(`fits a ${width} px screen: the whole page in view, no sideways scroll, the blank number as the .docx has it`, async () => {
      const { page, context } = await openBuilder({ viewport: { width, height } });
      await useExample(page);
      await page.getByRole('button', { name: 'Xem trước' }).click();
      const sheet = page.locator('.cchc-page');
      await sheet.waitFor();
      await sheet.scrollIntoViewIfNeeded();
      const m = await page.evaluate(() => {
        const r = document.querySelector('.cchc-page')!.getBoundingClientRect();
        const box = document.querySelector('#cchc-preview')!.getBoundingClientRect();
        return {
          left: r.left,
          right: r.right,
          boxLeft: box.left,
          boxRight: box.right,
          inner: window.innerWidth,
          scroll: document.documentElement.scrollWidth,
          number: (document.querySelector('.cchc-page__number') as HTMLElement).innerText,
        };
      });
      expect(m.left).toBeGreaterThanOrEqual(m.boxLeft - 0.5);
      expect(m.right).toBeLessThanOrEqual(m.boxRight + 0.5);
      expect(m.right).toBeLessThanOrEqual(m.inner);
      expect(m.scroll, 'no horizontal scroll of the page').toBeLessThanOrEqual(m.inner);
      expect(m.number).toBe(`Số:${' '.repeat(7)}/BC-UBND`);
      await page.screenshot({ path: join(out, `preview-fit-${width}.png`) });
      await page.locator('#cchc-preview').screenshot({ path: join(out, `preview-fit-${width}-page.png`) });
      await context.close();
    });
  }
});
