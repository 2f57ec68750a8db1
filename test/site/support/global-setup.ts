import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { assertBuilt } from './dist.ts';
import { startSite } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The suite's one Chromium (test/site/support/session.ts connects to it). */
    browserEndpoint: string;
    /** The built site's address, base path included ("http://127.0.0.1:41234/"). */
    siteUrl: string;
    siteBase: string;
  }
}

/**
 * Once for the whole site suite: the built site served locally and one Chromium. Test files, run in parallel, each
 * connect to that Chromium and open a browser context per test (contexts share no storage, cookies or cache).
 */
export default async function setup(project: TestProject) {
  assertBuilt();
  const [site, browser] = await Promise.all([startSite(), launchBrowserServer()]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  project.provide('siteUrl', site.url);
  project.provide('siteBase', site.base);
  return async () => {
    await browser.close();
    await site.stop();
  };
}
