/**
 * "Nhập từ bảng tính" on a score table: the criteria sheet a province sends (.xlsx or .csv, numbered or indented,
 * three levels, a total row) becomes the rows of a score table with the same tree, maxima and self scores; the
 * score table's own totals agree with the sheet's total row.
 */
import { describe, expect, it } from 'vitest';
import { readSheet, reassign, CRITERIA_TARGETS } from '../../../../../src/lib/import/index.ts';
import { readTree, recogniseCriteria, tableFromTree, treeCounts } from '../../../../../src/lib/report/blocks/scores/import.ts';
import { scoreTotals } from '../../../../../src/lib/report/blocks/scores/tree.ts';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { exampleOf, templates } from '../../../../support/fixtures.ts';
import { criteriaGrid, delimitedText, leafMax, xlsxOf } from '../../../import/fixtures.ts';

const none = () => undefined;
const viDecimal = (c: unknown) => (typeof c === 'number' ? String(c).replace('.', ',') : (c as string | null));

describe('criteria import → score table', () => {
  it.each([
    ['.xlsx, numbered', async () => readSheet(xlsxOf(criteriaGrid(), 'Tự chấm'), 'chi-so.xlsx')],
    [
      '.csv, numbered',
      async () =>
        readSheet(
          new TextEncoder().encode(
            delimitedText(
              criteriaGrid().cells.map((r) => r.map(viDecimal)),
              ',',
            ),
          ),
          'chi-so.csv',
        ),
    ],
    ['.xlsx, indented', async () => readSheet(xlsxOf(criteriaGrid(true), 'Tự chấm'), 'chi-so-thut-le.xlsx')],
  ])('%s: three levels, 45 leaves, the maximum total of the file', async (_name, read) => {
    const fx = criteriaGrid();
    const workbook = await read();
    const r = recogniseCriteria(workbook, none)!;
    expect(r).not.toBeNull();
    expect(treeCounts(r.tree)).toEqual({ perLevel: [5, 15, 45], leaves: fx.leaves });
    expect(r.tree.checks).toEqual([]);
    expect(r.sheet.total?.maxScore).toBe(fx.maxTotal);
    const table = tableFromTree(r.tree, { citation: '' });
    expect(table.rows).toHaveLength(5 + 15 + 45);
    expect(table.rows.map((x) => x.level).filter((l) => l === 3)).toHaveLength(45);
    const leaf = table.rows.find((x) => x.name === 'Tiêu chí thành phần 2.3.1')!;
    expect(leaf).toMatchObject({ level: 3, max: leafMax(2, 3, 1) });
    const totals = scoreTotals(table);
    expect(totals.total.max).toBeCloseTo(fx.maxTotal, 6);
    expect(totals.total.score).toBeCloseTo(fx.selfTotal, 6);
    // The sheet's evidence is read into a document (its date and subject left to complete); a parent holds no score.
    expect(leaf.evidence).toEqual([{ kind: 'Quyết định', number: '23/QĐ-UBND', date: '', issuer: '', subject: '' }]);
    expect(table.rows.filter((x) => x.level < 3).every((x) => x.max === null && x.score === null)).toBe(true);
  });

  it('the imported table fits the self-assessment report; its evidence without a number and date asks for a giải trình', async () => {
    const workbook = await readSheet(xlsxOf(criteriaGrid(), 'Tự chấm'), 'chi-so.xlsx');
    const table = tableFromTree(recogniseCriteria(workbook, none)!.tree, { citation: '' });
    const template = templates.get('bao-cao-tu-danh-gia-chi-so-cchc')!;
    const ev = evaluate(template, {
      ...exampleOf('bao-cao-tu-danh-gia-chi-so-cchc'),
      values: { 'ket-qua:bang-diem': table },
    });
    const i = table.rows.findIndex((x) => x.name === 'Tiêu chí thành phần 1.1.1');
    expect(ev.issues.find((x) => x.field === `ket-qua:bang-diem.${i}.note`)?.message).toContain(
      'còn thiếu số, ký hiệu, ngày hoặc trích yếu',
    );
    expect(ev.issues.filter((x) => x.blocking)).toEqual([]);
  });

  it('a column the user takes away is read again: without the self-score column no score is imported', async () => {
    const workbook = await readSheet(xlsxOf(criteriaGrid(), 'Tự chấm'), 'chi-so.xlsx');
    const r = recogniseCriteria(workbook, none)!;
    const again = readTree(workbook, r.sheetIndex, reassign(r.recognition, CRITERIA_TARGETS, 'diem-tu-danh-gia', null), r.signature);
    const table = tableFromTree(again.tree, { citation: '' });
    expect(table.rows.every((x) => x.score === null)).toBe(true);
    expect(scoreTotals(table).total.max).toBeCloseTo(criteriaGrid().maxTotal, 6);
  });
});
