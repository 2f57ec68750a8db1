import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded one; flags keep it from calling home on a closed network. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** A Chromium of one's own (benchmarks); the site tests share one (session.ts). */
export const launchBrowser = (): Promise<Browser> => chromium.launch(launchOptions);

/** The site suite's one Chromium, which test files connect to (global-setup.ts). */
export const launchBrowserServer = (): Promise<BrowserServer> => chromium.launchServer(launchOptions);

/** Connects to the suite's Chromium; closing the connection closes the contexts it opened, not the browser. */
export const connectBrowser = (endpoint: string): Promise<Browser> => chromium.connect(endpoint);

export type PageWatch = { consoleErrors: string[]; foreignRequests: string[] };

/**
 * A page that records console errors and every request that is not to the local test server —
 * nothing the user types may leave the browser, and the site makes no third-party requests. Requests are watched
 * on the whole context, so the service worker's own (precaching) are watched too.
 *
 * The service worker is blocked unless a test asks for it (`serviceWorkers: 'allow'`, test/site/offline.test.ts):
 * each new context would otherwise download the whole site (~4 MB) in the background, for tests that do not need it.
 */
export async function watchedPage(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true, serviceWorkers: 'block', ...options });
  const page: Page = await context.newPage();
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(String(err)));
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  return { context, page, watch };
}
