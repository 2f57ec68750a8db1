/**
 * The roll-up's fields as a province types into them: the four targets of its own typed one after another, key by key
 * with a pause between keys and Tab to the next field, on a fast and on a 4× slowed CPU (Chrome DevTools Protocol).
 * Each target kept on Tab re-draws the whole roll-up while the next field is being typed into: no key may be lost
 * (once "98 ⇥ 2 ⇥ 95 ⇥ 40" kept 98, lost the "2" and turned "40" into "0"). The text settings are typed the same way.
 */
import type { Page } from 'playwright-core';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedRollup } from './support/drafts.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { loadCatalogue, loadTemplates } from '../../src/data/load.ts';
import { renderBytes } from '../support/render.ts';
import { FILES, unitFiles } from '../support/rollup-units.ts';

const out = join(projectRoot, 'test-output', 'rollup-input');
const N = 40;
const monthly = loadTemplates().get('bao-cao-tthc-thang')!;

const session = useSite(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});

/** The province's own targets, in the order the page lists them: typed, and what the roll-up keeps of each. */
const TARGETS = [
  { label: 'Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn (%, tối thiểu)', key: `${FILES}.ty-le-dung-han` },
  { label: 'Tỷ lệ hồ sơ quá hạn (%, tối đa)', key: `${FILES}.ty-le-qua-han` },
  { label: 'Tỷ lệ hồ sơ đã giải quyết (%, tối thiểu)', key: `${FILES}.ty-le-da-giai-quyet` },
  { label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến (%, tối thiểu)', key: `${FILES}.ty-le-truc-tuyen` },
];
const field = (page: Page, label: string) => page.getByLabel(`Chỉ tiêu của tỉnh: ${label}`, { exact: true });

/** The roll-up's settings as this tab keeps them (IndexedDB), once a save has stored them. */
async function stored(page: Page): Promise<{ targets: Record<string, number>; place: string }> {
  await expect.poll(async () => (await storedRollup(page))?.settings !== undefined).toBe(true);
  return (await storedRollup(page)).settings;
}

/** Types `text` into the focused field one key at a time, `delay` ms apart, the way a person types. */
const typeSlowly = (page: Page, text: string, delay: number) => page.keyboard.type(text, { delay });

/** Empties the targets (each left empty is no target), then types `values` into them: keys, Tab, keys, Tab … */
async function typeTargets(page: Page, values: string[], delay: number) {
  for (const t of TARGETS) {
    await field(page, t.label).fill('');
    await field(page, t.label).blur();
  }
  await field(page, TARGETS[0].label).click();
  for (const v of values) {
    await typeSlowly(page, v, delay);
    // Straight on to the next target, as a person typing them in a row does (nothing waits for the page in between).
    await page.keyboard.press('Tab');
  }
}

describe('Tổng hợp báo cáo: typing', () => {
  it(
    'keeps every key of the targets and settings typed key by key with Tab, on a fast and a 4× slowed CPU',
    { timeout: 240_000 },
    async () => {
      const paths: string[] = [];
      for (const f of unitFiles(N, 2027, false).files) {
        const path = join(out, f.file);
        writeFileSync(path, await renderBytes(monthly, f.draft, loadCatalogue()));
        paths.push(path);
      }
      const { page, context, watch } = await session.page({
        viewport: { width: 1366, height: 900 },
      });
      await page.goto(`${session.site.url}tong-hop/`);
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await page.locator('#cchc-rollup-files').setInputFiles(paths);
      await expect
        .poll(() => page.getByTestId('notice').textContent(), { timeout: 60_000 })
        .toBe(`Đã thêm ${N} báo cáo vào bảng tổng hợp.`);
      for (const t of TARGETS) await field(page, t.label).waitFor();

      const cdp = await context.newCDPSession(page);
      for (const [rate, values, kept] of [
        [1, ['98', '2', '95', '40'], [98, 2, 95, 40]],
        [4, ['97,5', '3', '90', '45'], [97.5, 3, 90, 45]],
      ] as const) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await typeTargets(page, [...values], 60);
        // On screen right after the last key, then once every re-draw has run, then as kept on this computer.
        expect(await Promise.all(TARGETS.map((t) => field(page, t.label).inputValue())), `×${rate}, on screen`).toEqual(values);
        await page.waitForTimeout(300 * rate);
        expect(await Promise.all(TARGETS.map((t) => field(page, t.label).inputValue())), `×${rate}, settled`).toEqual(values);
        await expect
          .poll(
            async () => {
              const targets = (await stored(page)).targets;
              return TARGETS.map((t) => targets[t.key]);
            },
            { message: `×${rate}, kept` },
          )
          .toEqual([...kept]);
        // Each target is used: the targets section names all four.
        await expect.poll(() => page.getByTestId('targets').locator('[data-key]').count()).toBe(4);
      }

      // A text setting typed the same way, then a wrong target: kept on screen, flagged once left, not used.
      await page.locator('#cchc-rollup-place').click();
      await typeSlowly(page, 'Hưng Yên', 60);
      await page.keyboard.press('Tab');
      await field(page, TARGETS[1].label).click();
      await page.keyboard.press('Control+A');
      await typeSlowly(page, '150', 60);
      await page.keyboard.press('Tab');
      expect(await page.locator('#cchc-rollup-place').inputValue()).toBe('Hưng Yên');
      expect(await field(page, TARGETS[1].label).inputValue()).toBe('150');
      await expect.poll(() => field(page, TARGETS[1].label).getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByTestId('settings').locator('.cchc-issue--error').textContent()).toContain(
        '“150” không phải tỷ lệ phần trăm hợp lệ',
      );
      await expect.poll(async () => (await stored(page)).place).toBe('Hưng Yên');
      expect((await stored(page)).targets[TARGETS[1].key]).toBe(3);

      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();

      // Typed, and the page reloaded at once: a target still in its field (kept only once left) and a text whose
      // write is still under way are both there after the reload.
      await page.locator('#cchc-rollup-place').click();
      await page.keyboard.press('End');
      await typeSlowly(page, ' mới', 5);
      await field(page, TARGETS[2].label).click();
      await page.keyboard.press('Control+A');
      await typeSlowly(page, '88', 5);
      await page.reload();
      await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
      await expect.poll(() => field(page, TARGETS[2].label).inputValue(), { timeout: 30_000 }).toBe('88');
      expect(await page.locator('#cchc-rollup-place').inputValue()).toBe('Hưng Yên mới');
      await expect.poll(async () => (await stored(page)).targets[TARGETS[2].key]).toBe(88);
      await expect.poll(() => page.evaluate(() => localStorage.getItem('cchc:v1:rollup'))).toBeNull();
      await page.getByTestId('settings').screenshot({ path: join(out, 'targets-1366.png') });
      expect(watch.consoleErrors).toEqual([]);
      await context.close();
    },
  );
});
