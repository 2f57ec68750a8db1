/**
 * npm run bench: limits on files read (src/lib/files) and spreadsheets read whole. The time to refuse the zip
 * bomb (10 MB inflating to 10 GiB, declaring a small size) in the builder's .docx import, the roll-up and the
 * spreadsheet import (goal: well under 2 s); and the time to read, recognise and sum a 100 000-row Biểu 06 sheet
 * (.csv and .xlsx), every row read.
 */
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import { parseDraftDocx } from '../../src/lib/drafts/docx-import.ts';
import { readFile } from '../../src/lib/rollup/read.ts';
import { BIEU06_TARGETS, importFigures, readSheet } from '../../src/lib/import/index.ts';
import { bombDocx, bombXlsx } from '../support/bomb.ts';
import { bieu06Grid, delimitedText, workbookOf } from '../unit/import/fixtures.ts';

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(run: () => unknown, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function benchLimits() {
  const docx = bombDocx(10 * 2 ** 30, true);
  const xlsx = bombXlsx(10 * 2 ** 30, true);
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
  const builder = await time(() => parseDraftDocx(docx, 'bao-cao-tthc-thang'), 9);
  const rollup = await time(() => readFile('bom.docx', docx), 9);
  const sheet = await time(() => readSheet(xlsx, 'bom.xlsx').catch(() => undefined), 9);
  console.log(
    `zip bomb refused (${mb(docx.length)} → 10 GiB)  builder .docx ${builder.toFixed(1)} ms, roll-up ${rollup.toFixed(1)} ms, spreadsheet .xlsx ${sheet.toFixed(1)} ms (median of 9; goal < 2000 ms)`,
  );

  const fx = bieu06Grid({ rows: 100_000, total: 'none' });
  const csv = new TextEncoder().encode(delimitedText(fx.cells, ';'));
  const book = new Uint8Array(
    XLSX.write(workbookOf([{ name: 'Biểu 06', grid: fx }]), { type: 'array', bookType: 'xlsx', compression: true }),
  );
  for (const [name, bytes] of [
    ['bieu06-100000.csv', csv],
    ['bieu06-100000.xlsx', book],
  ] as const) {
    let rows = 0;
    const ms = await time(async () => {
      const imp = importFigures(await readSheet(bytes, name), BIEU06_TARGETS)!;
      rows = imp.figures.used.rows.length;
    }, 3);
    console.log(
      `read a 100 000-row sheet  ${name.padEnd(20)} ${mb(bytes.length).padStart(6)}  median ${ms.toFixed(0)} ms (read + recognise + sum, ${rows.toLocaleString('vi-VN')} rows summed)`,
    );
  }
}
