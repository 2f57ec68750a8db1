/** npm run bench: median time to check, build and render the seed-001 example, and a report ten times larger. */
import { performance } from 'node:perf_hooks';
import { loadCatalogue, loadExamples, loadTemplates } from '../../src/data/load.ts';
import { renderBytes } from '../support/render.ts';
import type { Draft } from '../../src/schemas/draft.ts';

const templates = loadTemplates();
const catalogue = loadCatalogue();
const base = loadExamples().find((e) => e.draft.kind === 'bao-cao-cchc-dinh-ky')!.draft;
const template = templates.get(base.kind)!;

/** Ten times the content: every prose field repeated 10×, document lists and tables 10× longer. */
function tenfold(d: Draft): Draft {
  const out = structuredClone(d);
  for (const [k, v] of Object.entries(out.values)) {
    if (typeof v === 'string') out.values[k] = Array.from({ length: 10 }, () => v.replace(/\[\^(\w+)\]/g, '')).join('\n');
    else if (Array.isArray(v)) out.values[k] = Array.from({ length: 10 }, () => v).flat() as typeof v;
  }
  return out;
}

async function measure(label: string, draft: Draft, runs: number) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const bytes = await renderBytes(template, draft, catalogue);
    const t = performance.now() - t0;
    if (i >= 3) times.push(t); // first runs warm up the JIT
    size = bytes.length;
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  console.log(
    `${label.padEnd(28)} runs ${String(runs).padStart(3)}  median ${q(0.5).toFixed(1)} ms  p90 ${q(0.9).toFixed(1)} ms  min ${times[0].toFixed(1)} ms  .docx ${(size / 1024).toFixed(1)} KiB`,
  );
}

await measure('seed 001 (check+build+render)', base, 100);
await measure('seed 001 × 10', tenfold(base), 30);

// Initial JavaScript of the builder pages (needs a build): see test/bench/page-weight.ts.
// "static" follows the built HTML's import graph; "Chromium" is what a real visit downloads before any interaction.
{
  const { builderPages, pageWeight, browserWeights } = await import('./page-weight.ts');
  const pages = builderPages();
  if (!pages.length) console.log('page weight: no build (run "npm run build" first)');
  const measured = pages.length ? await browserWeights(pages) : [];
  for (const [i, p] of pages.entries()) {
    const r = pageWeight(p);
    const real = measured[i]?.weight.total;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `${'page weight ' + r.page.replace(/\/index\.html$/, '')}  static ${kb(r.total)}, Chromium ${real === undefined ? '?' : kb(real)} gzip JS before any interaction (goal ≤ 25 KB; docx loads on download)`,
    );
  }
}

// Click → .docx in Chromium, the first time and after (needs a build).
{
  const { existsSync } = await import('node:fs');
  if (existsSync(new URL('../../dist/lap-bao-cao/bao-cao-cchc-dinh-ky/index.html', import.meta.url)))
    await (await import('./download-browser.ts')).benchDownloadBrowser();
  else console.log('click → .docx: no build (run "npm run build" first)');
}

// What the service worker downloads after the first visit so that the whole site works offline (needs a build).
{
  const { existsSync } = await import('node:fs');
  const { precacheSize } = await import('./precache.ts');
  const dist = new URL('../../dist/', import.meta.url).pathname;
  if (existsSync(`${dist}sw.js`)) {
    const groups = await precacheSize(dist);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    const total = groups.reduce((t, g) => ({ files: t.files + g.files, raw: t.raw + g.raw, gzip: t.gzip + g.gzip }), {
      files: 0,
      raw: 0,
      gzip: 0,
    });
    console.log(`precache (sw.js)  ${total.files} files, ${kb(total.raw)} (${kb(total.gzip)} gzip) downloaded once after the first visit`);
    for (const g of groups)
      console.log(`  ${g.name.padEnd(34)} ${String(g.files).padStart(4)} files  ${kb(g.raw).padStart(8)}  (${kb(g.gzip)} gzip)`);
  } else console.log('precache: no service worker (run "npm run build" first)');
}

// Spreadsheet import (src/lib/import): read + recognise + sum a 200-row Biểu 06 .xlsx, in Node and, through the
// builder's import dialog, in Chromium (needs a build).
await (await import('./import.ts')).benchImport();
// Limits on files read: the time to refuse a zip bomb, and to read a 100 000-row sheet whole (src/lib/files, import).
await (await import('./limits.ts')).benchLimits();
{
  const { existsSync } = await import('node:fs');
  if (existsSync(new URL('../../dist/lap-bao-cao/bao-cao-tthc-thang/index.html', import.meta.url)))
    await (await import('./import-browser.ts')).benchImportBrowser();
  else console.log('import in Chromium: no build (run "npm run build" first)');
}

// "Tổng hợp báo cáo": 150 reports dropped at once, to the table on screen, and the page's first-load JS (needs a build).
{
  const { existsSync } = await import('node:fs');
  if (existsSync(new URL('../../dist/tong-hop/index.html', import.meta.url)))
    await (await import('./rollup-browser.ts')).benchRollupBrowser();
  else console.log('roll-up in Chromium: no build (run "npm run build" first)');
}
