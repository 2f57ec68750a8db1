/**
 * Drafts where they fit (issue 19): a storage that is really full (Chromium on a small RAM disk) and a commune's year
 * of work (200 drafts, 50 MB, with criteria sets) in IndexedDB. "Đã tự lưu" is said only of what was stored: after a
 * reload everything it reported is there, and what was typed while full is stored once there is room again.
 */
import type { Page } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchedPage } from './support/browser.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { smallDiskContext } from './support/small-disk.ts';
import { storedCurrentDraft, storedEntries } from './support/drafts.ts';

const out = join(projectRoot, 'test-output', 'storage');
const session = useSite(() => mkdirSync(out, { recursive: true }));
const KIND = 'bao-cao-tu-danh-gia-chi-so-cchc';

async function openHeader(page: Page) {
  const part = page.locator('details.cchc-section', { has: page.locator('summary', { hasText: 'Phần đầu văn bản' }) }).first();
  if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open))) await part.locator('summary').click();
  await part.locator('.cchc-loading').waitFor({ state: 'detached' });
}

/** Fills the disk with another database of random (incompressible) bytes until the browser refuses. */
const fillStorage = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('filler');
      r.onupgradeneeded = () => r.result.createObjectStore('s');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const chunk = (size: number) => {
      const a = new Uint8Array(size);
      for (let i = 0; i < size; i += 65536) crypto.getRandomValues(a.subarray(i, i + 65536));
      return a;
    };
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 12])
      for (;;) {
        const stored = await new Promise<boolean>((resolve) => {
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put(chunk(size), n++);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
        if (!stored) break;
      }
    db.close();
    return n;
  });

const freeStorage = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('filler');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      }),
  );

describe('a full storage', () => {
  it('says so on the draft bar, keeps the text, never reports unsaved text as saved, and saves it once there is room', async () => {
    const { context, close } = await smallDiskContext();
    try {
      const page = await context.newPage();
      page.on('dialog', (d) => void d.accept()); // "Leave site?" while something is not stored
      const url = `${session.site.url}lap-bao-cao/${KIND}/`;
      await page.goto(url);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await openHeader(page);
      const place = page.getByLabel('Địa danh');
      const basis = page.getByLabel('Căn cứ (đoạn mở đầu)');
      const savedAt = page.getByTestId('saved-at');
      await place.fill('Đưng K’Nớ');
      await expect.poll(() => savedAt.textContent()).toMatch(/^Đã tự lưu lúc \d{2}:\d{2}\.$/);

      expect(await fillStorage(page)).toBeGreaterThan(10);
      // 12 KB typed into a full storage (the case of the issue): no "Đã tự lưu", the notice says what to do.
      const long = `Thực hiện Kế hoạch số 12/KH-UBND, ${'nội dung dài gõ khi bộ nhớ đầy; '.repeat(380)}`;
      await basis.fill(long);
      const notice = page.getByTestId('storage-notice');
      await expect.poll(() => notice.getAttribute('data-status'), { timeout: 10_000 }).toBe('full');
      const text = (await notice.textContent()) ?? '';
      expect(text).toMatch(/^Chưa lưu được: bộ nhớ của trình duyệt trên máy này đã đầy\./);
      expect(text).toMatch(/Lần lưu được gần nhất lúc \d{2}:\d{2}\. Những gì nhập sau đó vẫn còn trên trang này/);
      expect(text).toContain('xuất bản nháp ra tệp .json, hoặc tải .docx');
      expect(text).toContain('xóa bớt bản nháp cũ');
      expect(await savedAt.count()).toBe(0);
      expect(await basis.inputValue()).toBe(long);
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.locator('.cchc-drafts').screenshot({ path: join(out, 'storage-full-1366.png') });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('.cchc-drafts').screenshot({ path: join(out, 'storage-full-390.png') });
      await page.setViewportSize({ width: 1366, height: 900 });

      // An import while full opens the draft but does not say it was stored.
      const example = readFileSync(join(projectRoot, 'content/examples', `${KIND}.json`));
      await page.locator('#cchc-import').setInputFiles({ name: 'ban-nhap.json', mimeType: 'application/json', buffer: example });
      await expect.poll(() => page.getByTestId('notice').textContent()).toMatch(/chưa lưu được vào máy/);
      expect(await page.getByTestId('notice').getAttribute('role')).toBe('alert');

      // The notice's own export keeps everything typed.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: 'Xuất ngay ra tệp .json' }).click(),
      ]);
      const exported = join(out, 'storage-full-export.json');
      await download.saveAs(exported);
      expect(JSON.parse(readFileSync(exported, 'utf8')).values).toBeDefined();

      // Reload while full (the browser asked first): what was reported saved is there, and so is what was typed
      // since, copied to localStorage as the page went (the imported draft too); the notice still says it is not stored.
      await page.reload();
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await openHeader(page);
      const list = page.getByLabel('Bản nháp đang mở');
      expect(await list.locator('option').count()).toBe(2);
      await list.selectOption({ label: 'Bản nháp' });
      await expect.poll(() => page.getByLabel('Địa danh').inputValue()).toBe('Đưng K’Nớ');
      expect(await page.getByLabel('Căn cứ (đoạn mở đầu)').inputValue()).toBe(long);
      expect(await notice.getAttribute('data-status')).toBe('full');

      // Room again (an old draft deleted, here the filler): the next change stores everything, the notice goes.
      await page.getByLabel('Căn cứ (đoạn mở đầu)').fill(long);
      await freeStorage(page);
      await page.getByLabel('Địa danh').fill('Đưng K’Nớ 2');
      await expect.poll(() => savedAt.textContent(), { timeout: 10_000 }).toMatch(/^Đã tự lưu lúc/);
      expect(await notice.count()).toBe(0);
      await page.reload();
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await openHeader(page);
      expect(await page.getByLabel('Căn cứ (đoạn mở đầu)').inputValue()).toBe(long);
      expect(await page.getByLabel('Địa danh').inputValue()).toBe('Đưng K’Nớ 2');
    } finally {
      await close();
    }
  });
});

describe('a commune’s year of work', () => {
  it('200 drafts, 50 MB with criteria sets, fit in the browser: listed, opened, edited and saved', async () => {
    const { page, context, watch } = await watchedPage(session.browser, new URL(session.site.url).origin);
    const examples = readdirSync(join(projectRoot, 'content/examples')).map((f) =>
      JSON.parse(readFileSync(join(projectRoot, 'content/examples', f), 'utf8')),
    );
    await page.goto(session.site.url);
    // Stored as the builder stores them (src/lib/storage/keys.ts): a list per kind, { rev, draft } per draft.
    const bytes = await page.evaluate(async (examples) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('cam-nang-cchc');
        r.onupgradeneeded = () => r.result.createObjectStore('kv');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const lists: Record<string, { current: string; items: { id: string; name: string; updatedAt: string }[] }> = {};
      const drafts: [string, unknown][] = [];
      let total = 0;
      for (let n = 0; n < 200; n++) {
        const d = structuredClone(examples[n % examples.length]);
        const [key, text] = Object.entries(d.values).find(([, v]) => typeof v === 'string') as [string, string];
        const filler = Array.from({ length: Math.ceil((250_000 - JSON.stringify(d).length) / (text.length + 1)) }, () => text).join('\n');
        const draft = {
          ...d,
          name: `Năm 2026 — ${n + 1}`,
          updatedAt: new Date(Date.UTC(2026, 0, 1 + n)).toISOString(),
          values: { ...d.values, [key]: filler },
        };
        total += JSON.stringify(draft).length;
        const id = `nam-${n}`;
        (lists[d.kind] ??= { current: id, items: [] }).items.push({ id, name: draft.name, updatedAt: draft.updatedAt });
        drafts.push([`cchc:v1:draft:${id}`, { rev: 1, draft }]);
      }
      const tx = db.transaction('kv', 'readwrite');
      for (const [key, value] of drafts) tx.objectStore('kv').put(value, key);
      for (const [kind, list] of Object.entries(lists)) tx.objectStore('kv').put(list, `cchc:v1:drafts:${kind}`);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
      return total;
    }, examples);
    expect(bytes).toBeGreaterThan(50_000_000);
    await page.goto(`${session.site.url}lap-bao-cao/${KIND}/`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    const list = page.getByLabel('Bản nháp đang mở');
    const mine = examples.filter((e) => e.kind === KIND).length;
    expect(await list.locator('option').count()).toBe(Math.round((200 / examples.length) * mine));
    const last = Math.max(...Array.from({ length: 200 }, (_, n) => (examples[n % examples.length].kind === KIND ? n + 1 : 0)));
    await list.selectOption({ label: `Năm 2026 — ${last}` });
    await openHeader(page);
    await page.getByLabel('Địa danh').fill('Cuối năm');
    await expect.poll(() => page.getByTestId('saved-at').textContent()).toMatch(/^Đã tự lưu lúc/);
    const stored = await storedCurrentDraft(page, KIND);
    expect(stored.name).toBe(`Năm 2026 — ${last}`);
    expect(stored.header.place).toBe('Cuối năm');
    expect(JSON.stringify(stored).length).toBeGreaterThan(240_000);
    expect(Object.keys(await storedEntries(page, true)).filter((k) => k.startsWith('cchc:v1:draft:')).length).toBe(200);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
