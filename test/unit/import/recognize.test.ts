import { describe, expect, it } from 'vitest';
import {
  BIEU06_TARGETS,
  importFigures,
  locateHeader,
  normalizeHeader,
  pickSheet,
  readPasted,
  readSheet,
  recognizeColumns,
  type Cell,
  type ColumnTarget,
  type Sheet,
} from '../../../src/lib/import/index.ts';
import { bieu06Grid, delimitedText, viNumber, workbookOf, writeBook, xlsxOf } from './fixtures.ts';
import { expectedSums, letters, STANDARD_LETTERS, valuesOf } from './helpers.ts';

const sheetOf = (cells: Cell[][]): Sheet => ({ name: 'S', cells, merges: [] });
const OPTIONAL = ['tra-lai-rut', 'truc-tuyen-toan-trinh', 'truc-tuyen-mot-phan', 'thanh-toan-truc-tuyen', 'so-hoa'];

describe('normalizeHeader', () => {
  it('ignores case, tones, đ, spacing and punctuation', () => {
    expect(normalizeHeader('Số hồ sơ ĐÃ giải quyết (Trễ  hạn)')).toBe('so ho so da giai quyet tre han');
    expect(normalizeHeader('  DUNG HAN ')).toBe('dung han');
    expect(normalizeHeader('Trực tiếp, dịch vụ\nbưu chính')).toBe('truc tiep dich vu buu chinh');
    // Decomposed input (a Windows-1258 file) is the same text.
    expect(normalizeHeader('Đu\u0301ng ha\u0323n')).toBe('dung han');
  });
});

describe('recognizeColumns: the Biểu 06 export (title block, three merged header rows, column numbers)', () => {
  it('finds the header rows, the column-number row and every column', async () => {
    const fx = bieu06Grid();
    const wb = await readSheet(xlsxOf(fx), 'bieu06.xlsx');
    const rec = recognizeColumns(wb.sheets[0], BIEU06_TARGETS);
    expect(rec.layout).toMatchObject({ rows: [4, 5, 6], numberRow: 7, dataStart: 8 });
    expect(Object.fromEntries(Object.values(rec.assignments).map((a) => [a.targetId, a.letter]))).toEqual(STANDARD_LETTERS);
    expect(rec.assignments['da-qua-han']).toEqual({
      targetId: 'da-qua-han',
      column: 9,
      letter: 'J',
      header: ['Số hồ sơ đã giải quyết', 'Quá hạn'],
      matched: ['đã giải quyết', 'quá hạn'],
    });
    expect(rec.assignments['moi-truc-tiep'].header).toEqual(['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tiếp, dịch vụ bưu chính']);
    expect(rec.assignments['moi-truc-tiep'].matched).toEqual(['nhận giải quyết', 'trực tiếp, dịch vụ bưu chính']);
    expect(rec.assignments['tu-ky-truoc'].matched).toEqual(['từ kỳ trước']);
    expect(rec.unmatched).toEqual(OPTIONAL);
    expect(rec.missing).toEqual([]);
    expect(rec.ambiguous).toEqual([]);
    expect(rec.unrecognised.map((c) => [c.letter, c.path])).toEqual([
      ['A', ['STT']],
      ['B', ['Lĩnh vực, công việc giải quyết theo cấp']],
    ]);
  });

  it('reads the same header from a ";" CSV, where merged headings sit in their first cell only', async () => {
    const fx = bieu06Grid();
    const text = delimitedText(
      fx.cells.map((r) => r.map((c) => (typeof c === 'number' ? viNumber(c * 7) : c))),
      ';',
    );
    const wb = await readSheet(new TextEncoder().encode(text), 'bieu06.csv');
    const imp = importFigures(wb, BIEU06_TARGETS)!;
    expect(imp.recognition.layout).toMatchObject({ rows: [4, 5, 6], numberRow: 7, dataStart: 8 });
    expect(letters(imp)).toEqual(STANDARD_LETTERS);
    // "1.239"-style thousands are read as thousands.
    expect(valuesOf(imp)).toEqual(Object.fromEntries(Object.entries(expectedSums(fx.data)).map(([k, v]) => [k, v * 7])));
    expect(imp.figures.values['tong-nhan'].value).toBeGreaterThan(1000);
  });

  it('reads cells pasted from Excel (tab-separated, merged headings in their first cell)', () => {
    const fx = bieu06Grid({ total: 'none' });
    const text = delimitedText(fx.cells.slice(4, 22), '\t') + '\r\n';
    const imp = importFigures(readPasted(text), BIEU06_TARGETS)!;
    expect(imp.recognition.layout).toMatchObject({ rows: [0, 1, 2], numberRow: 3, dataStart: 4 });
    expect(letters(imp)).toEqual(STANDARD_LETTERS);
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
    expect(imp.figures.used.text).toBe('cộng 14 dòng (dòng 5–18)');
  });

  it('matches headers with odd case, spacing, missing tones and synonyms; reports the unknown column', () => {
    const header = [
      'STT',
      'Lĩnh vực',
      'TONG SO HO SO NHAN',
      'Tiếp nhận ONLINE',
      'Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích',
      'Tồn kỳ trước',
      'Đã xử lý - Tổng',
      'Đã giải quyết: trước thời hạn',
      'Đã giải quyết DUNG HAN',
      'Đã giải quyết Trễ  hạn',
      'Đang giải quyết tổng',
      'Đang giải quyết chưa đến hạn',
      'Đang giải quyết trễ hạn',
      'Ghi chú',
    ];
    const rec = recognizeColumns(sheetOf([header, [1, 'Đất đai', 10, 6, 3, 1, 8, 2, 5, 1, 2, 2, 0, 'x']]), BIEU06_TARGETS);
    expect(Object.fromEntries(Object.values(rec.assignments).map((a) => [a.targetId, a.letter]))).toEqual(STANDARD_LETTERS);
    expect(rec.assignments['moi-truc-tuyen'].matched).toEqual(['tiếp nhận', 'online']);
    expect(rec.assignments['da-dung-han'].matched).toEqual(['đã giải quyết', 'đúng hạn']);
    expect(rec.assignments['dang-trong-han'].matched).toEqual(['đang giải quyết', 'chưa đến hạn']);
    expect(rec.unrecognised.map((c) => c.letter)).toEqual(['A', 'B', 'N']);
    expect(rec.unrecognised[2].path).toEqual(['Ghi chú']);
  });

  it('recognises the optional columns and prefers the more specific header', () => {
    const header = [
      'Lĩnh vực',
      'Số hồ sơ tiếp nhận trực tuyến',
      'Số hồ sơ tiếp nhận trực tuyến toàn trình',
      'Số hồ sơ tiếp nhận trực tuyến một phần',
      'Hồ sơ trả lại/rút',
      'Thanh toán trực tuyến',
      'Số hóa kết quả',
    ];
    const rec = recognizeColumns(sheetOf([header, ['Đất đai', 5, 3, 2, 0, 1, 4]]), BIEU06_TARGETS);
    expect(Object.fromEntries(Object.values(rec.assignments).map((a) => [a.targetId, a.letter]))).toEqual({
      'moi-truc-tuyen': 'B',
      'truc-tuyen-toan-trinh': 'C',
      'truc-tuyen-mot-phan': 'D',
      'tra-lai-rut': 'E',
      'thanh-toan-truc-tuyen': 'F',
      'so-hoa': 'G',
    });
  });

  it('"Cộng" counts as a total only as a whole cell: "bưu chính công ích" is not "cộng"', () => {
    const rec = recognizeColumns(
      sheetOf([
        ['Lĩnh vực', 'Số hồ sơ nhận giải quyết', '', ''],
        ['', 'Cộng', 'Trực tuyến', 'Qua bưu chính công ích'],
        ['Đất đai', 5, 3, 2],
      ]),
      BIEU06_TARGETS,
    );
    expect(Object.fromEntries(Object.values(rec.assignments).map((a) => [a.targetId, a.letter]))).toEqual({
      'tong-nhan': 'B',
      'moi-truc-tuyen': 'C',
      'moi-truc-tiep': 'D',
    });
  });

  it('reports ties instead of guessing', () => {
    const rec = recognizeColumns(
      sheetOf([
        ['Lĩnh vực', 'Số hồ sơ đã giải quyết', '', '', ''],
        ['', 'Tổng số', 'Trước hạn và đúng hạn', 'Quá hạn', 'Quá hạn'],
        ['Đất đai', 5, 3, 2, 2],
      ]),
      BIEU06_TARGETS,
    );
    expect(rec.assignments['tong-da-giai-quyet'].letter).toBe('B');
    expect(rec.assignments['da-truoc-han']).toBeUndefined();
    expect(rec.assignments['da-qua-han']).toBeUndefined();
    expect(rec.ambiguous).toEqual([
      {
        targetIds: ['da-truoc-han', 'da-dung-han'],
        columns: [2],
        message:
          'Cột C ("Số hồ sơ đã giải quyết › Trước hạn và đúng hạn") khớp với nhiều mục: "Đã giải quyết trước hạn", "Đã giải quyết đúng hạn". Hãy chọn mục đúng cho cột này.',
      },
      {
        targetIds: ['da-qua-han'],
        columns: [3, 4],
        message:
          'Không rõ cột nào là "Đã giải quyết quá hạn": cột D ("Số hồ sơ đã giải quyết › Quá hạn"), cột E ("Số hồ sơ đã giải quyết › Quá hạn") đều khớp. Hãy chọn cột đúng.',
      },
    ]);
    expect(rec.unrecognised.map((c) => c.letter)).toEqual(['A']);
  });

  it('reads a one-stop system export with other words (Tồn kỳ trước, Đã xử lý: trễ / sớm, Đang xử lý: sắp trễ)', () => {
    const rec = recognizeColumns(
      sheetOf([
        ['Đơn vị', 'Đã tiếp nhận', '', 'Tồn kỳ trước', 'Đã xử lý', '', '', 'Đang xử lý', '', '', ''],
        ['', 'Trực tuyến', 'Trực tiếp', '', 'Tổng', 'Sớm', 'Trễ', 'Tổng', 'Trễ', 'Sắp trễ', 'Chưa đến hạn'],
        ['UBND xã', 10, 4, 2, 12, 9, 1, 4, 1, 1, 2],
      ]),
      BIEU06_TARGETS,
    );
    expect(Object.fromEntries(Object.values(rec.assignments).map((a) => [a.targetId, a.letter]))).toEqual({
      'moi-truc-tuyen': 'B',
      'moi-truc-tiep': 'C',
      'tu-ky-truoc': 'D',
      'tong-da-giai-quyet': 'E',
      'da-truoc-han': 'F',
      'da-qua-han': 'G',
      'tong-dang-giai-quyet': 'H',
      'dang-qua-han': 'I',
      'dang-trong-han': 'K',
    });
    expect(rec.missing).toEqual(['tong-nhan', 'da-dung-han']);
    expect(rec.unrecognised.map((c) => [c.letter, c.path])).toEqual([
      ['A', ['Đơn vị']],
      ['J', ['Đang xử lý', 'Sắp trễ']],
    ]);
  });

  it('a custom target list works the same way', () => {
    const targets: ColumnTarget[] = [{ id: 'phan-anh', label: 'Phản ánh, kiến nghị', match: [['phản ánh', 'kiến nghị'], ['tổng số']] }];
    const rec = recognizeColumns(
      sheetOf([
        ['Đơn vị', 'Phản ánh, kiến nghị', ''],
        ['', 'Tổng số', 'Đã xử lý'],
        ['UBND xã', 4, 4],
      ]),
      targets,
    );
    expect(rec.assignments['phan-anh'].letter).toBe('B');
  });
});

describe('locateHeader', () => {
  it('skips a group row between header and data ("I. Cấp tỉnh")', () => {
    const fx = bieu06Grid({ groups: 'cong' });
    const layout = locateHeader({ name: 'S', cells: fx.cells, merges: fx.merges });
    expect(layout).toMatchObject({ rows: [4, 5, 6], numberRow: 7, dataStart: 8 });
  });

  it('a date beside "Ngày báo cáo:" in the title block is not the first row of figures', () => {
    const cells: Cell[][] = [
      ['BÁO CÁO'],
      ['Ngày báo cáo:', 46280],
      [],
      ['Lĩnh vực', 'Số hồ sơ đã giải quyết', ''],
      ['', 'Đúng hạn', 'Quá hạn'],
      ['Đất đai', 3, 1],
      ['Hộ tịch', 5, 0],
    ];
    expect(locateHeader(sheetOf(cells))).toMatchObject({ rows: [3, 4], numberRow: null, dataStart: 5 });
    expect(Object.keys(recognizeColumns(sheetOf(cells), BIEU06_TARGETS).assignments)).toEqual(['da-dung-han', 'da-qua-han']);
  });

  it('a sheet with no header row gives empty paths', () => {
    const layout = locateHeader(sheetOf([[1, 2, 3]]));
    expect(layout.rows).toEqual([]);
    expect(layout.columns.every((c) => c.path.length === 0)).toBe(true);
  });
});

describe('pickSheet', () => {
  it('picks the sheet with the Biểu 06 header, not a hidden or unrelated one', async () => {
    const fx = bieu06Grid();
    const wb = await readSheet(
      writeBook(
        workbookOf([
          { name: 'Hướng dẫn', grid: { cells: [['Hướng dẫn nhập số liệu'], ['Ghi số hồ sơ vào các cột']], merges: [] } },
          { name: 'Biểu 06', grid: fx },
        ]),
        'xlsx',
      ),
      'bieu06.xlsx',
    );
    expect(pickSheet(wb.sheets, BIEU06_TARGETS)).toBe(1);
    expect(importFigures(wb, BIEU06_TARGETS)!.sheetIndex).toBe(1);
    expect(pickSheet([wb.sheets[0]], BIEU06_TARGETS)).toBe(-1);
  });
});
