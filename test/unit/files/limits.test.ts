/**
 * Limits on every file read (src/lib/files/): a zip bomb — here the issue's own, 10 MB inflating to 10 GiB, with its
 * true size declared and with a lie — is refused in well under 2 s by the builder's .docx import, the roll-up and the
 * spreadsheet import, with a Vietnamese reason; ordinary files still read.
 */
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { FileLimitError, LIMITS, checkFileSize, limitReason } from '../../../src/lib/files/limits.ts';
import { checkZip, readEntry, zipEntries, ZipFormatError } from '../../../src/lib/files/zip.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { readFile } from '../../../src/lib/rollup/read.ts';
import { readSheet, SheetReadError } from '../../../src/lib/import/index.ts';
import { bombDocx, bombXlsx, zerosDeflated, zipParts } from '../../support/bomb.ts';
import { bieu06Grid, xlsxOf } from '../import/fixtures.ts';

const GiB = 2 ** 30;
// Inflating a bomb takes minutes: a refusal well under this is "not inflated". The 2-s goal is timed by `npm run bench`.
const HANG_MS = 15_000;
const timed = <T>(run: () => T): [T, number] => {
  const t0 = performance.now();
  const r = run();
  return [r, performance.now() - t0];
};
const bomb = /“bom nén”/;

describe('zip archives within limits', () => {
  const limits = { part: LIMITS.draftPartBytes, total: LIMITS.draftPartBytes * 4 };

  it('reads an ordinary archive, stored and deflated parts alike', () => {
    const bytes = zipSync({ 'a.xml': strToU8('<a>xin chào</a>'), 'b/c.xml': [strToU8('x'.repeat(100_000)), { level: 9 }] });
    const entries = zipEntries(bytes, limits);
    expect(entries.map((e) => e.name)).toEqual(['a.xml', 'b/c.xml']);
    expect(new TextDecoder().decode(readEntry(bytes, entries[0], limits))).toBe('<a>xin chào</a>');
    expect(readEntry(bytes, entries[1], limits).length).toBe(100_000);
    expect(checkZip(bytes, limits)).toHaveLength(2);
  });

  it('refuses a part declared too large before inflating anything', () => {
    const bytes = bombDocx(10 * GiB);
    const [e, ms] = timed(() => {
      try {
        zipEntries(bytes, limits);
      } catch (err) {
        return err;
      }
    });
    expect(e).toBeInstanceOf(FileLimitError);
    expect((e as FileLimitError).code).toBe('part-size');
    expect(ms).toBeLessThan(HANG_MS);
  });

  it('a part that lies about its size stops inflating at the ratio, after a few megabytes', () => {
    const bytes = bombDocx(10 * GiB, true);
    expect(bytes.length).toBeGreaterThan(10_000_000);
    const entry = zipEntries(bytes, limits).find((x) => x.name === 'customXml/item1.xml')!;
    const [e, ms] = timed(() => {
      try {
        readEntry(bytes, entry, limits);
      } catch (err) {
        return err;
      }
    });
    expect((e as FileLimitError).code).toBe('ratio');
    expect((e as Error).message).toMatch(bomb);
    expect(ms).toBeLessThan(HANG_MS);
    // Without the ratio check the part limit still stops it.
    const noRatio = { ...limits, ratio: Infinity };
    expect(() => readEntry(bytes, entry, noRatio)).toThrow(/giải nén ra hơn 16 MB/);
  });

  it('reads a small part whole whatever size it declares: too small, too large or right', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `xã ${(i * 7919) % 10007}`).join(' ');
    const data = Buffer.from(deflateSync(strToU8(text), { level: 9 }));
    const length = strToU8(text).length;
    for (const size of [10, length - 1, length, length + 1, length * 3]) {
      const bytes = zipParts([{ name: 'word/document.xml', data, method: 8, size }]);
      const entry = zipEntries(bytes, limits)[0];
      expect(new TextDecoder().decode(readEntry(bytes, entry, limits))).toBe(text);
    }
  });

  it('says damaged for what is not a zip or is cut short', () => {
    expect(() => zipEntries(strToU8('không phải zip'), limits)).toThrow(ZipFormatError);
    const bytes = zipSync({ 'a.xml': [strToU8('y'.repeat(50_000)), { level: 9 }] });
    const entries = zipEntries(bytes, limits);
    const cut = zipParts([{ name: 'a.xml', data: Buffer.from(zerosDeflated(1).subarray(0, 100)), method: 8, size: 50_000 }]);
    expect(() => readEntry(cut, zipEntries(cut, limits)[0], limits)).toThrow(ZipFormatError);
    expect(readEntry(bytes, entries[0], limits).length).toBe(50_000);
  });

  it('refuses too many parts and a file too large, in Vietnamese', () => {
    const many = zipParts(Array.from({ length: LIMITS.entries + 1 }, (_, i) => ({ name: `p${i}.xml`, data: Buffer.from('x') })));
    expect(() => zipEntries(many, limits)).toThrow(/quá nhiều phần nén/);
    expect(() => checkFileSize(60 * 2 ** 20)).toThrow(/Tệp quá lớn \(60 MB, tối đa 50 MB\)/);
    for (const code of ['file-size', 'part-size', 'total-size', 'ratio', 'entries', 'timeout'] as const)
      expect(limitReason(code, { size: 1, max: 1, count: 1 })).toMatch(/[ạảãáàâăđêôơư]/);
  });
});

describe('a zip bomb is refused everywhere a file is read, within 2 s', () => {
  for (const lie of [false, true]) {
    const bytes = bombDocx(10 * GiB, lie);
    const how = lie ? 'declaring a small size' : 'declaring its size';

    it(`the builder's "Nhập bản nháp" (.docx ${how})`, () => {
      const [r, ms] = timed(() => parseDraftDocx(bytes, 'bao-cao-tthc-thang'));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(bomb);
      expect(ms).toBeLessThan(HANG_MS);
    });

    it(`the roll-up (.docx ${how})`, () => {
      const [r, ms] = timed(() => readFile('bom.docx', bytes));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(bomb);
      expect(ms).toBeLessThan(HANG_MS);
    });

    it(`the spreadsheet import (.xlsx ${how})`, async () => {
      const t0 = performance.now();
      const e = await readSheet(bombXlsx(10 * GiB, lie), 'bom.xlsx').catch((err: unknown) => err);
      expect(e).toBeInstanceOf(SheetReadError);
      expect((e as Error).message).toMatch(/^Không đọc được tệp "bom\.xlsx": .*“bom nén”/);
      expect(performance.now() - t0).toBeLessThan(HANG_MS);
    });
  }

  it('a file over 50 MB is refused by size, before anything else', () => {
    expect(readFile('lon.json', new Uint8Array(LIMITS.fileBytes + 1))).toEqual({
      ok: false,
      error: limitReason('file-size', { size: LIMITS.fileBytes + 1, max: LIMITS.fileBytes }),
    });
  });

  it('an ordinary workbook still reads', async () => {
    const wb = await readSheet(xlsxOf(bieu06Grid({ rows: 30 })), 'bieu06.xlsx');
    expect(wb.sheets[0].cells.length).toBeGreaterThan(30);
  });
});
