import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { scoreTotals } from '../../../../../src/lib/report/blocks/scores/tree.ts';
import { asScoreTable } from '../../../../../src/lib/report/blocks/scores/value.ts';
import { rolloverDraft } from '../../../../../src/lib/drafts/rollover.ts';
import { loadCriteriaSets } from '../../../../../src/data/load.ts';
import { tableFromSet } from '../../../../../src/lib/report/blocks/scores/sets.ts';
import { criteriaSetSchema } from '../../../../../src/schemas/criteria.ts';
import type { ScoreRow, ScoreTable } from '../../../../../src/schemas/draft.ts';
import { exampleOf, templates } from '../../../../support/fixtures.ts';

const SELF = 'bao-cao-tu-danh-gia-chi-so-cchc';
const REPLY = 'bao-cao-giai-trinh-tham-dinh-chi-so-cchc';
const KEY = 'ket-qua:bang-diem';
const template = templates.get(SELF)!;
const tableOf = (draft: { values: Record<string, unknown> }) => draft.values[KEY] as ScoreTable;

/** Independent of blocks/scores/tree.ts: a row is a leaf when the next row is not deeper; sums over leaves only. */
function independentSums(rows: ScoreRow[]) {
  let max = 0;
  let self = 0;
  let survey = 0;
  const perArea: Record<string, { max: number; self: number }> = {};
  let area = '';
  rows.forEach((r, i) => {
    if (r.level === 1) area = r.tt;
    const leaf = !(rows[i + 1] && rows[i + 1].level > r.level);
    if (!leaf || r.notApplicable) return;
    perArea[area] ??= { max: 0, self: 0 };
    max += r.max!;
    perArea[area].max += r.max!;
    if (r.survey) survey += r.max!;
    else if (typeof r.score === 'number') {
      self += r.score;
      perArea[area].self += r.score;
    }
  });
  return { max, self, survey, perArea };
}

const close = (a: number | null, b: number) => expect(a).toBeCloseTo(b, 6);

describe('score table: totals', () => {
  it('the example self-assessment adds up as an independent sum does, per lĩnh vực and overall; survey criteria are not self-scored', () => {
    const table = asScoreTable(tableOf(exampleOf(SELF)));
    const want = independentSums(table.rows);
    const got = scoreTotals(table);
    close(got.total.max, want.max);
    close(got.total.score, want.self);
    close(got.total.surveyMax, want.survey);
    close(got.total.selfMax, want.max - want.survey);
    expect(want.survey).toBeGreaterThan(0);
    for (const i of got.roots) {
      const area = want.perArea[table.rows[i].tt];
      close(got.rows[i].max, area.max);
      if (got.rows[i].scorable) close(got.rows[i].score, area.self);
    }
    // The example scores every criterion it may score, none measured by the survey, none that does not apply.
    expect(got.total.scored).toBe(got.total.scorable);
    expect(got.total.naCount).toBe(2);
    table.rows.forEach((r, i) => {
      if (r.survey || r.notApplicable) expect(r.score, r.tt).toBeNull();
      if (got.rows[i].leaf && !r.survey && !r.notApplicable) expect(typeof r.score, r.tt).toBe('number');
    });
  });

  it('a score typed as text is kept in the draft but not summed', () => {
    const table = asScoreTable(tableOf(exampleOf(SELF)));
    const leaf = table.rows.findIndex((r, i) => !r.survey && !(table.rows[i + 1]?.level > r.level));
    const before = scoreTotals(table).total.score!;
    table.rows[leaf].score = 'một';
    close(scoreTotals(table).total.score, before - (tableOf(exampleOf(SELF)).rows[leaf].score as number));
  });
});

describe('score table: checks at the field', () => {
  const leafOf = (table: ScoreTable, pred: (r: ScoreRow) => boolean) =>
    table.rows.findIndex((r, i) => pred(r) && !r.survey && !(table.rows[i + 1]?.level > r.level));

  it('a score above the maximum is a blocking Vietnamese error on its field', () => {
    const draft = exampleOf(SELF);
    const table = tableOf(draft);
    const i = leafOf(table, (r) => r.max === 1);
    table.rows[i].score = 1.5;
    const ev = evaluate(template, draft);
    const issue = ev.issues.find((x) => x.field === `${KEY}.${i}.score`)!;
    expect(issue).toMatchObject({ severity: 'error', blocking: true });
    expect(issue.message).toContain(`Điểm tự đánh giá của tiêu chí ${table.rows[i].tt}`);
    expect(issue.message).toContain('lớn hơn điểm tối đa 1: nhập từ 0 đến 1 điểm');
  });

  it('a score off the allowed step is a blocking error naming the step', () => {
    const draft = exampleOf(SELF);
    const table = tableOf(draft);
    const i = leafOf(table, (r) => r.step === 0.25 && (r.max ?? 0) >= 1);
    table.rows[i].score = 0.3;
    const issue = evaluate(template, draft).issues.find((x) => x.field === `${KEY}.${i}.score`)!;
    expect(issue).toMatchObject({ severity: 'error', blocking: true });
    expect(issue.message).toMatch(
      /phải chấm theo bước 0,25 điểm \(ví dụ 0,25; 0,5; 0,75\), đang nhập 0,3\. Điểm này chưa được cộng vào tổng\.$/,
    );
  });

  it('text or a negative score gets the typed-figure rule, on the same field', () => {
    const draft = exampleOf(SELF);
    const table = tableOf(draft);
    const i = leafOf(table, () => true);
    table.rows[i].score = 'một';
    const j = leafOf(table, (r) => r !== table.rows[i]);
    table.rows[j].score = -1;
    const ev = evaluate(template, draft);
    expect(ev.issues.filter((x) => x.blocking).map((x) => x.key)).toEqual([`text:${KEY}.${i}.score`, `negative:${KEY}.${j}.score`]);
    expect(ev.issues.find((x) => x.key === `text:${KEY}.${i}.score`)!.message).toContain('có chữ; chỉ nhập số');
  });

  it('a score without evidence needs a giải trình, asked for at the giải trình field', () => {
    const draft = exampleOf(SELF);
    const table = tableOf(draft);
    const i = leafOf(table, (r) => typeof r.score === 'number' && r.score > 0 && r.evidence.length > 0);
    table.rows[i].evidence = [];
    table.rows[i].note = '';
    const issue = evaluate(template, draft).issues.find((x) => x.field === `${KEY}.${i}.note`)!;
    expect(issue.severity).toBe('error');
    expect(issue.message).toContain('chưa có tài liệu kiểm chứng: thêm tài liệu kiểm chứng hoặc ghi giải trình cách chấm điểm');
    // Evidence without its date is incomplete: still a giải trình, with its own reason.
    table.rows[i].evidence = [{ kind: 'Kế hoạch', number: '12/KH-UBND', date: '', issuer: '', subject: 'Kế hoạch CCHC năm 2025' }];
    expect(evaluate(template, draft).issues.find((x) => x.field === `${KEY}.${i}.note`)!.message).toContain(
      'còn thiếu số, ký hiệu, ngày hoặc trích yếu',
    );
    // A score of 0 claims nothing, so it needs no explanation.
    table.rows[i].score = 0;
    expect(evaluate(template, draft).issues.find((x) => x.field === `${KEY}.${i}.note`)).toBeUndefined();
  });

  it('the examples have no errors', () => {
    for (const kind of [SELF, REPLY]) {
      const ev = evaluate(templates.get(kind)!, exampleOf(kind));
      expect(ev.issues.filter((x) => x.severity !== 'info').map((x) => x.message)).toEqual([]);
    }
  });

  it('after appraisal: the difference per criterion, and "đề nghị xem xét lại" needs its reason', () => {
    const draft = exampleOf(REPLY);
    const reply = templates.get(REPLY)!;
    const table = asScoreTable(tableOf(draft));
    const totals = scoreTotals(table);
    let diff = 0;
    table.rows.forEach((r, i) => {
      if (totals.rows[i].leaf && typeof r.score === 'number' && typeof r.appraised === 'number') diff += r.appraised - r.score;
    });
    close(totals.total.diff, diff);
    expect(diff).toBeLessThan(0);
    const i = table.rows.findIndex((r) => r.reconsider);
    expect(i).toBeGreaterThan(0);
    tableOf(draft).rows[i].review = '';
    const issue = evaluate(reply, draft).issues.find((x) => x.field === `${KEY}.${i}.review`)!;
    expect(issue.message).toContain('cần ghi lý do, căn cứ');
  });
});

describe('score table: Tạo từ kỳ trước', () => {
  it('keeps the criteria, the evidence each needs, what does not apply and the bonus and penalty items; clears the year', () => {
    const draft = exampleOf(SELF);
    const before = tableOf(draft);
    const next = rolloverDraft(draft, template, new Date('2026-12-01'));
    const after = next.values[KEY] as ScoreTable;
    expect(after.set).toEqual(before.set);
    const shape = (r: ScoreRow) => [r.tt, r.name, r.level, r.max, r.survey ?? false, r.notApplicable ?? false, r.condition ?? ''];
    expect(after.rows.map(shape)).toEqual(before.rows.map(shape));
    expect(after.rows.every((r) => r.score === null && r.appraised === null)).toBe(true);
    // A criterion that does not apply keeps its reason (it is about the unit, not the year); every other note is cleared.
    expect(after.rows.every((r) => (r.notApplicable ? r.note === before.rows[after.rows.indexOf(r)].note : r.note === ''))).toBe(true);
    expect(after.rows.filter((r) => r.notApplicable).length).toBe(2);
    expect(after.adjustments!.map((a) => [a.kind, a.tt, a.name, a.max])).toEqual(
      before.adjustments!.map((a) => [a.kind, a.tt, a.name, a.max]),
    );
    expect(after.adjustments!.every((a) => a.points === null && a.appraised === null && a.note === '')).toBe(true);
    expect(after.limits).toEqual(before.limits);
    before.rows.forEach((r, i) => {
      expect(after.rows[i].evidence.map((d) => [d.kind, d.subject, d.number, d.date])).toEqual(
        r.evidence.map((d) => [d.kind, d.subject, '', '']),
      );
    });
    expect(before.rows.some((r) => r.evidence.length)).toBe(true);
  });
});

describe('criteria sets', () => {
  it('the illustrative set says so in its name, has no decision, and its maxima add up to its total', () => {
    const sets = loadCriteriaSets();
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      if (set.illustrative) {
        expect(set.name).toMatch(/minh họa/);
        expect(set.decision).toBeUndefined();
      } else expect(set.source.url).toMatch(/^https?:\/\//);
      const table = tableFromSet(set);
      close(scoreTotals(table).total.max, set.total);
    }
  });

  it('a real set needs its decision and the page its points were read from; sums are checked', () => {
    const base = {
      name: 'Bộ tiêu chí',
      level: 'xa',
      year: 2025,
      source: { note: 'Phụ lục' },
      total: 3,
      criteria: [{ tt: '1', name: 'Lĩnh vực', max: 2, children: [{ tt: '1.1', name: 'Tiêu chí', max: 3 }] }],
    };
    const r = criteriaSetSchema.safeParse(base);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('bộ tiêu chí thật cần số, ngày quyết định ban hành và cơ quan ban hành');
    expect(messages).toContain('bộ tiêu chí thật cần địa chỉ trang đã chép điểm số');
    expect(messages).toContain('điểm tối đa của 1 là 2 nhưng các tiêu chí bên dưới cộng được 3');
    const illustrative = criteriaSetSchema.safeParse({ ...base, illustrative: true, criteria: [{ tt: '1', name: 'A', max: 3 }] });
    expect(illustrative.error!.issues.map((i) => i.message)).toEqual(['tên bộ tiêu chí minh họa phải có chữ "minh họa"']);
  });
});
