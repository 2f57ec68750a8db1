/**
 * What real criteria sets use (par-index.md): bonus and penalty points outside the tree, criteria that do not apply
 * to a unit (the maximum reduced), the result on a 100 scale; and a score failing its check left out of every sum.
 * Expected figures are computed here from the rows, independently of tree.ts and adjust.ts.
 */
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../../../src/lib/import/index.ts';
import { recogniseCriteria, tableFromTree } from '../../../../../src/lib/report/blocks/scores/import.ts';
import { scoreTotals } from '../../../../../src/lib/report/blocks/scores/tree.ts';
import { renderScores } from '../../../../../src/lib/report/blocks/scores/render.ts';
import { tableFromSet } from '../../../../../src/lib/report/blocks/scores/sets.ts';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { loadCriteriaSets } from '../../../../../src/data/load.ts';
import type { BlockOf, RenderContext } from '../../../../../src/lib/report/blocks/types.ts';
import type { DocBlock } from '../../../../../src/lib/document/model.ts';
import type { ScoreTable } from '../../../../../src/schemas/draft.ts';
import { exampleOf, templates } from '../../../../support/fixtures.ts';
import { xlsxOf } from '../../../import/fixtures.ts';
import { AREAS, BONUS, DECISION, EXPECTED, PENALTY, provinceCriteriaGrid } from '../../../import/criteria-fixtures.ts';

const SELF = 'bao-cao-tu-danh-gia-chi-so-cchc';
const KEY = 'ket-qua:bang-diem';
const template = templates.get(SELF)!;
const summaryBlock = template.sections[0].blocks[0] as BlockOf<'scores'>;
const fullBlock = template.appendices[0].blocks[0] as BlockOf<'scores'>;
const vi = (x: number) => String(Math.round(x * 100) / 100).replace('.', ',');
const round2 = (x: number) => Math.round(x * 100) / 100;

async function imported(): Promise<ScoreTable> {
  const workbook = await readSheet(xlsxOf(provinceCriteriaGrid(), 'Bộ tiêu chí'), 'bo-tieu-chi-tinh.xlsx');
  const read = recogniseCriteria(workbook, () => undefined)!;
  return tableFromTree(read.tree, { citation: read.sheet.decision?.citation ?? '' });
}
const evaluateWith = (table: ScoreTable) => evaluate(template, { ...exampleOf(SELF), values: { ...exampleOf(SELF).values, [KEY]: table } });
const rowsOf = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));
const paragraphs = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
const render = (block: BlockOf<'scores'>, table: ScoreTable) => renderScores(block, table, { intro: '' } as unknown as RenderContext);

describe('a province sheet imported whole', () => {
  it('evidence as documents, notes as explanations, "không áp dụng", bonus and penalty, the decision — never the file name', async () => {
    const table = await imported();
    expect(table.set).toEqual({ id: '', name: 'Bộ tiêu chí nhập từ bảng tính', illustrative: false, citation: DECISION.citation });
    expect(JSON.stringify(table)).not.toContain('bo-tieu-chi-tinh');
    const row = (name: string) => table.rows.find((r) => r.name === name)!;
    expect(row(AREAS[0].leaves[0].name).evidence).toEqual([
      { kind: 'Kế hoạch', number: '12/KH-UBND', date: '2025-01-15', issuer: '', subject: 'về cải cách hành chính năm 2025' },
      { kind: 'Báo cáo', number: '145/BC-UBND', date: '2025-12-10', issuer: '', subject: 'về kết quả cải cách hành chính năm 2025' },
    ]);
    expect(row(AREAS[0].leaves[1].name)).toMatchObject({ score: 2.5, note: AREAS[0].leaves[1].note });
    expect(row(AREAS[0].leaves[2].name)).toMatchObject({
      notApplicable: true,
      score: null,
      max: 3,
      note: 'Xã không có khu vực biên giới.',
    });
    expect(row(AREAS[1].leaves[0].name).evidence).toEqual([
      { kind: '', number: '', date: '', issuer: '', subject: 'Có thực hiện niêm yết tại Bộ phận Một cửa' },
    ]);
    expect(table.adjustments!.map((a) => [a.kind, a.name, a.max, a.points, a.note])).toEqual([
      ...BONUS.items.map((b) => ['bonus', b.name, b.max, b.points, b.note]),
      ...PENALTY.items.map((p) => ['penalty', p.name, p.max, p.points, p.note]),
    ]);
    expect(table.limits).toEqual({ bonus: BONUS.limit });
  });

  it('totals: the maximum without what does not apply, bonus up to its limit, penalty taken off, the 100 scale', async () => {
    const totals = scoreTotals(await imported());
    const max = EXPECTED.maxTotal - EXPECTED.naMax;
    expect(totals.total).toMatchObject({ max, naMax: EXPECTED.naMax, naCount: 1, score: EXPECTED.selfTotal, selfMax: max, rejected: 0 });
    expect(totals.adjustments.bonus).toMatchObject({ typed: EXPECTED.bonusTyped, points: EXPECTED.bonus, limit: BONUS.limit });
    expect(totals.result).toEqual({
      criteria: EXPECTED.selfTotal,
      bonus: EXPECTED.bonus,
      penalty: EXPECTED.penalty,
      total: EXPECTED.selfTotal + EXPECTED.bonus - EXPECTED.penalty,
      max,
      scale100: round2(round2((EXPECTED.selfTotal / max) * 100) + EXPECTED.bonus - EXPECTED.penalty),
      converted: true,
    });
  });

  it('checks: the bonus above its limit is a warning saying what counts; nothing blocks the report', async () => {
    const ev = evaluateWith(await imported());
    expect(ev.issues.filter((i) => i.blocking)).toEqual([]);
    const limit = ev.issues.find((i) => i.key.startsWith('scores-adjust-limit'))!;
    expect(limit).toMatchObject({ severity: 'warning', field: `${KEY}.adjust.0.points` });
    expect(limit.message).toContain(
      `tổng điểm thưởng là ${vi(EXPECTED.bonusTyped)} điểm, vượt mức tối đa ${BONUS.limit} điểm: chỉ tính ${BONUS.limit} điểm.`,
    );
    // "Có thực hiện …" is no document, but the sheet's note explains it; the report lacking its trích yếu is asked for.
    const notes = ev.issues.filter((i) => i.key.startsWith('scores-note:'));
    expect(notes.map((i) => i.message)).toEqual([
      `Bảng tự chấm điểm: tài liệu kiểm chứng của tiêu chí 2 “${AREAS[1].leaves[1].name}” còn thiếu số, ký hiệu, ngày hoặc trích yếu: bổ sung cho đủ hoặc ghi giải trình.`,
    ]);
  });

  it('prints: the summary ends with bonus, penalty, total and the 100 scale; the appendix cites the decision', async () => {
    const table = await imported();
    const totals = scoreTotals(table);
    const max = EXPECTED.maxTotal - EXPECTED.naMax;
    const summary = rowsOf(render(summaryBlock, table));
    expect(summary.slice(-5)).toEqual([
      ['', 'Cộng điểm các tiêu chí', vi(max), vi(EXPECTED.selfTotal), `${vi((EXPECTED.selfTotal / max) * 100)}%`],
      ['', `Điểm thưởng (tối đa ${BONUS.limit} điểm)`, '', `+${vi(EXPECTED.bonus)}`, ''],
      ['', 'Điểm trừ', '', `-${vi(EXPECTED.penalty)}`, ''],
      ['', 'Tổng cộng', vi(max), vi(EXPECTED.selfTotal + EXPECTED.bonus - EXPECTED.penalty), ''],
      ['', 'Quy đổi thang điểm 100', '100', vi(totals.result.scale100!), ''],
    ]);
    const full = render(fullBlock, table);
    expect(paragraphs(full)[0]).toBe(`Bộ tiêu chí ban hành kèm theo ${DECISION.citation}.`);
    const na = rowsOf(full).find((r) => r[1] === AREAS[0].leaves[2].name)!;
    expect(na).toEqual(['3', AREAS[0].leaves[2].name, '', 'Không áp dụng', '', 'Xã không có khu vực biên giới.']);
    expect(rowsOf(full)).toContainEqual(['1', `${PENALTY.items[0].name} (tối đa 1 điểm)`, '', '-1', '', PENALTY.items[0].note]);
    expect(paragraphs(full)).toContain(
      `Tiêu chí không áp dụng đối với đơn vị: 3 “${AREAS[0].leaves[2].name}” (3 điểm); điểm tối đa được chấm là ${vi(max)} điểm (đã trừ 3 điểm).`,
    );
  });
});

describe('a score that fails its check', () => {
  it('is left out of its parents and the total, and counted so the totals can say so', () => {
    const table: ScoreTable = {
      rows: [
        { tt: '1', name: 'Lĩnh vực', level: 1, max: null, score: null, appraised: null, evidence: [], note: '' },
        { tt: '1.1', name: 'A', level: 2, max: 2, score: 6.3, appraised: null, evidence: [], note: '' },
        { tt: '1.2', name: 'B', level: 2, max: 2, step: 0.25, score: 0.3, appraised: null, evidence: [], note: '' },
        { tt: '1.3', name: 'C', level: 2, max: 2, score: 1.5, appraised: null, evidence: [], note: '' },
        { tt: '1.4', name: 'D', level: 2, max: 2, score: 'hai', appraised: null, evidence: [], note: '' },
      ],
    };
    const t = scoreTotals(table);
    expect(t.rows[0]).toMatchObject({ score: 1.5, selfMax: 8, scored: 1, rejected: 3 });
    expect(t.total).toMatchObject({ score: 1.5, rejected: 3 });
    expect(t.rows[1]).toMatchObject({ score: null, rejected: 1 });
    const ev = evaluateWith(table);
    expect(ev.issues.find((i) => i.field === `${KEY}.1.score`)!.message).toContain('Điểm này chưa được cộng vào tổng.');
    expect(rowsOf(render(summaryBlock, table)).at(-2)).toEqual(['', 'Tổng cộng', '8', '1,5', '18,75%']);
  });
});

describe('criteria that do not apply, bonus and penalty: checks', () => {
  const base = (): ScoreTable => ({
    rows: [
      { tt: '1', name: 'Lĩnh vực', level: 1, max: null, score: null, appraised: null, evidence: [], note: '' },
      { tt: '1.1', name: 'A', level: 2, max: 4, score: null, appraised: null, evidence: [], note: '', notApplicable: true },
      { tt: '1.2', name: 'B', level: 2, max: 6, score: 0, appraised: null, evidence: [], note: '' },
    ],
    adjustments: [
      { kind: 'bonus', tt: '', name: 'Sáng kiến', max: 1, points: 2, appraised: null, note: '' },
      { kind: 'penalty', tt: '', name: '', max: null, points: 1, appraised: null, note: 'Bị phê bình' },
    ],
  });

  it('asks for the reason a criterion does not apply, ignores a score typed on it, and drops its maximum', () => {
    const table = base();
    table.rows[1].score = 3;
    const ev = evaluateWith(table);
    expect(ev.issues.find((i) => i.field === `${KEY}.1.note`)).toMatchObject({ severity: 'warning' });
    expect(ev.issues.find((i) => i.field === `${KEY}.1.na`)!.message).toContain('điểm đã nhập được bỏ qua');
    const t = scoreTotals(table);
    expect(t.total).toMatchObject({ max: 6, naMax: 4, selfMax: 6, score: 0 });
    expect(t.result).toMatchObject({ max: 6, converted: true });
  });

  it('a bonus above its item maximum blocks and counts nowhere; points without a reason, an item without a name are flagged', () => {
    const table = base();
    const ev = evaluateWith(table);
    expect(ev.issues.find((i) => i.field === `${KEY}.adjust.0.points`)).toMatchObject({ severity: 'error', blocking: true });
    expect(ev.issues.find((i) => i.field === `${KEY}.adjust.0.note`)).toMatchObject({ severity: 'error' });
    expect(ev.issues.find((i) => i.field === `${KEY}.adjust.1.name`)).toMatchObject({ severity: 'warning' });
    const t = scoreTotals(table);
    expect(t.adjustments.bonus).toMatchObject({ points: null, rejected: 1 });
    expect(t.result).toMatchObject({ criteria: 0, bonus: null, penalty: 1, total: -1 });
  });

  it('text typed as points is kept, flagged by the typed-figure rule and not counted', () => {
    const table = base();
    table.adjustments![1].points = 'một';
    const ev = evaluateWith(table);
    expect(ev.issues.find((i) => i.field === `${KEY}.adjust.1.points`)).toMatchObject({ blocking: true });
    expect(scoreTotals(table).result.penalty).toBeNull();
  });
});

describe('criteria sets declare them', () => {
  it('the illustrative set: bonus and penalty items with limits, and the condition of the criteria that may not apply', () => {
    const set = loadCriteriaSets().find((s) => s.id === 'minh-hoa-xa')!;
    const table = tableFromSet(set);
    expect(table.adjustments!.map((a) => [a.kind, a.max, a.points])).toEqual([
      ...set.bonus!.items.map((i) => ['bonus', i.max, null]),
      ...set.penalty!.items.map((i) => ['penalty', i.max, null]),
    ]);
    expect(table.limits).toEqual({ bonus: set.bonus!.limit, penalty: set.penalty!.limit });
    expect(table.rows.filter((r) => r.condition).map((r) => r.tt)).toEqual(['2.1.1', '2.1.2']);
    // Bonus and penalty points are outside the tree: the set's total is still the criteria's.
    expect(scoreTotals(table).total.max).toBe(set.total);
  });
});
