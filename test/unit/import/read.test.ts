import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { readPasted, readSheet, SheetReadError, type Workbook } from '../../../src/lib/import/index.ts';
import { parseDelimited, detectDelimiter } from '../../../src/lib/import/delimited.ts';
import { decodeText } from '../../../src/lib/import/decode.ts';
import { bieu06Grid, delimitedText, encode1258, workbookOf, writeBook, xlsxOf } from './fixtures.ts';

async function readError(bytes: Uint8Array, name: string): Promise<SheetReadError> {
  try {
    await readSheet(bytes, name);
  } catch (e) {
    if (e instanceof SheetReadError) return e;
    throw e;
  }
  throw new Error('read succeeded');
}

const only = (wb: Workbook) => wb.sheets[0];

describe('readSheet: files SheetJS reads', () => {
  it('reads an .xlsx with its merged cells; row 0 is the sheet row 1', async () => {
    const fx = bieu06Grid();
    const wb = await readSheet(xlsxOf(fx), 'bieu06.xlsx');
    expect(wb.format).toBe('xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Biểu 06']);
    const s = only(wb);
    expect(s.cells[4][2]).toBe('Số hồ sơ nhận giải quyết');
    expect(s.cells[8]).toEqual([1, 'Hộ tịch', ...fx.data[0]]);
    expect(s.merges).toContainEqual({ r0: 4, c0: 2, r1: 4, c1: 5 });
    expect(s.merges).toContainEqual({ r0: 5, c0: 3, r1: 5, c1: 5 });
    expect(s.merges).toHaveLength(fx.merges.length);
  });

  it('reads an .xls (BIFF8) written by SheetJS, merges included', async () => {
    const fx = bieu06Grid();
    const bytes = writeBook(workbookOf([{ name: 'Biểu 06', grid: fx }]), 'xls');
    expect([...bytes.slice(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const wb = await readSheet(bytes, 'bieu06.xls');
    expect(wb.format).toBe('xls');
    expect(only(wb).cells[6][4]).toBe('Trực tiếp, dịch vụ bưu chính');
    expect(only(wb).cells[22]).toEqual(['Tổng cộng', null, ...fx.cells[22].slice(2)]);
    expect(only(wb).merges).toContainEqual({ r0: 5, c0: 2, r1: 6, c1: 2 });
  });

  it('reads an .ods', async () => {
    const fx = bieu06Grid();
    const wb = await readSheet(writeBook(workbookOf([{ name: 'Biểu 06', grid: fx }]), 'ods'), 'bieu06.ods');
    expect(wb.format).toBe('ods');
    expect(only(wb).cells[9][1]).toBe('Chứng thực');
  });

  it('marks hidden sheets', async () => {
    const fx = bieu06Grid();
    const wb = await readSheet(
      writeBook(
        workbookOf([
          { name: 'Tham số', grid: { cells: [['x']], merges: [] }, hidden: true },
          { name: 'Biểu 06', grid: fx },
        ]),
        'xlsx',
      ),
      'a.xlsx',
    );
    expect(wb.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ['Tham số', true],
      ['Biểu 06', false],
    ]);
  });

  it('reads an HTML table saved as .xls (as one-stop systems export), keeping "1.234" as text', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table>
      <tr><td rowspan="2">STT</td><td rowspan="2">Lĩnh vực</td><td colspan="2">Số hồ sơ đã giải quyết</td></tr>
      <tr><td>Tổng số</td><td>Quá hạn</td></tr>
      <tr><td>1</td><td>Đất đai</td><td>1.234</td><td>5</td></tr></table></body></html>`;
    const wb = await readSheet(new TextEncoder().encode(html), 'bao-cao.xls');
    expect(wb.format).toBe('html');
    expect(only(wb).cells).toEqual([
      ['STT', 'Lĩnh vực', 'Số hồ sơ đã giải quyết'],
      [null, null, 'Tổng số', 'Quá hạn'],
      ['1', 'Đất đai', '1.234', '5'],
    ]);
    expect(only(wb).merges).toContainEqual({ r0: 0, c0: 2, r1: 0, c1: 3 });
  });

  it('keeps a formula that was never calculated as "=…" (a program wrote the file)', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['Tổng số'], [3], [4]]);
    ws['A4'] = { t: 'n', f: 'SUM(A2:A3)' } as XLSX.CellObject;
    ws['!ref'] = 'A1:A4';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const read = await readSheet(writeBook(wb, 'xlsx'), 'f.xlsx');
    expect(only(read).cells.map((r) => r[0])).toEqual(['Tổng số', 3, 4, '=SUM(A2:A3)']);
  });
});

describe('readSheet: CSV', () => {
  it('reads ";" CSV in UTF-8 with BOM; numbers stay text until read the Vietnamese way', async () => {
    const text = delimitedText(
      [
        ['STT', 'Lĩnh vực', 'Tổng số', 'Tỷ lệ'],
        [1, 'Đất đai; nhà ở', '1.234', '97,82%'],
      ],
      ';',
    );
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const wb = await readSheet(bytes, 'so-lieu.csv');
    expect(wb).toMatchObject({ format: 'csv', encoding: 'utf-8', delimiter: ';' });
    expect(only(wb).name).toBe('so-lieu');
    expect(only(wb).cells).toEqual([
      ['STT', 'Lĩnh vực', 'Tổng số', 'Tỷ lệ'],
      ['1', 'Đất đai; nhà ở', '1.234', '97,82%'],
    ]);
  });

  it('reads "," CSV without BOM', async () => {
    const wb = await readSheet(new TextEncoder().encode('Lĩnh vực,Tổng số\n"Văn hóa, thể thao",12\n'), 'a.csv');
    expect(wb.delimiter).toBe(',');
    expect(only(wb).cells).toEqual([
      ['Lĩnh vực', 'Tổng số'],
      ['Văn hóa, thể thao', '12'],
    ]);
  });

  it('reads a Windows-1258 CSV (Excel "CSV" on a Vietnamese Windows) and recomposes its tone marks', async () => {
    const bytes = await encode1258('Lĩnh vực;Đã giải quyết;Quá hạn\r\nHộ tịch;1.204;3\r\n');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const wb = await readSheet(bytes, 'ansi.csv');
    expect(wb.encoding).toBe('windows-1258');
    expect(only(wb).cells).toEqual([
      ['Lĩnh vực', 'Đã giải quyết', 'Quá hạn'],
      ['Hộ tịch', '1.204', '3'],
    ]);
  });

  it('falls back to Windows-1252 for non-Vietnamese ANSI text', () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Café', encoding: 'windows-1252' });
  });

  it('reads UTF-16 "Unicode Text" (tab-separated, BOM)', async () => {
    const text = 'Lĩnh vực\tTổng số\r\nĐất đai\t7\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const wb = await readSheet(bytes, 'unicode.txt');
    expect(wb).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(only(wb).cells).toEqual([
      ['Lĩnh vực', 'Tổng số'],
      ['Đất đai', '7'],
    ]);
  });

  it('honours Excel\'s "sep=;" line', async () => {
    const wb = await readSheet(new TextEncoder().encode('sep=;\nA;B,C\n1;2,5\n'), 'x.csv');
    expect(only(wb).cells).toEqual([
      ['A', 'B,C'],
      ['1', '2,5'],
    ]);
  });
});

describe('readSheet: files it cannot read', () => {
  const MESSAGE =
    'Không đọc được tệp "bao-cao.xlsx": tệp hỏng hoặc không phải bảng tính. Hãy mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi chọn lại tệp đó, hoặc chép các ô cần nhập rồi dán vào đây.';

  it('a truncated .xlsx is "damaged", with the Vietnamese message', async () => {
    const good = xlsxOf(bieu06Grid());
    const e = await readError(good.slice(0, Math.floor(good.length / 2)), 'bao-cao.xlsx');
    expect(e.code).toBe('damaged');
    expect(e.fileName).toBe('bao-cao.xlsx');
    expect(e.message).toBe(MESSAGE);
  });

  it('binary that is not a spreadsheet (a PNG renamed .xlsx) is "damaged"', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 7]);
    expect((await readError(png, 'bao-cao.xlsx')).message).toBe(MESSAGE);
  });

  it('a Word document (also a ZIP) is "damaged"', async () => {
    // A ZIP with one unrelated entry: what a .docx or any other archive looks like to a spreadsheet reader.
    const zip = XLSX.CFB.utils.cfb_new({ type: 'zip' } as never);
    XLSX.CFB.utils.cfb_add(zip, 'word/document.xml', new TextEncoder().encode('<w:document/>'));
    const bytes = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array' }) as number[];
    const e = await readError(Uint8Array.from(bytes), 'bao-cao.xlsx');
    expect(e.code).toBe('damaged');
  });

  it('a ZIP whose header is garbage is "damaged", not password-protected (SheetJS calls it "ZIP encryption")', async () => {
    const e = await readError(new TextEncoder().encode('PK\u0003\u0004 hỏng'), 'bao-cao.xlsx');
    expect(e.code).toBe('damaged');
    expect(e.message).toBe(MESSAGE);
  });

  it('an empty file says so', async () => {
    const e = await readError(new Uint8Array(0), 'rong.xlsx');
    expect(e.code).toBe('empty');
    expect(e.message).toBe('Tệp "rong.xlsx" rỗng (0 byte): hãy chọn lại đúng tệp bảng tính.');
  });
});

describe('readPasted: cells copied from Excel', () => {
  it('splits tabs and "\\r\\n" rows; quoted cells keep their line breaks, tabs and quotes', () => {
    const text = 'STT\t"Số hồ sơ\r\nđã giải quyết"\tGhi chú\r\n1\t1.234\t"nói ""rõ""\tthêm"\r\n2\t 12 \t\r\n';
    const wb = readPasted(text);
    expect(wb).toMatchObject({ format: 'paste', delimiter: '\t' });
    expect(only(wb).cells).toEqual([
      ['STT', 'Số hồ sơ\nđã giải quyết', 'Ghi chú'],
      ['1', '1.234', 'nói "rõ"\tthêm'],
      ['2', ' 12 '],
    ]);
  });

  it('a quote in the middle of a cell is text, not a quoted cell', () => {
    expect(parseDelimited('a "b" c\td\n', '\t')).toEqual([['a "b" c', 'd']]);
  });

  it('detects ";" over "," when decimal commas make "," uneven', () => {
    expect(detectDelimiter('A;B;C\n1,5;2;3\n4;5,25;6,5\n')).toBe(';');
    expect(detectDelimiter('A,B,C\n1,2,3\n')).toBe(',');
  });
});

describe('SheetJS loads on demand only', () => {
  it('no module under src/ imports @e965/xlsx statically (only `import type` and `import()`)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.(ts|tsx|astro|mjs|js)$/.test(f));
    const offenders = files.filter((f) =>
      readFileSync(`src/${f}`, 'utf8')
        .split('\n')
        .some((line) => /^\s*import\s+(?!type\b)[^(]*['"]@e965\/xlsx/.test(line) || /^\s*export\s+[^(]*from\s+['"]@e965\/xlsx/.test(line)),
    );
    expect(offenders).toEqual([]);
    expect(readFileSync('src/lib/import/read.ts', 'utf8')).toContain("import('@e965/xlsx')");
  });
});
