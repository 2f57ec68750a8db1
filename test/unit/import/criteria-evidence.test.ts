/**
 * What a province's criteria sheet says beyond its tree: evidence cells split into documents with their number and
 * symbol, date, issuer and subject where written; the decision in the title rows; notes; a criterion marked "không áp
 * dụng"; bonus and penalty sections (signed points, a limit on the heading), kept out of the criteria's totals.
 */
import { describe, expect, it } from 'vitest';
import {
  adjustmentPart,
  buildCriteriaTree,
  CRITERIA_TARGETS,
  findDecision,
  readCriteria,
  readDocumentRef,
  readEvidence,
  readSheet,
  recognizeColumns,
  splitEvidence,
} from '../../../src/lib/import/index.ts';
import type { Cell } from '../../../src/lib/import/grid.ts';
import { AREAS, BONUS, DECISION, EXPECTED, PENALTY, provinceCriteriaGrid } from './criteria-fixtures.ts';
import { xlsxOf } from './fixtures.ts';

const doc = (kind: string, number: string, date: string, subject = '', issuer = '') => ({ kind, number, date, issuer, subject });

describe('evidence cells → documents', () => {
  it('splits at ";" and line breaks, dropping bullets and numbering', () => {
    expect(splitEvidence('- Kế hoạch số 1/KH-UBND;\n2. Báo cáo số 2/BC-UBND.\r\na) Thông báo 3/TB-UBND;;  ')).toEqual([
      'Kế hoạch số 1/KH-UBND',
      'Báo cáo số 2/BC-UBND',
      'Thông báo 3/TB-UBND',
    ]);
  });

  it.each([
    ['Kế hoạch số 12/KH-UBND ngày 15/01/2026', doc('Kế hoạch', '12/KH-UBND', '2026-01-15')],
    [
      'Báo cáo số 45/BC-UBND ngày 10/12/2026 của UBND xã Hoài Tân về kết quả CCHC',
      doc('Báo cáo', '45/BC-UBND', '2026-12-10', 'về kết quả CCHC', 'UBND xã Hoài Tân'),
    ],
    [
      'Quyết định số 01/2024/QĐ-UBND, ngày 5 tháng 3 năm 2024 ban hành quy chế',
      doc('Quyết định', '01/2024/QĐ-UBND', '2024-03-05', 'ban hành quy chế'),
    ],
    ['KẾ HOẠCH SỐ: 12 / KH-UBND NGÀY 15-01-2026', doc('Kế hoạch', '12/KH-UBND', '2026-01-15')],
    ['Công văn 383/BNV-CCHC ngày 28/01/2021', doc('Công văn', '383/BNV-CCHC', '2021-01-28')],
    ['12/KH-UBND ngày 15.01.2026', doc('', '12/KH-UBND', '2026-01-15')],
    ['Thông tư liên tịch số 3/2020/TTLT-BNV-BTC', doc('Thông tư liên tịch', '3/2020/TTLT-BNV-BTC', '')],
  ])('reads "%s"', (text, want) => {
    expect(readDocumentRef(text)).toEqual(want);
  });

  it.each([
    'Có thực hiện niêm yết tại Bộ phận Một cửa',
    'Có kế hoạch số 3/KH-UBND',
    'Kế hoạch số …/KH-UBND',
    'Biên bản kiểm tra ngày 12/3/2026',
  ])('keeps "%s" whole as the subject (nothing guessed, nothing cut)', (text) => {
    expect(readDocumentRef(text)).toEqual(doc('', '', '', text));
  });

  it('an impossible date stays in the text, for the user to correct', () => {
    expect(readDocumentRef('Kế hoạch số 12/KH-UBND ngày 31/02/2026')).toEqual(doc('Kế hoạch', '12/KH-UBND', '', 'ngày 31/02/2026'));
  });

  it('a cell of several documents', () => {
    expect(readEvidence(AREAS[0].leaves[1].evidence!)).toEqual([
      doc('Quyết định', '7/QĐ-UBND', '2025-03-02', 'về kiểm tra cải cách hành chính'),
      doc('Thông báo', '31/TB-UBND', '2025-11-05'),
    ]);
  });
});

describe('the decision in the title rows', () => {
  it('is read with its number, date and issuer, and cited as the report cites a decision', async () => {
    const sheet = (await readSheet(xlsxOf(provinceCriteriaGrid(), 'Bộ tiêu chí'), 'tieu-chi.xlsx')).sheets[0];
    expect(findDecision(sheet, 3)).toEqual({
      citation: DECISION.citation,
      ref: doc('Quyết định', DECISION.number, DECISION.date, '', DECISION.issuer),
      row: 2,
    });
    expect(readCriteria(sheet).decision?.citation).toBe(DECISION.citation);
  });

  it('none when the title rows name no decision with a number and date (never the file name)', () => {
    const cells: Cell[][] = [['BẢNG CHẤM ĐIỂM'], ['Kèm theo Quyết định số …/QĐ-UBND ngày … của UBND tỉnh']];
    expect(findDecision({ name: 'x', cells, merges: [] }, 2)).toBeNull();
  });
});

describe('a province sheet with notes, "không áp dụng", bonus and penalty', () => {
  const read = async () => {
    const sheet = (await readSheet(xlsxOf(provinceCriteriaGrid(), 'Bộ tiêu chí'), 'tieu-chi.xlsx')).sheets[0];
    return readCriteria(sheet, recognizeColumns(sheet, CRITERIA_TARGETS));
  };

  it('recognises the evidence and notes columns', async () => {
    const c = await read();
    expect(c.recognition.assignments['tai-lieu-kiem-chung'].letter).toBe('E');
    expect(c.recognition.assignments['ghi-chu'].letter).toBe('F');
    expect(c.issues).toEqual([]);
  });

  it('the criteria tree leaves the bonus and penalty sections out; its totals match the total row', async () => {
    const c = await read();
    const tree = buildCriteriaTree(c.rows, c.total);
    expect(tree.roots.map((r) => r.tt)).toEqual(AREAS.map((a) => a.tt));
    expect(tree.leafCount).toBe(EXPECTED.leaves);
    expect(tree.maxTotal).toBe(EXPECTED.maxTotal);
    expect(tree.selfTotal).toBe(EXPECTED.selfTotal);
    expect(tree.checks).toEqual([]);
    expect(tree.notApplicable).toBe(1);
    const na = tree.roots[0].children[2];
    expect(na).toMatchObject({ notApplicable: true, selfScore: null, maxScore: 3, note: AREAS[0].leaves[2].note });
    expect(tree.roots[0].children[1].note).toBe(AREAS[0].leaves[1].note);
  });

  it('bonus items with the heading as their limit; the penalty written "-1" read as 1 point taken off', async () => {
    const c = await read();
    const tree = buildCriteriaTree(c.rows, c.total);
    expect(tree.adjustments.map((a) => [a.kind, a.tt, a.name, a.max, a.points, a.note])).toEqual([
      ...BONUS.items.map((b, i) => ['bonus', String(i + 1), b.name, b.max, b.points, b.note]),
      ...PENALTY.items.map((p, i) => ['penalty', String(i + 1), p.name, p.max, p.points, p.note]),
    ]);
    expect(tree.limits).toEqual({ bonus: BONUS.limit });
  });

  it('section headings: bonus, penalty, or both (then the sign tells)', () => {
    expect(
      ['Điểm thưởng', 'ĐIỂM CỘNG (tối đa 5 điểm)', 'Điểm trừ', 'Các nội dung trừ điểm', 'Điểm thưởng, điểm trừ', 'Điểm công khai'].map(
        adjustmentPart,
      ),
    ).toEqual(['bonus', 'bonus', 'penalty', 'penalty', 'adjustments', null]);
    const row = (r: number, tt: string, name: string, level: number, max: number | null, negative = false) => ({
      row: r,
      tt,
      name,
      level,
      maxScore: max,
      selfScore: null,
      method: '',
      evidence: '',
      note: '',
      part: 'adjustments' as const,
      notApplicable: false,
      negative,
      issues: [],
    });
    const tree = buildCriteriaTree([
      row(5, 'V', 'Điểm thưởng, điểm trừ', 0, null),
      row(6, '1', 'Sáng kiến', 1, 1),
      row(7, '2', 'Bị phê bình', 1, 2, true),
    ]);
    expect(tree.adjustments.map((a) => [a.kind, a.name, a.max])).toEqual([
      ['bonus', 'Sáng kiến', 1],
      ['penalty', 'Bị phê bình', 2],
    ]);
    expect(tree.roots).toEqual([]);
  });
});
