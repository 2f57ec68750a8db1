/**
 * The province's table by lĩnh vực (issue 22): units' monthly reports that carry Biểu 06 by lĩnh vực give the summary
 * the same table, added up by lĩnh vực, printed as its Phụ lục, its Tổng cộng row equal to the summary's figures — and
 * when one unit counted gave no rows, or rows that do not add up to its figures, the table is left out and the page says
 * which units.
 */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/schemas/draft.ts';
import { computeRollup } from '../../../src/lib/rollup/compute.ts';
import { addReports, emptyRollup, type RollupState } from '../../../src/lib/rollup/state.ts';
import { summaryDraft, trimDraft } from '../../../src/lib/rollup/summary.ts';
import { summaryWarnings } from '../../../src/lib/rollup/summary-check.ts';
import { buildDocument, evaluate } from '../../../src/lib/report/index.ts';
import { renderBytes } from '../../support/render.ts';
import { monthly } from '../../support/fixtures.ts';
import { CATALOGUE, failures, runChecker, writeOut } from '../../support/helpers.ts';
import { docxText } from '../../support/nd30.ts';
import { BIEU06_ORDER } from '../import/fixtures.ts';
import { FILES, listNameOf, random, unitDraft, unitFigures, type UnitFigures } from '../../support/rollup-units.ts';

const TABLE = 'phu-luc-linh-vuc:theo-linh-vuc';
const COLUMNS = BIEU06_ORDER;
// Each unit writes the lĩnh vực its own way; the province's table names each as the first unit wrote it.
const SPELLINGS = [
  ['Hộ tịch', 'Văn hóa, thể thao', 'Đất đai'],
  ['hộ tịch', 'Văn hoá, thể thao', 'Đất Đai'],
];
/** A unit's figures split over three lĩnh vực: a third, a third, the rest. */
const parts = (x: number) => [Math.floor(x / 3), Math.floor(x / 3), x - 2 * Math.floor(x / 3)];
const rowsOf = (i: number, f: UnitFigures) =>
  SPELLINGS[i % 2].map((name, p) => ({ 'linh-vuc': name, ...Object.fromEntries(COLUMNS.map((c) => [c, parts(f.files[c])[p]])) }));

const rnd = random(22);
const us = Array.from({ length: 5 }, (_, i) => ({ i, figures: unitFigures(rnd) }));
const withRows = (u: (typeof us)[number]): Draft => {
  const d = unitDraft(u.i, u.figures);
  d.values[TABLE] = rowsOf(u.i, u.figures);
  d.appendices = { 'phu-luc-linh-vuc': true };
  return d;
};
/** A roll-up of the units' drafts, each stored as the page stores it (trimDraft). */
const rollup = (drafts: Draft[]): RollupState => {
  const state = addReports(
    { ...emptyRollup(), kind: monthly.id },
    drafts.map((d, i) => ({ file: `${i}.docx`, draft: trimDraft(monthly, d) })),
    't',
  ).state;
  state.settings = { ...state.settings, issuer: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN', place: 'Hưng Yên', signName: 'Trần Thị Bình' };
  return state;
};
const summaryOf = (state: RollupState) => summaryDraft(monthly, state, computeRollup(monthly, state, CATALOGUE), today);
const today = new Date('2026-11-30T03:00:00Z');
/** The page's warnings about the table by lĩnh vực (others name the request's "…" left in Kính gửi, Căn cứ). */
const linhVucWarnings = (d: Draft) => summaryWarnings(monthly, d, CATALOGUE).filter((w) => w.includes('theo lĩnh vực'));

describe('a unit’s stored draft', () => {
  it('keeps its lĩnh vực rows beside its figures, and no prose', () => {
    const d = withRows(us[0]);
    const trimmed = trimDraft(monthly, d);
    expect(trimmed.values[TABLE]).toEqual(d.values[TABLE]);
    expect(trimmed.values[FILES]).toEqual(d.values[FILES]);
    expect(Object.keys(trimmed.values).some((k) => k.endsWith(':noi-dung'))).toBe(false);
  });
});

describe('the summary’s table by lĩnh vực', () => {
  const d = summaryOf(rollup(us.map(withRows)));
  const rows = d.values[TABLE] as Record<string, unknown>[];

  it('adds up the units’ rows by lĩnh vực, however each unit spelled it', () => {
    expect(rows.map((r) => r['linh-vuc'])).toEqual(SPELLINGS[0]);
    SPELLINGS[0].forEach((_, p) => {
      for (const c of COLUMNS) expect(rows[p][c], `${p} ${c}`).toBe(us.reduce((a, u) => a + parts(u.figures.files[c])[p], 0));
    });
  });

  it('has a Tổng cộng equal to the summary’s figures, and its Phụ lục chosen for printing', () => {
    const figures = d.values[FILES] as Record<string, number>;
    for (const c of COLUMNS) {
      const total = rows.reduce((a, r) => a + (r[c] as number), 0);
      expect(total, c).toBe(us.reduce((a, u) => a + u.figures.files[c], 0));
      if (c in figures) expect(figures[c], c).toBe(total);
    }
    expect(evaluate(monthly, d, CATALOGUE).issues.filter((i) => i.key.startsWith('linked-total'))).toEqual([]);
    expect(d.appendices).toMatchObject({ 'phu-luc-linh-vuc': true });
    expect(buildDocument(monthly, d, CATALOGUE).appendices!.map((a) => a.label)).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(linhVucWarnings(d)).toEqual([]);
  });

  it('prints as a Phụ lục of a .docx that passes the Decree 30 checker', async () => {
    const file = writeOut('rollup-summary-linh-vuc.docx', await renderBytes(monthly, d, CATALOGUE));
    expect(failures(runChecker(file))).toEqual([]);
    const text = docxText(file);
    expect(text).toContain('Chi tiết tại Phụ lục I');
    const appendix = text.slice(text.indexOf('KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC'));
    expect(appendix.indexOf('Văn hóa, thể thao')).toBeGreaterThan(0);
    expect(appendix.indexOf('Tổng cộng')).toBeGreaterThan(appendix.indexOf('Đất đai'));
  });
});

describe('a summary whose units do not all give rows', () => {
  it('leaves the table out when a unit counted gave none, and names it', () => {
    const drafts = us.map(withRows);
    delete drafts[2].values[TABLE];
    const d = summaryOf(rollup(drafts));
    expect(d.values[TABLE]).toBeUndefined();
    expect(buildDocument(monthly, d, CATALOGUE).appendices!.map((a) => a.label)).toEqual(['Phụ lục']);
    const warnings = linhVucWarnings(d);
    expect(warnings).toEqual([
      `Phụ lục “Kết quả giải quyết hồ sơ thủ tục hành chính theo lĩnh vực” không kèm theo báo cáo tổng hợp: 1/5 đơn vị không gửi số liệu theo lĩnh vực (${listNameOf(2)}), nên cộng các dòng sẽ không bằng số liệu chung.`,
    ]);
  });

  it('leaves it out when a unit’s rows do not add up to its own figures, and names it', () => {
    const drafts = us.map(withRows);
    (drafts[4].values[TABLE] as Record<string, number>[])[0]['da-qua-han'] += 2;
    const d = summaryOf(rollup(drafts));
    expect(d.values[TABLE]).toBeUndefined();
    const [warning] = linhVucWarnings(d);
    expect(warning).toContain(`số liệu theo lĩnh vực của ${listNameOf(4)} không khớp số liệu chung của chính đơn vị đó`);
  });

  it('counts without a unit that reported no figure at all, as its files are in neither the rows nor the figures', () => {
    const drafts = us.map(withRows);
    delete drafts[1].values[FILES]; // its rows, if any, are not counted either
    const d = summaryOf(rollup(drafts));
    expect((d.values[TABLE] as Record<string, unknown>[])[0]['da-dung-han']).toBe(
      us.filter((u) => u.i !== 1).reduce((a, u) => a + parts(u.figures.files['da-dung-han'])[0], 0),
    );
    expect(evaluate(monthly, d, CATALOGUE).issues.filter((i) => i.key.startsWith('linked-total'))).toEqual([]);
    expect(linhVucWarnings(d)).toEqual([]);
  });

  it('says nothing when no unit keeps figures by lĩnh vực', () => {
    const d = summaryOf(rollup(us.map((u) => unitDraft(u.i, u.figures))));
    expect(d.values[TABLE]).toBeUndefined();
    expect(linhVucWarnings(d)).toEqual([]);
  });
});
