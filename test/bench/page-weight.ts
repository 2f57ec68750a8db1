/**
 * Initial JavaScript weight of the report-builder pages: the module scripts a built page loads (script tags,
 * island components and renderers, inline module scripts) plus everything they import statically, gzip-compressed.
 * Dynamic import() chunks (docx renderer, preview, import validation) are not counted: they load on first use.
 *
 *   node test/bench/page-weight.ts [--json] [--budget=25] [--browser]     (after npm run build)
 *
 * --browser also opens each builder page in Debian Chromium and sums the gzip size (from dist) of every JS file
 * the page actually loads until the network is idle for 1.5 s, without any user interaction (code deferred to
 * "after mount" or "when idle" counts here; only code loaded on a user action does not).
 *
 * Exits 1 when a builder page exceeds the budget (KB gzip) in either measure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

/** Static imports of an ES module ("import x from './a.js'", "import './b.js'", "export * from './c.js'"), never import(). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
  for (const m of code.matchAll(re)) out.add(m[1]);
  return [...out];
}

export type PageWeight = { page: string; files: { file: string; gzip: number }[]; inline: number; total: number };

/** Resolves a URL path from the built HTML to a file in dist, ignoring the base path. */
function fileFor(urlPath: string, base: string): string | undefined {
  const p = urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath.replace(/^\//, '');
  const f = join(dist, p);
  return existsSync(f) ? f : undefined;
}

export function pageWeight(htmlPath: string, base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')): PageWeight {
  const html = readFileSync(htmlPath, 'utf8');
  const entry = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) entry.add(m[1]);
  for (const m of html.matchAll(/<astro-island\b[^>]*?\b(?:component-url|renderer-url)="([^"]+)"/g)) entry.add(m[1]);
  let inline = 0;
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(m[1])) continue;
    inline += gz(m[2]);
    for (const spec of staticImports(m[2])) entry.add(spec);
  }
  const seen = new Map<string, number>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file);
    seen.set(file, gz(code));
    for (const spec of staticImports(code.toString('utf8'))) {
      const next = spec.startsWith('.') ? resolve(dirname(file), spec) : fileFor(spec, base);
      if (next && existsSync(next)) visit(next);
    }
  };
  for (const url of entry) {
    const f = fileFor(url, base);
    if (f) visit(f);
  }
  const files = [...seen].map(([file, gzip]) => ({ file: file.slice(dist.length + 1), gzip })).sort((a, b) => b.gzip - a.gzip);
  return { page: htmlPath.slice(dist.length + 1), files, inline, total: files.reduce((s, f) => s + f.gzip, 0) + inline };
}

export function builderPages(): string[] {
  const dir = join(dist, 'lap-bao-cao');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => join(dir, d.name, 'index.html'));
}

/** The Chromium measure for every builder page (see test/site/support/weight.ts). */
export async function browserWeights(
  pages: string[],
): Promise<{ page: string; weight: import('../site/support/weight.ts').BrowserWeight }[]> {
  const [{ launchBrowser }, { startSite }, { measureLoadedJs }] = await Promise.all([
    import('../site/support/browser.ts'),
    import('../site/support/server.ts'),
    import('../site/support/weight.ts'),
  ]);
  const site = await startSite();
  const browser = await launchBrowser();
  try {
    const out = [];
    for (const p of pages) {
      const rel = p.slice(dist.length + 1).replace(/index\.html$/, '');
      const context = await browser.newContext({ locale: 'vi-VN' });
      const page = await context.newPage();
      out.push({ page: rel, weight: await measureLoadedJs(page, site.url + rel, site.base) });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await site.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('page-weight.ts')) {
  const json = process.argv.includes('--json');
  const withBrowser = process.argv.includes('--browser');
  const budget = Number(process.argv.find((a) => a.startsWith('--budget='))?.split('=')[1] ?? 25);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('Chưa có bản build: chạy "npm run build" trước.');
    process.exit(2);
  }
  const pages = builderPages();
  const results = pages.map((p) => pageWeight(p));
  const browser = withBrowser ? await browserWeights(pages) : [];
  if (json) console.log(JSON.stringify({ budgetKB: budget, results, browser }, null, 2));
  else {
    for (const r of results) {
      console.log(`${r.page}: ${(r.total / 1024).toFixed(1)} KB gzip JS in the static import graph (budget ${budget} KB)`);
      for (const f of r.files) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${f.file}`);
      console.log(`  ${(r.inline / 1024).toFixed(1).padStart(6)} KB  (inline scripts)`);
    }
    for (const { page, weight } of browser) {
      console.log(`${page} in Chromium: ${(weight.total / 1024).toFixed(1)} KB gzip JS loaded without interaction (budget ${budget} KB)`);
      for (const f of weight.files) console.log(`  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${f.file}`);
      console.log(`  ${(weight.inline / 1024).toFixed(1).padStart(6)} KB  (inline scripts)`);
    }
  }
  const over = results.some((r) => r.total > budget * 1024) || browser.some((b) => b.weight.total > budget * 1024);
  process.exit(over ? 1 : 0);
}
