import { describe, expect, it } from 'vitest';
import {
  applyMapping,
  BIEU06_TARGETS,
  extractFigures,
  headerSignature,
  importFigures,
  locateHeader,
  mappingOf,
  parseMapping,
  readSheet,
  reassign,
  recognizeColumns,
  type Sheet,
} from '../../../src/lib/import/index.ts';
import { bieu06Grid, delimitedText, xlsxOf } from './fixtures.ts';
import { expectedSums, valuesOf } from './helpers.ts';

const sheetOfFixture = (fx: ReturnType<typeof bieu06Grid>): Sheet => ({ name: 'S', cells: fx.cells, merges: fx.merges });

describe('headerSignature', () => {
  it('is the same for the same header in another file, whatever the figures, case, tones or spacing', async () => {
    const a = bieu06Grid();
    const b = bieu06Grid({ total: 'none', rows: 20, scale: 3 });
    b.cells[4][2] = 'SỐ HỒ SƠ  NHẬN GIẢI QUYẾT';
    b.cells[5][8] = 'Dung han';
    const sigA = headerSignature(locateHeader(sheetOfFixture(a)));
    expect(sigA).toMatch(/^h1-13-[0-9a-f]{8}$/);
    expect(headerSignature(locateHeader(sheetOfFixture(b)))).toBe(sigA);
    // The .xlsx read back and a CSV of it (no merged cells) have that header too.
    expect(headerSignature(locateHeader((await readSheet(xlsxOf(a), 'a.xlsx')).sheets[0]))).toBe(sigA);
    const csv = await readSheet(new TextEncoder().encode(delimitedText(a.cells, ';')), 'a.csv');
    expect(headerSignature(locateHeader(csv.sheets[0]))).toBe(sigA);
  });

  it('changes when a column is added, renamed or moved', () => {
    const base = headerSignature(locateHeader(sheetOfFixture(bieu06Grid())));
    const renamed = bieu06Grid();
    renamed.cells[5][9] = 'Trễ hạn';
    const added = bieu06Grid();
    added.cells.forEach((r, i) => (i >= 4 ? r.push(i === 4 ? 'Ghi chú' : null) : r));
    const moved = bieu06Grid();
    [moved.cells[5][7], moved.cells[5][8]] = [moved.cells[5][8], moved.cells[5][7]];
    const sigs = [renamed, added, moved].map((fx) => headerSignature(locateHeader(sheetOfFixture(fx))));
    expect(new Set([base, ...sigs]).size).toBe(4);
  });
});

describe('a corrected mapping is remembered and re-applied', () => {
  it("the user's correction is kept for the next file with that header", async () => {
    const fx = bieu06Grid({ total: 'none' });
    // A unit whose sheet calls its carried-over column "Hồ sơ cũ": not recognised, the user picks it.
    fx.cells[6][5] = 'Hồ sơ cũ';
    const sheet = sheetOfFixture(fx);
    const rec = recognizeColumns(sheet, BIEU06_TARGETS);
    expect(rec.missing).toEqual(['tu-ky-truoc']);
    const corrected = reassign(rec, BIEU06_TARGETS, 'tu-ky-truoc', 5);
    expect(corrected.missing).toEqual([]);
    expect(corrected.assignments['tu-ky-truoc']).toMatchObject({
      letter: 'F',
      header: ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Hồ sơ cũ'],
      matched: [],
    });
    expect(corrected.unrecognised.map((c) => c.letter)).toEqual(['A', 'B']);
    const saved = mappingOf(corrected);
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);

    // Next quarter: same header, other figures.
    const next = bieu06Grid({ total: 'none', scale: 2 });
    next.cells[6][5] = 'Hồ sơ cũ';
    const wb = await readSheet(xlsxOf(next), 'quy-4.xlsx');
    const again = importFigures(wb, BIEU06_TARGETS, { saved })!;
    expect(again.recognition.source).toBe('saved');
    expect(again.recognition.missing).toEqual([]);
    expect(valuesOf(again)).toEqual(expectedSums(next.data));

    // Another header: the stored mapping does not apply, columns are recognised afresh.
    const other = bieu06Grid();
    expect(applyMapping(sheetOfFixture(other), saved, BIEU06_TARGETS)).toBeNull();
    expect(importFigures(await readSheet(xlsxOf(other), 'khac.xlsx'), BIEU06_TARGETS, { saved })!.recognition.source).toBe('header');
  });

  it('cells pasted without their header can be mapped by hand, but that mapping is not stored for reuse', () => {
    const fx = bieu06Grid({ total: 'none' });
    const paste: Sheet = { name: 'Dữ liệu dán', cells: fx.cells.slice(8, 22), merges: [] };
    let rec = recognizeColumns(paste, BIEU06_TARGETS);
    expect(rec.layout).toMatchObject({ rows: [], dataStart: 0 });
    expect(rec.layout.columns).toHaveLength(13);
    rec = reassign(rec, BIEU06_TARGETS, 'tong-nhan', 2);
    expect(rec.assignments['tong-nhan']).toMatchObject({ letter: 'C', header: [] });
    const figures = extractFigures(paste, rec, BIEU06_TARGETS);
    expect(figures.values['tong-nhan'].value).toBe(expectedSums(fx.data)['tong-nhan']);
    expect(figures.used.text).toBe('cộng 14 dòng (dòng 1–14)');
    expect(applyMapping(paste, mappingOf(rec), BIEU06_TARGETS)).toBeNull();
  });

  it('giving a column to a target takes it from the target that had it', () => {
    const sheet = sheetOfFixture(bieu06Grid());
    const rec = recognizeColumns(sheet, BIEU06_TARGETS);
    const moved = reassign(rec, BIEU06_TARGETS, 'da-qua-han', 12);
    expect(moved.assignments['da-qua-han'].letter).toBe('M');
    expect(moved.assignments['dang-qua-han']).toBeUndefined();
    expect(moved.missing).toEqual(['dang-qua-han']);
    expect(moved.unrecognised.map((c) => c.letter)).toEqual(['A', 'B', 'J']);
    const cleared = reassign(moved, BIEU06_TARGETS, 'da-qua-han', null);
    expect(cleared.assignments['da-qua-han']).toBeUndefined();
    expect(cleared.missing).toEqual(['da-qua-han', 'dang-qua-han']);
  });
});

describe('parseMapping', () => {
  it('reads a stored mapping back, and nothing from a damaged one', () => {
    expect(parseMapping('{"signature":"x","columns":{"a":2}}')).toEqual({ signature: 'x', columns: { a: 2 } });
    expect(parseMapping('{"signature":"x","columns":{"a":-1}}')).toBeUndefined();
    expect(parseMapping('không phải JSON')).toBeUndefined();
  });
});
