import type { Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './dist.ts';

/** gzip -9 size of a file or text; the preview server may not compress, so sizes come from dist, not the wire. */
export const gzipSize = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export type LoadedJs = { url: string; file: string; gzip: number };
export type BrowserWeight = { files: LoadedJs[]; inline: number; total: number };

/** gzip size of the page's inline (non-JSON) scripts: they run without a request. */
export function inlineScriptsGzip(html: string): number {
  let inline = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[1])) continue;
    inline += gzipSize(m[2]);
  }
  return inline;
}

/**
 * Opens `url` and records every JavaScript response until the network has been idle for `quietMs`,
 * without touching the page: what a visitor downloads before doing anything. Each file is sized by
 * its gzip in dist (base path stripped); inline scripts of the HTML are added.
 */
export async function measureLoadedJs(page: Page, url: string, base: string, quietMs = 1500, maxMs = 20_000): Promise<BrowserWeight> {
  const seen = new Map<string, LoadedJs>();
  let inflight = 0;
  let last = Date.now();
  const origin = new URL(url).origin;
  page.on('request', () => {
    inflight++;
    last = Date.now();
  });
  const done = () => {
    inflight = Math.max(0, inflight - 1);
    last = Date.now();
  };
  page.on('requestfailed', done);
  page.on('requestfinished', done);
  page.on('response', (res) => {
    const u = new URL(res.url());
    const isJs = /\.m?js$/.test(u.pathname) || /javascript/.test(res.headers()['content-type'] ?? '');
    if (!isJs || u.origin !== origin || seen.has(u.pathname)) return;
    const rel = u.pathname.startsWith(base) ? u.pathname.slice(base.length) : u.pathname.replace(/^\//, '');
    const file = join(distDir, rel);
    seen.set(u.pathname, { url: u.pathname, file: rel, gzip: existsSync(file) ? gzipSize(readFileSync(file)) : 0 });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  const html = (await response?.text()) ?? '';
  const start = Date.now();
  while (Date.now() - start < maxMs && !(inflight === 0 && Date.now() - last >= quietMs)) await page.waitForTimeout(100);
  const files = [...seen.values()].sort((a, b) => b.gzip - a.gzip);
  const inline = inlineScriptsGzip(html);
  return { files, inline, total: files.reduce((s, f) => s + f.gzip, 0) + inline };
}
