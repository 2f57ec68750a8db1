import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { assertBuilt } from './dist.ts';
import { startSite, type SiteServer } from './server.ts';

/** The built site served locally and one Chromium, for the whole test file; both are closed after it. */
export function useSite(setup?: () => void): { readonly site: SiteServer; readonly browser: Browser } {
  let site: SiteServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertBuilt();
    setup?.();
    site = await startSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.stop();
  });
  return {
    get site() {
      return site!;
    },
    get browser() {
      return browser!;
    },
  };
}
