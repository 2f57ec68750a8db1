import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { connectBrowser, watchedPage, type PageWatch } from './browser.ts';
import type { SiteServer } from './server.ts';

export type ContextOptions = Parameters<Browser['newContext']>[0];
export type WatchedPage = Awaited<ReturnType<typeof watchedPage>>;
export type { PageWatch };

/**
 * What a site test file works with: the built site (served once for the suite) and the suite's one Chromium
 * (test/site/support/global-setup.ts), through a connection of the file's own. Contexts a file opens are closed with
 * its connection after its last test.
 */
export type Session = {
  readonly site: SiteServer;
  readonly browser: Browser;
  /** The site's origin ("http://127.0.0.1:41234"), for watchedPage. */
  readonly origin: string;
  /** A page in a new browser context that records console errors and requests to other hosts (browser.ts). */
  page(options?: ContextOptions): Promise<WatchedPage>;
  /** A new page in `context` (a second tab), with an empty watch. */
  tab(context: BrowserContext): Promise<WatchedPage>;
};

/** The session of a test file; `setup` runs once before its first test (make output folders there). */
export function useSite(setup?: () => void): Session {
  let browser: Browser | undefined;
  const site: SiteServer = {
    get url() {
      return inject('siteUrl');
    },
    get base() {
      return inject('siteBase');
    },
    // The server belongs to the suite: it stops after the last file.
    stop: async () => {},
  };
  beforeAll(async () => {
    setup?.();
    browser = await connectBrowser(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const session: Session = {
    site,
    get browser() {
      if (!browser) throw new Error('useSite(): the browser is connected in beforeAll; use it inside a test');
      return browser;
    },
    get origin() {
      return new URL(site.url).origin;
    },
    page: (options = {}) => watchedPage(session.browser, session.origin, options),
    tab: async (context) => ({ context, page: await context.newPage(), watch: { consoleErrors: [], foreignRequests: [] } }),
  };
  return session;
}
