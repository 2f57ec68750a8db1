import type { Page } from 'playwright-core';

/**
 * Waits until the page's service worker is active — its install, which precaches the whole site, has finished —
 * and controls the page (the first visit's page too: the worker claims its clients).
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 30_000 });
}
