/**
 * "Nhập số liệu từ bảng tính" on a figure block: the block's fields are the import targets (the Biểu 06 set reuses
 * BIEU06_TARGETS' header words), a real-looking export (title block, three merged header rows, a column-number
 * row, one row per lĩnh vực, a "Tổng cộng" row) fills the block, and the block's own checks agree with the sheet.
 */
import { describe, expect, it } from 'vitest';
import {
  BIEU06_TARGETS,
  readPasted,
  readSheet,
  reassign,
  extractFigures,
  mappingOf,
  mappingKey,
  parseMapping,
  type SavedMapping,
} from '../../../../../src/lib/import/index.ts';
import { applyFigures, importTargets, noColumnMessage, recognise } from '../../../../../src/lib/report/blocks/indicators/import.ts';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { allBlocks, resolveSections } from '../../../../../src/lib/report/walk.ts';
import { CATALOGUE } from '../../../../support/helpers.ts';
import { draftFor, monthly } from '../../../../support/fixtures.ts';
import { BIEU06_ORDER, bieu06Grid, columnSums, delimitedText, viNumber, xlsxOf } from '../../../import/fixtures.ts';

const KEY = 'ket-qua/giai-quyet-tthc:so-lieu';
const block = (() => {
  const b = allBlocks(resolveSections(monthly, draftFor('bao-cao-tthc-thang'))).find((x) => x.key === KEY)?.block;
  if (b?.kind !== 'indicators') throw new Error(KEY);
  return b;
})();
const targets = importTargets(block);
const none = () => undefined;

/** The fixture's expected figures by field id: the column sums of its data rows, computed here. */
const expected = (data: number[][]) => Object.fromEntries(BIEU06_ORDER.map((id, i) => [id, columnSums(data)[i]]));

describe('import into the Biểu 06 figure block', () => {
  it('reads its columns with the import library’s header words (taken from BIEU06_TARGETS, not retyped)', () => {
    expect(targets.map((t) => t.id).sort()).toEqual(BIEU06_TARGETS.map((t) => t.id).sort());
    for (const t of targets) {
      const lib = BIEU06_TARGETS.find((x) => x.id === t.id)!;
      expect(t.match).toEqual(lib.match);
      expect(t.exclude).toEqual(lib.exclude);
      expect(t.optional).toBe(!!lib.optional);
    }
  });

  it('an .xlsx with three header rows and a "Tổng cộng" row: the total row is used, and the block agrees', async () => {
    const fx = bieu06Grid({ rows: 14, total: 'last' });
    const wb = await readSheet(xlsxOf(fx), 'bieu06-quy3.xlsx');
    const r = recognise(wb, targets, none)!;
    expect(r.recognition.layout.rows.map((i) => i + 1)).toEqual([5, 6, 7]);
    expect(Object.keys(r.recognition.assignments).sort()).toEqual([...BIEU06_ORDER].sort());
    expect(r.figures.used.text).toBe(`dùng dòng Tổng cộng (dòng ${fx.totalRow})`);
    const applied = applyFigures(block, {}, r.figures);
    expect(applied.value).toEqual(expected(fx.data));
    expect(applied.unreadable).toEqual([]);
    const ev = evaluate(monthly, draftFor('bao-cao-tthc-thang', { values: { [KEY]: applied.value } }), CATALOGUE);
    expect(ev.issues.filter((i) => i.key.startsWith('rule:'))).toEqual([]);
    const sums = expected(fx.data);
    // Files due = settled + pending overdue, from the sheet's own columns.
    expect(ev.figures[KEY]['den-han']).toBe(sums['tong-da-giai-quyet'] + sums['dang-qua-han']);
  });

  it('a .csv with Vietnamese thousands ("1.234") and no total row: the rows are summed, once', async () => {
    const fx = bieu06Grid({ rows: 30, total: 'none', scale: 60 });
    const rows = fx.cells.map((r) => r.map((c) => (typeof c === 'number' ? viNumber(c) : c)));
    const bytes = new TextEncoder().encode(delimitedText(rows, ';'));
    const r = recognise(await readSheet(bytes, 'xuat-tu-he-thong.csv'), targets, none)!;
    expect(r.figures.used.text).toBe(`cộng 30 dòng (dòng ${fx.dataRows[0]}–${fx.dataRows.at(-1)})`);
    expect(applyFigures(block, {}, r.figures).value).toEqual(expected(fx.data));
    expect(Math.max(...Object.values(expected(fx.data)))).toBeGreaterThan(1000);
  });

  it('cells pasted from Excel (tab-separated, header included) give the same figures', () => {
    const fx = bieu06Grid({ rows: 5, total: 'last' });
    const r = recognise(readPasted(delimitedText(fx.cells.slice(4), '\t', '\n')), targets, none)!;
    expect(applyFigures(block, {}, r.figures).value).toEqual(expected(fx.data));
  });

  it('a column the user moved is remembered by header signature and used for the next sheet with that header', async () => {
    const fx = bieu06Grid({ rows: 6, total: 'last' });
    const wb = await readSheet(xlsxOf(fx), 'a.xlsx');
    const first = recognise(wb, targets, none)!;
    // The user says "trước hạn" is not in this sheet.
    const fixed = reassign(first.recognition, targets, 'da-truoc-han', null);
    const saved: SavedMapping = mappingOf(fixed);
    expect(saved.signature).toBe(first.signature);
    const store = new Map([[mappingKey(saved.signature), JSON.stringify(saved)]]);
    const again = recognise(await readSheet(xlsxOf(bieu06Grid({ rows: 9, total: 'last' })), 'b.xlsx'), targets, (sig) =>
      parseMapping(store.get(mappingKey(sig))),
    )!;
    expect(again.recognition.source).toBe('saved');
    expect(again.recognition.assignments['da-truoc-han']).toBeUndefined();
    expect(again.figures.values['da-dung-han'].value).not.toBeNull();
    expect(extractFigures(wb.sheets[0], fixed, targets).values['da-truoc-han'].column).toBeNull();
  });

  it('a sheet with no recognisable column gets a Vietnamese message naming what was missing', () => {
    const wb = readPasted('Họ và tên\tNgày sinh\nNguyễn Văn A\t01/01/1990\n');
    expect(recognise(wb, targets, none)).toBeNull();
    const message = noColumnMessage(targets, 'danh-sach.xlsx');
    expect(message).toContain('Tệp “danh-sach.xlsx” không có cột nào nhận ra được');
    expect(message).toContain('“Tổng số hồ sơ nhận giải quyết”');
    expect(message).toContain('“Số hồ sơ đang giải quyết quá hạn”');
    expect(message).not.toContain('“Số hồ sơ được số hóa”');
    expect(message).toContain('Số liệu trong báo cáo chưa bị thay đổi.');
  });

  it('applying keeps what the sheet does not have: typed figures and other periods’ figures', async () => {
    const fx = bieu06Grid({ rows: 4, total: 'last' });
    const r = recognise(await readSheet(xlsxOf(fx), 'a.xlsx'), targets, none)!;
    const current = { 'tra-lai-rut': 3, 'so-hoa': 40, 'tong-nhan': 1, 'cung-ky:tong-nhan': 90 };
    const { value, taken } = applyFigures(block, current, r.figures);
    expect(value).toMatchObject({ 'tra-lai-rut': 3, 'so-hoa': 40, 'cung-ky:tong-nhan': 90, 'tong-nhan': expected(fx.data)['tong-nhan'] });
    expect(taken.map((x) => x.id)).toEqual(
      BIEU06_ORDER.filter((id) => block.fields.some((f) => f.id === id)).sort(
        (a, b) => block.fields.findIndex((f) => f.id === a) - block.fields.findIndex((f) => f.id === b),
      ),
    );
  });
});
