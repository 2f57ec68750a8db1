import { describe, expect, it } from 'vitest';
import {
  buildCriteriaTree,
  CRITERIA_TARGETS,
  numberKind,
  outlineLevels,
  readCriteria,
  readSheet,
  recognizeColumns,
  rowKind,
  type CriteriaNode,
} from '../../../src/lib/import/index.ts';
import { criteriaGrid, delimitedText, leafMax, xlsxOf } from './fixtures.ts';
import { formatNumber } from '../../../src/lib/format/number.ts';

const plain = { note: '', part: 'criteria' as const, notApplicable: false, negative: false, issues: [] };
const count = (nodes: CriteriaNode[]): number => nodes.reduce((n, x) => n + 1 + count(x.children), 0);
const viDecimal = (c: unknown) => (typeof c === 'number' ? String(c).replace('.', ',') : (c as string | null));

describe('numbering → outline levels', () => {
  it('knows the kinds of numbering', () => {
    expect(['I', 'IV.', 'A', '1', '2.', '1.1', '1.1.1', 'a)', 'đ', '(3)', '-', '+', 'xyz', ''].map(numberKind)).toEqual([
      'roman',
      'roman',
      'upper',
      'arabic-1',
      'arabic-1',
      'arabic-2',
      'arabic-3',
      'lower',
      'lower',
      'arabic-1',
      'dash',
      'plus',
      '',
      '',
    ]);
  });
  it('levels follow the order kinds first appear', () => {
    expect(outlineLevels(['roman', 'arabic-1', 'lower', 'lower', 'arabic-1', 'roman', 'arabic-1'])).toEqual([0, 1, 2, 2, 1, 0, 1]);
    expect(outlineLevels(['arabic-1', 'arabic-2', 'arabic-3', 'arabic-2', 'arabic-1'])).toEqual([0, 1, 2, 1, 0]);
    // "1.1" directly under "I", then "1" opens at the same depth family: shallower arabic pops deeper.
    expect(outlineLevels(['roman', 'arabic-2', 'arabic-1', 'arabic-2'])).toEqual([0, 1, 1, 2]);
  });
  it("without a numbering cell, a label's own number, bullet or indentation gives the kind", () => {
    expect(rowKind('', '1.2. Tiêu chí')).toBe('arabic-2');
    expect(rowKind('', 'II. Lĩnh vực')).toBe('roman');
    expect(rowKind('', '  - Tiêu chí con')).toBe('dash');
    expect(rowKind('', '    Tiêu chí thành phần')).toBe('indent-4');
    expect(rowKind('', 'Đất đai')).toBe('indent-0');
    expect(rowKind('b)', 'Nội dung')).toBe('lower');
  });
});

describe('criteria sheet (.xlsx): three levels, 45 leaves, a total row', () => {
  it('recognises the columns', async () => {
    const fx = criteriaGrid();
    const sheet = (await readSheet(xlsxOf(fx, 'Tự chấm'), 'chi-so.xlsx')).sheets[0];
    const rec = recognizeColumns(sheet, CRITERIA_TARGETS);
    expect(Object.fromEntries(Object.values(rec.assignments).map((a) => [a.targetId, a.letter]))).toEqual({
      tt: 'A',
      ten: 'B',
      'diem-toi-da': 'C',
      'cach-cham': 'D',
      'diem-tu-danh-gia': 'E',
      'tai-lieu-kiem-chung': 'F',
    });
    expect(rec.layout).toMatchObject({ rows: [3], numberRow: null, dataStart: 4 });
  });

  it('reads rows with TT, level and scores, and the total row', async () => {
    const fx = criteriaGrid();
    const sheet = (await readSheet(xlsxOf(fx), 'chi-so.xlsx')).sheets[0];
    const c = readCriteria(sheet);
    expect(c.rows).toHaveLength(5 + 15 + 45);
    expect(c.rows.slice(0, 3)).toEqual([
      { row: 5, tt: 'I', name: 'Lĩnh vực 1', level: 0, maxScore: 9, selfScore: 8.5, method: '', evidence: '', ...plain },
      { row: 6, tt: '1', name: 'Tiêu chí 1.1', level: 1, maxScore: 3, selfScore: 3, method: '', evidence: '', ...plain },
      {
        row: 7,
        tt: '1.1',
        name: 'Tiêu chí thành phần 1.1.1',
        level: 2,
        maxScore: 0.5,
        selfScore: 0.5,
        method: 'Đạt: 0,5 điểm; không đạt: 0 điểm',
        evidence: 'Quyết định số 11/QĐ-UBND',
        ...plain,
      },
    ]);
    expect(c.total).toMatchObject({ row: fx.totalRow, name: 'Tổng cộng', maxScore: fx.maxTotal, selfScore: fx.selfTotal });
    expect(c.issues).toEqual([]);

    const tree = buildCriteriaTree(c.rows, c.total);
    expect(tree.roots.map((r) => r.tt)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(tree.roots[0].children.map((r) => r.tt)).toEqual(['1', '2', '3']);
    expect(tree.roots[0].children[1].children.map((r) => r.tt)).toEqual(['2.1', '2.2', '2.3']);
    expect(count(tree.roots)).toBe(65);
    expect(tree.leafCount).toBe(45);
    expect(fx.leaves).toBe(45);
    expect(tree.maxTotal).toBe(fx.maxTotal);
    expect(tree.selfTotal).toBe(fx.selfTotal);
    expect(tree.checks).toEqual([]);
    expect(tree.notes).toEqual([]);
  });

  it('reports a parent whose stated sum is not the sum of its children, and a self score above the maximum', async () => {
    const fx = criteriaGrid();
    expect([leafMax(1, 1, 1), leafMax(1, 1, 2), leafMax(1, 1, 3)]).toEqual([0.5, 1, 1.5]);
    fx.cells[5][2] = 4; // row 6: Tiêu chí 1.1 states a maximum of 4 instead of 3
    fx.cells[6][4] = 2; // row 7: 1.1.1 self-scored 2 of 0,5 (1,5 more: 1.1 sums to 4,5, lĩnh vực I to 10)
    const c = readCriteria((await readSheet(xlsxOf(fx), 'chi-so.xlsx')).sheets[0]);
    const tree = buildCriteriaTree(c.rows, c.total);
    expect(tree.checks.map((x) => x.message)).toEqual([
      'Điểm tự đánh giá của 1.1 "Tiêu chí thành phần 1.1.1" (dòng 7) là 2, lớn hơn điểm tối đa 0,5.',
      'Điểm tối đa của 1 "Tiêu chí 1.1" (dòng 6) ghi 4 nhưng các tiêu chí bên dưới cộng được 3.',
      'Điểm tự đánh giá của 1 "Tiêu chí 1.1" (dòng 6) ghi 3 nhưng các tiêu chí bên dưới cộng được 4,5.',
      'Điểm tự đánh giá của I "Lĩnh vực 1" (dòng 5) ghi 8,5 nhưng các tiêu chí bên dưới cộng được 10.',
      `Điểm tự đánh giá của "Tổng cộng" (dòng ${fx.totalRow}) ghi ${formatNumber(fx.selfTotal)} nhưng các tiêu chí bên dưới cộng được ${formatNumber(fx.selfTotal + 1.5)}.`,
    ]);
    expect(tree.checks[1]).toMatchObject({ row: 6, tt: '1', field: 'maxScore', stated: 4, sum: 3 });
    expect(tree.maxTotal).toBe(fx.maxTotal);
    expect(tree.selfTotal).toBe(fx.selfTotal + 1.5);
  });

  it('without a stated maximum, a parent takes the sum of its children; a leaf without one is noted', () => {
    const rows = [
      { row: 5, tt: 'I', name: 'A', level: 0, maxScore: null, selfScore: null, method: '', evidence: '', ...plain },
      { row: 6, tt: '1', name: 'B', level: 1, maxScore: 2, selfScore: 1, method: '', evidence: '', ...plain },
      { row: 7, tt: '2', name: 'C', level: 1, maxScore: null, selfScore: null, method: '', evidence: '', ...plain },
    ];
    const tree = buildCriteriaTree(rows);
    expect(tree.roots[0].maxTotal).toBeNull();
    expect(tree.notes).toEqual(['Tiêu chí 2 "C" (dòng 7) chưa có điểm tối đa.']);
    rows[2].maxScore = 1.5;
    expect(buildCriteriaTree(rows).maxTotal).toBe(3.5);
  });
});

describe('criteria sheet (.csv): TT empty for the third level, names indented, decimal commas', () => {
  it('gives the same tree', async () => {
    const fx = criteriaGrid(true);
    const text = delimitedText(
      fx.cells.map((r) => r.map(viDecimal)),
      ';',
    );
    const wb = await readSheet(new TextEncoder().encode(text), 'chi-so.csv');
    const c = readCriteria(wb.sheets[0]);
    expect(c.rows).toHaveLength(65);
    expect(c.rows[2]).toMatchObject({ row: 7, tt: '', name: 'Tiêu chí thành phần 1.1.1', level: 2, maxScore: 0.5 });
    const tree = buildCriteriaTree(c.rows, c.total);
    expect(tree.leafCount).toBe(45);
    expect(tree.maxTotal).toBe(fx.maxTotal);
    expect(tree.selfTotal).toBe(fx.selfTotal);
    expect(tree.checks).toEqual([]);
  });

  it('a score cell that is not a number is reported; extra "cách chấm" lines join the row above', async () => {
    const fx = criteriaGrid();
    fx.cells[6][2] = 'một điểm';
    fx.cells.splice(7, 0, [null, null, null, '- Chậm 1 ngày: trừ 0,5 điểm', null, 'Báo cáo tháng']);
    const text = delimitedText(
      fx.cells.map((r) => r.map(viDecimal)),
      ';',
    );
    const c = readCriteria((await readSheet(new TextEncoder().encode(text), 'chi-so.csv')).sheets[0]);
    expect(c.issues).toEqual(['Ô C7 (dòng 7, điểm tối đa) ghi "một điểm", không phải là số: chưa tính. Hãy sửa ô này thành một số.']);
    expect(c.rows[2]).toMatchObject({
      maxScore: null,
      method: 'Đạt: 0,5 điểm; không đạt: 0 điểm\n- Chậm 1 ngày: trừ 0,5 điểm',
      evidence: 'Quyết định số 11/QĐ-UBND\nBáo cáo tháng',
    });
    expect(c.rows[3]).toMatchObject({ row: 9, tt: '1.2' });
  });
});
