/**
 * The .docx carries its draft: for every kind's example, in Chromium, download the report, clear the site's
 * storage (as cleaning tools do), choose the .docx in "Nhập bản nháp", download again. The draft comes back as it
 * was and both .docx have the same text. A .docx without a draft or cut short is refused with a message.
 */
import type { Page } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { downloadDocx, openBuilder as open, savedDraft, useExample } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxText } from '../support/nd30.ts';
import { loadCatalogue, loadTemplates, parseDraft } from '../../src/data/load.ts';
import { wipeSiteStorage } from './support/drafts.ts';
import { renderBytes } from '../support/render.ts';

const out = join(projectRoot, 'test-output', 'roundtrip');
const kinds = readdirSync(join(projectRoot, 'content/examples'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const session = useSite(() => mkdirSync(out, { recursive: true }));

const openBuilder = (kind: string, viewport = { width: 1366, height: 900 }) => open(session, kind, { viewport });

const draftCount = (page: Page) => page.locator('#cchc-draft-select option').count();

describe('a downloaded .docx brings its draft back', () => {
  it('finds every example', () => expect(kinds.length).toBeGreaterThanOrEqual(7));

  for (const kind of kinds) {
    it(`${kind}: download → clear storage → import the .docx → download again`, async () => {
      const { page, watch, context } = await openBuilder(kind);
      await useExample(page);
      // Named, as users name a report's draft (an unnamed one would come back as "Bản nháp (2)" beside the new empty one).
      await page.getByLabel('Tên bản nháp').fill(`Báo cáo gửi cấp trên — ${kind}`);
      await page.getByLabel('Tên bản nháp').press('Enter');
      await expect.poll(async () => (await savedDraft(page, kind))?.name).toBe(`Báo cáo gửi cấp trên — ${kind}`);
      const first = join(out, `${kind}-1.docx`);
      await downloadDocx(page, first);
      await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Tệp mang theo bản nháp');
      const original = await savedDraft(page, kind);
      expect(original.kind).toBe(kind);

      await wipeSiteStorage(page);
      await page.reload();
      await page.locator('[data-ready="true"]').waitFor();
      expect(await draftCount(page)).toBe(1);
      // A new empty draft, stored only once something is typed into it.
      expect(await savedDraft(page, kind)).toBeUndefined();

      await page.locator('#cchc-import').setInputFiles(first);
      await expect
        .poll(() => page.getByTestId('notice').textContent())
        .toBe(
          `Đã lấy lại bản nháp “${original.name}” từ tệp .docx thành một bản nháp mới; bản nháp đang mở trước đó vẫn còn trong danh sách.`,
        );
      expect(await draftCount(page)).toBe(2);
      const restored = await savedDraft(page, kind);
      expect({ ...restored, updatedAt: '' }).toEqual({ ...original, updatedAt: '' });
      if (kind === kinds[0]) await page.locator('.cchc-drafts').screenshot({ path: join(out, 'imported-1366.png') });

      const second = join(out, `${kind}-2.docx`);
      await downloadDocx(page, second);
      expect(docxText(second)).toBe(docxText(first));
      expect(checkNd30(second).filter((r) => !r.ok)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await context.close();
    });
  }

  it('refuses a .docx without a draft, a truncated one and a newer one in Vietnamese, changing nothing', async () => {
    const kind = kinds[0];
    const { page, context } = await openBuilder(kind);
    await useExample(page);
    const file = join(out, `${kind}-messages.docx`);
    await downloadDocx(page, file);
    const bytes = new Uint8Array(readFileSync(file));
    const files = unzipSync(bytes);
    const withoutDraft = zipSync(Object.fromEntries(Object.entries(files).filter(([n]) => !n.startsWith('customXml/'))));
    const part = Object.keys(files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    const newer = zipSync({ ...files, [part]: strToU8('<draft xmlns="urn:cam-nang-cchc:draft:9"><![CDATA[{}]]></draft>') });
    const before = await savedDraft(page, kind);
    const cases: [string, Uint8Array, RegExp][] = [
      ['go-tay.docx', withoutDraft, /không mang theo bản nháp của Cẩm nang CCHC/],
      ['tai-do.docx', bytes.slice(0, bytes.length >> 1), /tệp bị hỏng hoặc chưa tải về hết/],
      ['ban-moi.docx', newer, /phiên bản mới hơn/],
    ];
    for (const [name, buffer, message] of cases) {
      await page.locator('#cchc-import').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(buffer) });
      await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Không nhập được tệp' }).textContent()).toMatch(message);
      expect(await draftCount(page)).toBe(1);
      expect(await savedDraft(page, kind)).toEqual(before);
    }
    await page.locator('.cchc-drafts').screenshot({ path: join(out, 'message-1366.png') });
    await context.close();
  });

  it('on a phone (390 px): imports a .docx made by `npm run render`, refuses a broken one', async () => {
    const kind = kinds[0];
    const example = parseDraft(JSON.parse(readFileSync(join(projectRoot, 'content/examples', `${kind}.json`), 'utf8')));
    const bytes = await renderBytes(loadTemplates().get(kind)!, example, loadCatalogue());
    const file = join(out, `${kind}-node.docx`);
    writeFileSync(file, bytes);
    const { page, context } = await openBuilder(kind, { width: 390, height: 844 });
    await page.locator('#cchc-import').setInputFiles(file);
    await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/^Đã lấy lại bản nháp/);
    await page.locator('.cchc-drafts').screenshot({ path: join(out, 'imported-390.png') });
    await page
      .locator('#cchc-import')
      .setInputFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004') });
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/tệp bị hỏng/);
    await page.locator('.cchc-drafts').screenshot({ path: join(out, 'message-390.png') });
    await context.close();
  });
});
