import { describe, expect, it } from 'vitest';
import {
  BIEU06_TARGETS,
  extractFigures,
  importFigures,
  readFigureCell,
  readSheet,
  recognizeColumns,
  rowRanges,
  totalLabelStrength,
  type Sheet,
} from '../../../src/lib/import/index.ts';
import { bieu06Grid, columnSums, workbookOf, writeBook, xlsxOf, type Bieu06Options } from './fixtures.ts';
import { expectedSums, valuesOf } from './helpers.ts';

async function imported(opts: Bieu06Options = {}, edit?: (cells: Sheet['cells']) => void) {
  const fx = bieu06Grid(opts);
  edit?.(fx.cells);
  const imp = importFigures(await readSheet(xlsxOf(fx), 'bieu06.xlsx'), BIEU06_TARGETS)!;
  return { fx, imp };
}

describe('readFigureCell: a cell read the Vietnamese way', () => {
  it('reads numbers written as text', () => {
    expect(readFigureCell('1.234', 'count')).toEqual({ ok: true, value: 1234 });
    expect(readFigureCell(' 12 ', 'count')).toEqual({ ok: true, value: 12 });
    expect(readFigureCell('1.234,5', 'score')).toEqual({ ok: true, value: 1234.5 });
    expect(readFigureCell('97,82%', 'score')).toEqual({ ok: true, value: 97.82 });
    expect(readFigureCell(12.000000000001, 'count')).toEqual({ ok: true, value: 12 });
  });
  it('never turns a blank, text, negative or fractional count into a number', () => {
    expect(readFigureCell(null, 'count')).toEqual({ ok: false, kind: 'blank', text: '' });
    expect(readFigureCell('–', 'count')).toEqual({ ok: false, kind: 'blank', text: '–' });
    expect(readFigureCell('không rõ', 'count')).toEqual({ ok: false, kind: 'text', text: 'không rõ' });
    expect(readFigureCell(-3, 'count')).toEqual({ ok: false, kind: 'negative', text: '-3' });
    expect(readFigureCell('2,5', 'count')).toEqual({ ok: false, kind: 'fraction', text: '2,5' });
    expect(readFigureCell('2,5', 'score')).toEqual({ ok: true, value: 2.5 });
    expect(readFigureCell('#REF!', 'count')).toEqual({ ok: false, kind: 'error', text: '#REF!' });
    expect(readFigureCell('=SUM(C9:C22)', 'count')).toEqual({ ok: false, kind: 'formula', text: '=SUM(C9:C22)' });
  });
});

describe('total-row rule', () => {
  it('uses the "Tổng cộng" row when there is one and checks it against the 14 rows', async () => {
    const { fx, imp } = await imported();
    expect(fx.totalRow).toBe(23);
    expect(imp.figures.used).toMatchObject({
      kind: 'total-row',
      total: { row: 23, label: 'Tổng cộng', numbering: '' },
      text: 'dùng dòng Tổng cộng (dòng 23)',
    });
    expect(imp.figures.used.rows.map((r) => r.row)).toEqual(fx.dataRows);
    expect(imp.figures.used.rows[0]).toEqual({ row: 9, label: 'Hộ tịch', numbering: '1' });
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
    expect(imp.figures.values['tong-nhan']).toMatchObject({
      column: 2,
      fromTotalRow: expectedSums(fx.data)['tong-nhan'],
      sumOfRows: expectedSums(fx.data)['tong-nhan'],
    });
    expect(imp.figures.checks).toEqual([]);
    expect(imp.figures.issues).toEqual([]);
  });

  it('sums the data rows when there is no total row', async () => {
    const { fx, imp } = await imported({ total: 'none' });
    expect(imp.figures.used.text).toBe('cộng 14 dòng (dòng 9–22)');
    expect(imp.figures.used.kind).toBe('sum');
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
    expect(imp.figures.values['da-qua-han'].fromTotalRow).toBeNull();
  });

  it('takes a total row placed first', async () => {
    const { fx, imp } = await imported({ total: 'first' });
    expect(imp.figures.used.text).toBe('dùng dòng Tổng cộng (dòng 9)');
    expect(imp.figures.used.rows.map((r) => r.row)).toEqual(fx.dataRows);
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
  });

  it('a lĩnh vực named "Công thương" or "Công an" is a data row, not a "Cộng" row', async () => {
    const { imp } = await imported({ total: 'none' });
    expect(imp.figures.rows.filter((r) => /^Công/.test(r.label)).map((r) => [r.label, r.role])).toEqual([
      ['Công thương', 'item'],
      ['Công an (cư trú)', 'item'],
    ]);
    expect(totalLabelStrength('Công thương')).toBeNull();
    expect(totalLabelStrength('CỘNG')).toBe('weak');
    expect(totalLabelStrength('Cộng (I)')).toBe('weak');
    expect(totalLabelStrength('TỔNG CỘNG (I+II)')).toBe('strong');
    expect(totalLabelStrength('Toàn tỉnh')).toBe('strong');
    expect(totalLabelStrength('TONG SO')).toBe('strong');
  });

  it('says which figures disagree when the total row is not the sum of its rows, and keeps the total row', async () => {
    const { fx, imp } = await imported({}, (cells) => {
      (cells[22][9] as number) += 2; // J23: Tổng cộng, đã giải quyết quá hạn
    });
    const sums = expectedSums(fx.data);
    expect(imp.figures.values['da-qua-han']).toMatchObject({
      value: sums['da-qua-han'] + 2,
      fromTotalRow: sums['da-qua-han'] + 2,
      sumOfRows: sums['da-qua-han'],
    });
    expect(imp.figures.checks).toEqual([
      `Cột "Số hồ sơ đã giải quyết › Quá hạn": dòng Tổng cộng (dòng 23) ghi ${sums['da-qua-han'] + 2} nhưng cộng 14 dòng số liệu được ${sums['da-qua-han']}. Đã dùng số của dòng Tổng cộng; hãy kiểm tra lại bảng tính.`,
    ]);
  });
});

describe('groups and subtotals are never added to their rows', () => {
  it('group rows carrying their subtotal ("I. Cấp tỉnh") are parents; the total row is used', async () => {
    const { fx, imp } = await imported({ groups: 'parents' });
    expect(imp.figures.rows.filter((r) => r.role === 'parent').map((r) => [r.row, r.numbering, r.label])).toEqual([
      [9, 'I', 'Cấp tỉnh (sở, ngành)'],
      [15, 'II', 'Cấp xã'],
    ]);
    expect(imp.figures.used.text).toBe('dùng dòng Tổng cộng (dòng 25)');
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
    expect(imp.figures.checks).toEqual([]);
  });

  it('without a total row, sums the 14 data rows and leaves the group rows out', async () => {
    const { fx, imp } = await imported({ groups: 'parents', total: 'none' });
    expect(imp.figures.used.text).toBe('cộng 14 dòng (dòng 10–14, 16–24)');
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
  });

  it('"Cộng" rows closing each group are subtotals; the rows are summed once', async () => {
    const { fx, imp } = await imported({ groups: 'cong', total: 'none' });
    expect(imp.figures.rows.filter((r) => r.role === 'subtotal').map((r) => [r.row, r.label])).toEqual([
      [15, 'Cộng'],
      [26, 'Cộng'],
    ]);
    expect(imp.figures.rows.filter((r) => r.role === 'heading' && r.numbering).map((r) => r.label)).toEqual([
      'Cấp tỉnh (sở, ngành)',
      'Cấp xã',
    ]);
    expect(imp.figures.used.text).toBe('cộng 14 dòng (dòng 10–14, 17–25)');
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
  });

  it('with "Cộng" rows and a "Tổng cộng" row, uses "Tổng cộng"', async () => {
    const { fx, imp } = await imported({ groups: 'cong', total: 'last' });
    expect(imp.figures.used.text).toBe('dùng dòng Tổng cộng (dòng 27)');
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
  });

  it('a group row that does not match its rows is reported', async () => {
    const { fx, imp } = await imported({ groups: 'parents', total: 'none' }, (cells) => {
      (cells[8][2] as number) -= 1; // C9: group I, tổng số nhận
    });
    const groupSum = columnSums(fx.data.slice(0, 5))[0];
    expect(imp.figures.checks).toEqual([
      `Cột "Số hồ sơ nhận giải quyết › Tổng số": dòng 9 "Cấp tỉnh (sở, ngành)" ghi ${groupSum - 1} nhưng các dòng bên dưới cộng được ${groupSum}. Các dòng bên dưới được cộng, dòng 9 thì không; hãy kiểm tra lại.`,
    ]);
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
  });
});

describe('cells that cannot be used are reported one by one', () => {
  it('blank, text, negative, fractional and uncalculated cells: reported, left out, value withheld', async () => {
    const { fx, imp } = await imported({ total: 'none' }, (cells) => {
      cells[8][9] = null; // J9 Hộ tịch, đã quá hạn
      cells[10][2] = 'không rõ'; // C11 Đất đai, tổng nhận
      cells[11][7] = -3; // H12 Xây dựng, trước hạn
      cells[12][3] = '2,5'; // D13 Tư pháp, trực tuyến
    });
    const sums = expectedSums(fx.data);
    expect(imp.figures.issues.map((i) => i.message)).toEqual([
      'Ô J9 (dòng 9 "Hộ tịch", cột "Số hồ sơ đã giải quyết › Quá hạn") để trống: chưa tính. Nếu là không có, hãy ghi 0.',
      'Ô C11 (dòng 11 "Đất đai", cột "Số hồ sơ nhận giải quyết › Tổng số") ghi "không rõ", không phải là số: chưa tính. Hãy sửa ô này thành một số.',
      'Ô H12 (dòng 12 "Xây dựng", cột "Số hồ sơ đã giải quyết › Trước hạn") là số âm (-3): số hồ sơ không thể âm, chưa tính. Hãy sửa ô này.',
      'Ô D13 (dòng 13 "Tư pháp", cột "Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến") là số lẻ (2,5): số hồ sơ phải là số nguyên, chưa tính. Hãy sửa ô này.',
    ]);
    expect(imp.figures.issues[0]).toMatchObject({ targetId: 'da-qua-han', row: 9, column: 'J', address: 'J9', kind: 'blank', text: '' });
    expect(imp.figures.values['da-qua-han']).toMatchObject({ value: null, readable: sums['da-qua-han'] - fx.data[0][7], sumOfRows: null });
    expect(imp.figures.values['tong-nhan']).toMatchObject({ value: null, readable: sums['tong-nhan'] - fx.data[2][0] });
    expect(imp.figures.values['da-truoc-han'].value).toBeNull();
    expect(imp.figures.values['moi-truc-tuyen'].value).toBeNull();
    expect(imp.figures.values['da-dung-han'].value).toBe(sums['da-dung-han']);
  });

  it('a blank cell in the total row withholds that figure (the data rows are not summed instead)', async () => {
    const { fx, imp } = await imported({}, (cells) => {
      cells[22][12] = null; // M23
    });
    expect(imp.figures.values['dang-qua-han']).toMatchObject({
      value: null,
      fromTotalRow: null,
      sumOfRows: expectedSums(fx.data)['dang-qua-han'],
    });
    expect(imp.figures.issues.map((i) => i.message)).toEqual([
      'Ô M23 (dòng 23 "Tổng cộng", cột "Số hồ sơ đang giải quyết › Quá hạn") để trống: chưa tính. Nếu là không có, hãy ghi 0.',
    ]);
  });

  it('a numbered row whose figures are all blank is a data row with blank cells, not skipped', async () => {
    const { imp } = await imported({ total: 'none' }, (cells) => {
      for (let c = 2; c < 13; c++) cells[9][c] = null; // row 10, Chứng thực
    });
    expect(imp.figures.rows.find((r) => r.row === 10)).toMatchObject({ role: 'item', label: 'Chứng thực' });
    expect(imp.figures.issues.filter((i) => i.row === 10)).toHaveLength(11);
    expect(imp.figures.used.text).toBe('cộng 14 dòng (dòng 9–22)');
  });
});

describe('same figures from every format', () => {
  it('.xls (BIFF8) gives what .xlsx gives', async () => {
    const fx = bieu06Grid({ groups: 'parents', total: 'none' });
    const xls = await readSheet(writeBook(workbookOf([{ name: 'Biểu 06', grid: fx }]), 'xls'), 'bieu06.xls');
    const imp = importFigures(xls, BIEU06_TARGETS)!;
    expect(valuesOf(imp)).toEqual(expectedSums(fx.data));
    expect(imp.figures.used.text).toBe('cộng 14 dòng (dòng 10–14, 16–24)');
  });

  it('extractFigures on a recognition gives no figure for a target without a column', async () => {
    const fx = bieu06Grid();
    const sheet = (await readSheet(xlsxOf(fx), 'a.xlsx')).sheets[0];
    const figures = extractFigures(sheet, recognizeColumns(sheet, BIEU06_TARGETS), BIEU06_TARGETS);
    expect(figures.values['so-hoa']).toEqual({
      id: 'so-hoa',
      label: 'Số hóa hồ sơ, kết quả giải quyết',
      column: null,
      header: [],
      value: null,
      readable: null,
      fromTotalRow: null,
      sumOfRows: null,
      issues: [],
    });
    expect(figures.labelColumn).toBe(1);
    expect(figures.numberingColumn).toBe(0);
  });
});

describe('rowRanges', () => {
  it('compresses consecutive rows', () => {
    expect(rowRanges([8, 9, 10, 12, 14, 15])).toBe('8–10, 12, 14–15');
    expect(rowRanges([3])).toBe('3');
  });
});
