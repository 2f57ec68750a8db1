import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ContextOptions, Session, WatchedPage } from './session.ts';
import { storedCurrentDraft } from './drafts.ts';

/**
 * A report builder (/lap-bao-cao/<kind>/) ready for input: in a new context (options: viewport, bypassCSP for axe…),
 * or as a second tab of `context`.
 */
export async function openBuilder(
  session: Session,
  kind: string,
  options: ContextOptions & { context?: BrowserContext } = {},
): Promise<WatchedPage> {
  const { context, ...contextOptions } = options;
  const w = context ? await session.tab(context) : await session.page(contextOptions);
  await w.page.goto(`${session.site.url}lap-bao-cao/${kind}/`);
  await w.page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
  return w;
}

/** The <details> of a part of the form (header, a section, signature) whose summary has `name`. */
export const formPart = (page: Page, name: string | RegExp) =>
  page.locator('details.cchc-section', { has: page.locator('summary', { hasText: name }) }).first();

/** Opens a part of the form (its editors load on first opening) and waits for them. */
export async function openPart(page: Page, name: string | RegExp) {
  const part = formPart(page, name);
  if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open))) await part.locator('summary').click();
  await part.locator('.cchc-loading').waitFor({ state: 'detached' });
  return part;
}
export const openHeader = (page: Page) => openPart(page, 'Phần đầu văn bản');

/** Opens every part of the form and waits until every editor has loaded. */
export async function openAllParts(page: Page) {
  const closed = page.locator('details.cchc-section:not([open]) > summary');
  while (await closed.count()) await closed.first().click();
  await expect.poll(() => page.locator('.cchc-loading').count()).toBe(0);
}

/** The open draft of a report kind as the builder saved it in the browser's storage. */
/** The open draft of this kind as the builder stored it (IndexedDB). */
export const savedDraft = storedCurrentDraft;

/** "Dùng dữ liệu mẫu", accepting the question it asks when the draft has content. */
export async function useExample(page: Page): Promise<void> {
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Đã điền dữ liệu mẫu');
}

/** "Tải .docx" (and "Vẫn tải .docx" when the checks list open points); saves the file, returns its suggested name. */
export async function downloadDocx(page: Page, file: string): Promise<string> {
  const downloaded = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Tải .docx' }).click();
  // The confirm step's code loads with the click: whichever comes first, the file or the confirm step.
  const confirm = page.getByRole('button', { name: 'Vẫn tải .docx' });
  const confirmShown = confirm.waitFor({ timeout: 30_000 }).then(
    () => true,
    () => false,
  );
  if (await Promise.race([downloaded.then(() => false), confirmShown])) await confirm.click();
  const download = await downloaded;
  await download.saveAs(file);
  return download.suggestedFilename();
}
