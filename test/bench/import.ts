/** npm run bench: reading a 200-row Biểu 06 .xlsx, recognising its columns and summing it, in Node (goal in Chromium: < 300 ms). */
import { performance } from 'node:perf_hooks';
import { BIEU06_TARGETS, importFigures, readSheet } from '../../src/lib/import/index.ts';
import { bieu06Grid, xlsxOf } from '../unit/import/fixtures.ts';

export async function benchImport(runs = 30) {
  const bytes = xlsxOf(bieu06Grid({ rows: 200, total: 'none', groups: 'parents' }));
  const times: number[] = [];
  let used = '';
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const imp = importFigures(await readSheet(bytes, 'bieu06-200.xlsx'), BIEU06_TARGETS)!;
    const t = performance.now() - start;
    if (i >= 3) times.push(t);
    used = imp.figures.used.text;
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  console.log(
    `${'import Biểu 06, 200 rows'.padEnd(28)} runs ${String(runs).padStart(3)}  median ${q(0.5).toFixed(1)} ms  p90 ${q(0.9).toFixed(1)} ms  (.xlsx ${(bytes.length / 1024).toFixed(1)} KiB read + recognise + sum, ${used}; goal < 300 ms in Chromium)`,
  );
}
