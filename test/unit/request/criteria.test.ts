/**
 * A request for the CCHC-index self-assessment: the form asks for its criteria set (one of the site's, or the
 * province's imported from its spreadsheet, embedded), the link carries it, the commune's draft gets that set as its
 * score table, and the roll-up shows each unit's total self score and maximum from the engine's score totals.
 */
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../src/lib/import/index.ts';
import { recogniseCriteria, scoreTotals, tableFromSet, tableFromTree } from '../../../src/lib/report/index.ts';
import { emptyForm, formFromRequest, formMessages, IMPORTED, requestFromForm, type RequestForm } from '../../../src/lib/request/form.ts';
import { criteriaTable, embedTable } from '../../../src/lib/request/criteria.ts';
import { decodeRequest, requestFragment } from '../../../src/lib/request/link.ts';
import { draftFromRequest, scoresKey } from '../../../src/lib/request/draft.ts';
import { rollupColumns, canRollUp } from '../../../src/lib/rollup/columns.ts';
import { computeRollup } from '../../../src/lib/rollup/compute.ts';
import { addReports, emptyRollup } from '../../../src/lib/rollup/state.ts';
import { trimDraft } from '../../../src/lib/rollup/summary.ts';
import { settingsFromRequest } from '../../../src/lib/request/rollup.ts';
import { matchMessages } from '../../../src/lib/request/match.ts';
import { loadCriteriaSets } from '../../../src/data/load.ts';
import type { Draft, ScoreTable } from '../../../src/schemas/draft.ts';
import { templates } from '../../support/fixtures.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { renderBytes } from '../../support/render.ts';
import { editDocumentXml, wordEdit } from '../../support/word-edit.ts';
import { readFile } from '../../../src/lib/rollup/read.ts';
import { checkPrinted } from '../../../src/lib/printed/check.ts';
import { formatNumber } from '../../../src/lib/format/number.ts';
import { scoredLeaf } from '../../support/scores.ts';
import { provinceCriteriaGrid, DECISION } from '../import/criteria-fixtures.ts';
import { xlsxOf } from '../import/fixtures.ts';

const KIND = 'bao-cao-tu-danh-gia-chi-so-cchc';
const template = templates.get(KIND)!;
const sets = loadCriteriaSets();
const kindNames = Object.fromEntries([...templates].map(([id, t]) => [id, t.name]));
const TABLE = 'ket-qua:bang-diem';

/** The province's form for the 2026 self-assessment, every field but the criteria set filled. */
const filled = (criteria: RequestForm['criteria']): RequestForm => ({
  ...emptyForm(template, new Date(2026, 11, 1)),
  deadline: '2027-01-15',
  number: '45/KH-UBND',
  issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng',
  subject: 'Xác định Chỉ số cải cách hành chính năm 2026 của các xã, phường, đặc khu',
  units: 'Xã An Bình\nXã Đức Trọng\nPhường Lâm Viên - Đà Lạt',
  criteria,
});

async function importedTable(): Promise<ScoreTable> {
  const workbook = await readSheet(xlsxOf(provinceCriteriaGrid(), 'Bộ tiêu chí'), 'bo-tieu-chi-tinh.xlsx');
  const read = recogniseCriteria(workbook, () => undefined)!;
  return tableFromTree(read.tree, { citation: read.sheet.decision?.citation ?? '' });
}

describe('the request form for a self-assessment', () => {
  it('asks for the criteria set, in Vietnamese, at its field', () => {
    expect(scoresKey(template)).toBe(TABLE);
    const r = requestFromForm(filled({ choice: '' }), template, sets);
    expect(r).toEqual({ ok: false, errors: { criteria: formMessages.noCriteria } });
    expect(requestFromForm(filled({ choice: IMPORTED }), template, sets)).toEqual({
      ok: false,
      errors: { criteria: formMessages.notImported },
    });
    expect(requestFromForm(filled({ choice: 'bo-da-xoa' }), template, sets)).toEqual({
      ok: false,
      errors: { criteria: formMessages.unknownCriteria },
    });
  });

  it('names a site set by its id; the link brings it back; the commune’s draft has that set’s criteria', () => {
    const r = requestFromForm(filled({ choice: 'minh-hoa-xa' }), template, sets);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.request.criteria).toEqual({ id: 'minh-hoa-xa' });
    expect(formFromRequest(r.request).criteria).toEqual({ choice: 'minh-hoa-xa' });
    const back = decodeRequest(requestFragment(r.request), KIND, kindNames);
    expect(back).toEqual({ ok: true, request: r.request });
    const made = draftFromRequest(template, r.request, new Date(2026, 11, 10), 'Tự đánh giá 2026', sets);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.draft.values[TABLE]).toEqual(tableFromSet(sets.find((s) => s.id === 'minh-hoa-xa')!));
    expect((made.draft.values[TABLE] as ScoreTable).set?.illustrative).toBe(true);
  });

  it('embeds a set imported from the province’s sheet: criteria, maxima, bonus and penalty, the decision — no scores', async () => {
    const table = await importedTable();
    const embedded = embedTable(table, 'Bộ tiêu chí xác định Chỉ số cải cách hành chính');
    expect(embedded.citation).toBe(DECISION.citation);
    expect(JSON.stringify(embedded)).not.toMatch(/"score"|"evidence"/);
    const r = requestFromForm(filled({ choice: IMPORTED, imported: embedded }), template, sets);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const back = decodeRequest(requestFragment(r.request), KIND, kindNames);
    expect(back.ok && back.request.criteria).toEqual(embedded);
    const made = draftFromRequest(template, r.request, new Date(2026, 11, 10), '', []);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const got = made.draft.values[TABLE] as ScoreTable;
    expect(got.rows.map((x) => [x.tt, x.name, x.level, x.max])).toEqual(table.rows.map((x) => [x.tt, x.name, x.level, x.max]));
    expect(got.rows.every((x) => x.score === null && !x.evidence.length)).toBe(true);
    expect(got.adjustments?.map((a) => [a.kind, a.name, a.max])).toEqual(table.adjustments?.map((a) => [a.kind, a.name, a.max]));
    expect(got.limits).toEqual(table.limits);
    // The sheet's maxima, every criterion applying: which do not apply is each commune's to say, not the province's sheet's.
    const sheet = scoreTotals(table).total;
    expect(sheet.naCount).toBeGreaterThan(0);
    expect(got.rows.some((x) => x.notApplicable)).toBe(false);
    expect(scoreTotals(got).total.max).toBe((sheet.max ?? 0) + sheet.naMax);
    expect(criteriaTable(embedded, [])).toEqual(got);
  });
});

describe('the roll-up of self-assessments', () => {
  it('has a column for the total self score and one for the maximum of the score table', () => {
    expect(canRollUp(template)).toBe(true);
    const cols = rollupColumns(template);
    expect(cols.map((c) => [c.key, c.summable, c.score])).toEqual([
      [`${TABLE}.total`, false, 'total'],
      [`${TABLE}.max`, false, 'max'],
    ]);
    const appraisal = rollupColumns(templates.get('bao-cao-giai-trinh-tham-dinh-chi-so-cchc')!);
    expect(appraisal.map((c) => c.score)).toEqual(['total', 'appraised', 'max']);
  });

  it('shows each unit’s result as the engine totals it, flags a unit without a score or on another set, lists who has not reported', async () => {
    const set = sets.find((s) => s.id === 'minh-hoa-xa')!;
    const request = requestFromForm(filled({ choice: 'minh-hoa-xa' }), template, sets);
    if (!request.ok) throw new Error('request');
    const report = (name: string, scored: number | null): Draft => {
      const made = draftFromRequest(template, request.request, new Date(2026, 11, 10), '', sets);
      if (!made.ok) throw new Error(made.error);
      const d = made.draft;
      d.header = { ...d.header, issuer: `ỦY BAN NHÂN DÂN\nXÃ ${name.toLocaleUpperCase('vi')}`, place: name, date: '2027-01-10' };
      const table = d.values[TABLE] as ScoreTable;
      const leaves = scoreTotals(table).rows.filter((r) => r.leaf && !table.rows[r.index].survey);
      // Every scored criterion at `scored` of its maximum (null: none scored).
      if (scored != null) for (const l of leaves) table.rows[l.index].score = (table.rows[l.index].max ?? 0) * scored;
      return trimDraft(template, d);
    };
    const other = report('Đức Trọng', null);
    // Đức Trọng replaced the set it was sent by the province's sheet: its scores do not compare.
    other.values[TABLE] = await importedTable();
    (other.values[TABLE] as ScoreTable).rows.forEach((r) => (r.score = null));
    (other.values[TABLE] as ScoreTable).adjustments = [];
    const drafts = [report('An Bình', 1), other];
    const added = addReports(
      { ...emptyRollup(), kind: KIND },
      drafts.map((d, i) => ({ file: `tdg-${i}.docx`, draft: d })),
      '2027-01-11T00:00:00Z',
    ).state;
    const state = {
      ...added,
      period: request.request.period,
      request: request.request,
      settings: { ...added.settings, ...settingsFromRequest(request.request) },
    };
    const result = computeRollup(template, state);
    const expected = scoreTotals(tableFromSet(set));
    const anBinh = result.rows.find((r) => r.name === 'Xã An Bình')!;
    expect(anBinh.figures[`${TABLE}.max`]).toBe(expected.result.max);
    // All self-scored criteria at their maximum: the total is the maximum less the survey's part.
    expect(anBinh.figures[`${TABLE}.total`]).toBeCloseTo(expected.total.selfMax ?? 0, 6);
    const ducTrong = result.rows.find((r) => r.name === 'Xã Đức Trọng')!;
    expect(ducTrong.figures[`${TABLE}.total`]).toBeNull();
    expect(ducTrong.flags.map((f) => f.type)).toEqual(['nofigures', 'request']);
    expect(ducTrong.flags[1].message).toBe(matchMessages.criteria);
    expect(anBinh.flags).toEqual([]);
    expect(result.rows.filter((r) => r.missing).map((r) => r.name)).toEqual(['Phường Lâm Viên - Đà Lạt']);
    expect(result.totals[`${TABLE}.total`]).toBeUndefined();
  });

  it('counts what a self-assessment edited after download prints: a score lowered in Word, named with both values', async () => {
    const request = requestFromForm(filled({ choice: 'minh-hoa-xa' }), template, sets);
    if (!request.ok) throw new Error('request');
    const made = draftFromRequest(template, request.request, new Date(2026, 11, 10), '', sets);
    if (!made.ok) throw new Error(made.error);
    const d = made.draft;
    d.header = { ...d.header, issuer: 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH', place: 'An Bình', date: '2027-01-10' };
    d.signature = { ...d.signature, name: 'Nguyễn Văn An' };
    const table = d.values[TABLE] as ScoreTable;
    for (const l of scoreTotals(table).rows.filter((r) => r.leaf && !table.rows[r.index].survey))
      table.rows[l.index].score = table.rows[l.index].max ?? 0;
    const row = async (edit?: (xml: string) => string) => {
      let bytes = await renderBytes(template, d, CATALOGUE);
      if (edit) bytes = editDocumentXml(bytes, edit);
      const r = readFile('tdg.docx', bytes);
      if (!r.ok || r.type !== 'report' || !r.printed) throw new Error('not read');
      const incoming = {
        file: 'tdg.docx',
        draft: trimDraft(template, r.draft),
        printed: checkPrinted(template, r.draft, r.printed, CATALOGUE),
      };
      return computeRollup(template, addReports({ ...emptyRollup(), kind: KIND }, [incoming], 't').state, CATALOGUE).rows[0];
    };
    const total = scoreTotals(table).result.total!;
    expect((await row()).flags).toEqual([]);
    // The words alone: a quiet note, the scores as typed.
    const words = await row((xml) => wordEdit(xml, 'Thực hiện', 'Căn cứ'));
    expect(words.flags.map((f) => [f.type, f.quiet])).toEqual([['edited', true]]);
    expect(words.figures[`${TABLE}.total`]).toBe(total);
    // A criterion's score lowered in Word: counted as printed (what was signed), and said.
    const leaf = scoredLeaf(d, TABLE);
    const lowered = await row(leaf.lowerIt);
    expect(lowered.flags.map((f) => f.type)).toEqual(['printed']);
    expect(lowered.flags[0].message).toContain(
      `${leaf.row.tt} ${leaf.row.name} (điểm tự đánh giá): in trong văn bản ${formatNumber(leaf.lower)}, bản nháp gốc ${formatNumber(leaf.score)}`,
    );
    expect(lowered.flags[0].message).toContain('Đang tính theo số in trong văn bản (bản đơn vị đã ký); tổng điểm tính lại từ các số đó.');
    expect(lowered.figures[`${TABLE}.total`]).toBeCloseTo(total - 0.5, 9);
  });
});
