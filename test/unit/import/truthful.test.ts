/**
 * Spreadsheets say what they did (issue 19): every row is read (100 000 rows, beyond the 20 000 once cut silently),
 * or the dialog is told how many were read and why; a date, a formula's error or text in a figure column is a problem
 * at that column, never a number applied.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import {
  BIEU06_TARGETS,
  extractFigures,
  importFigures,
  readPasted,
  readSheet,
  truncationNote,
  type Sheet,
} from '../../../src/lib/import/index.ts';
import { bieu06Grid, delimitedText, workbookOf, writeBook } from './fixtures.ts';

const FIELD = 'tong-nhan';

describe('every row is read', () => {
  it('a 100 000-row CSV: all rows summed (not 20 000 of them)', async () => {
    const fx = bieu06Grid({ rows: 100_000, total: 'none' });
    const csv = new TextEncoder().encode(delimitedText(fx.cells, ';'));
    const imp = importFigures(await readSheet(csv, 'bieu06.csv'), BIEU06_TARGETS)!;
    expect(imp.figures.incomplete).toBe('');
    const column = 2 + 0; // the first figure column of the fixture holds "tổng nhận"
    const sum = fx.data.reduce((s, r) => s + r[column - 2], 0);
    expect(imp.figures.used.rows).toHaveLength(100_000);
    expect(imp.figures.values[FIELD].value).toBe(sum);
  }, 60_000);

  it('a 25 000-row .xlsx: every row read', async () => {
    const rows = [['TT', 'Tên', 'Tổng số hồ sơ tiếp nhận'], ...Array.from({ length: 25_000 }, (_, i) => [i + 1, `Đơn vị ${i + 1}`, 3])];
    const wb = await readSheet(writeBook(workbookOf([{ name: 'S', grid: { cells: rows, merges: [] } }]), 'xlsx'), 'lon.xlsx');
    expect(wb.sheets[0].truncated).toBeUndefined();
    expect(wb.sheets[0].cells).toHaveLength(25_001);
  }, 60_000);

  it('what cannot be read is said, with how many rows or columns were read, and no sum is taken', () => {
    const wide = readPasted(Array.from({ length: 3 }, () => Array.from({ length: 300 }, (_, c) => c).join('\t')).join('\n'));
    expect(wide.sheets[0].truncated).toEqual({ rows: 3, rowsInFile: 3, columns: 256, columnsInFile: 300 });
    expect(truncationNote(wide.sheets[0])).toBe(
      'Trang “Dữ liệu dán” có 300 cột, chỉ đọc được 256 cột đầu (giới hạn để máy không bị treo), nên số liệu có thể thiếu và chưa được cộng. Hãy chép riêng các dòng và cột cần nhập sang một tệp mới rồi chọn tệp đó.',
    );
    const fx = bieu06Grid({ rows: 20, total: 'none' });
    const sheet: Sheet = {
      name: 'Biểu 06',
      cells: fx.cells,
      merges: fx.merges,
      truncated: { rows: 30, rowsInFile: 1_200_000, columns: 14, columnsInFile: 14 },
    };
    const imp = importFigures({ fileName: 'x.xlsx', format: 'xlsx', sheets: [sheet] }, BIEU06_TARGETS)!;
    expect(imp.figures.incomplete).toMatch(/có 1\.200\.000 dòng, chỉ đọc được 30 dòng đầu/);
    expect(Object.values(imp.figures.values).every((v) => v.value === null)).toBe(true);
  });
});

describe('a figure column holding what is not a count', () => {
  /** The Biểu 06 fixture as an .xlsx, with the first data row's "tổng nhận" cell replaced by `cell`. */
  async function withCell(cell: XLSX.CellObject, total: 'none' | 'last' = 'none') {
    const fx = bieu06Grid({ rows: 5, total });
    const wb = workbookOf([{ name: 'Biểu 06', grid: fx }]);
    const ws = wb.Sheets['Biểu 06'];
    ws[XLSX.utils.encode_cell({ r: fx.dataRows[0] - 1, c: 2 })] = cell;
    const imp = importFigures(await readSheet(writeBook(wb, 'xlsx'), 'bieu06.xlsx'), BIEU06_TARGETS)!;
    return { fx, imp, problem: imp.figures.columns.find((c) => c.targetId === FIELD) };
  }

  it('a date (31/12/1904, which Excel keeps as 1.827) is a problem at its column, never 1.827 applied', async () => {
    const { imp, problem, fx } = await withCell({ t: 'd', v: new Date(1904, 11, 31), z: 'dd/mm/yyyy' });
    expect(imp.figures.values[FIELD].value).toBeNull();
    expect(problem?.withheld).toBe(true);
    expect(problem?.message).toMatch(
      new RegExp(`^Cột “.*” \\(C\\): 1 ô ghi ngày tháng thay cho số \\(C${fx.dataRows[0]}\\)\\. Số của cột này chưa được lấy`),
    );
    expect(problem?.cells[0].message).toContain('ghi ngày tháng (31/12/1904) thay cho số');
  });

  it('a formula’s error (#DIV/0!) and text are problems at their column', async () => {
    const err = await withCell({ t: 'e', v: 0x07, w: '#DIV/0!' });
    expect(err.imp.figures.values[FIELD].value).toBeNull();
    expect(err.problem?.message).toMatch(/1 ô có lỗi công thức/);
    const text = await withCell({ t: 's', v: 'chưa thống kê' });
    expect(text.imp.figures.values[FIELD].value).toBeNull();
    expect(text.problem?.message).toMatch(/1 ô ghi chữ thay cho số/);
  });

  it('with a total row, the total is used and the date in a row is still shown at its column', async () => {
    const { imp, problem, fx } = await withCell({ t: 'd', v: new Date(1904, 11, 31) }, 'last');
    expect(imp.figures.values[FIELD].value).toBe(fx.data.reduce((s, r) => s + r[0], 0));
    expect(problem?.withheld).toBe(false);
    expect(problem?.message).toMatch(/Đã dùng số của dòng tổng/);
  });

  it('dates typed in CSV or pasted cells are problems too, Vietnamese thousands are not', () => {
    const fx = bieu06Grid({ rows: 3, total: 'none' });
    fx.cells[fx.dataRows[0] - 1][2] = '31/12/1904';
    fx.cells[fx.dataRows[1] - 1][2] = '1.234';
    const wb = readPasted(delimitedText(fx.cells, '\t'));
    const figures = extractFigures(wb.sheets[0], importFigures(wb, BIEU06_TARGETS)!.recognition, BIEU06_TARGETS);
    expect(figures.values[FIELD].value).toBeNull();
    expect(figures.columns.find((c) => c.targetId === FIELD)?.cells.map((c) => c.kind)).toEqual(['date']);
  });
});
