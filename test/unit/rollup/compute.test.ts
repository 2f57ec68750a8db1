/**
 * The roll-up's arithmetic, checked against figures the test adds up itself from the generated units (not with the
 * code under test): totals are sums of counts, rates are recomputed from those sums, flags name what a reader checks.
 */
import { describe, expect, it } from 'vitest';
import { computeRollup } from '../../../src/lib/rollup/compute.ts';
import { coverageText } from '../../../src/lib/rollup/totals.ts';
import { statusText } from '../../../src/lib/rollup/row.ts';
import { rollupBlocks, rollupColumns } from '../../../src/lib/rollup/columns.ts';
import { addReports, emptyRollup, type RollupState } from '../../../src/lib/rollup/state.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { monthly, periodic } from '../../support/fixtures.ts';
import { FILES, PAKN, random, unitDraft, unitFigures, unitNameOf, type UnitFigures } from '../../support/rollup-units.ts';

/** Half-up percentage with two decimals, in integers (as a calculator on the counts would give). */
const pct = (num: number, den: number) => Math.floor((2 * num * 10_000 + den) / (2 * den)) / 100;
const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

function units(n: number, seed = 7) {
  const rnd = random(seed);
  return Array.from({ length: n }, (_, i) => ({ i, figures: unitFigures(rnd) }));
}
const stateOf = (drafts: Draft[], settings: Partial<RollupState['settings']> = {}): RollupState => {
  const s = addReports(
    { ...emptyRollup(), kind: monthly.id },
    drafts.map((d, i) => ({ file: `bc-${i}.docx`, draft: d })),
    '2026-11-30T00:00:00Z',
  ).state;
  return { ...s, settings: { ...s.settings, ...settings } };
};
const collate = new Intl.Collator('vi').compare;
const monthlyFigureBlocks = new Set(rollupBlocks(monthly).map((b) => b.key));
const name = (i: number) => `${unitNameOf(i).kind === 'XÃ' ? 'Xã' : 'Phường'} ${unitNameOf(i).place}`;

describe('rollupColumns', () => {
  it('takes every figure of the kind, typed and computed, and the rates a unit can be ranked by', () => {
    const cols = rollupColumns(monthly);
    const keys = cols.map((c) => c.key);
    expect(keys).toContain(`${FILES}.tong-nhan`);
    expect(keys).toContain(`${FILES}.ty-le-dung-han`);
    expect(keys).toContain(`${PAKN}.tiep-nhan`);
    expect(cols.filter((c) => c.better).map((c) => c.key)).toEqual(
      ['ty-le-dung-han', 'ty-le-qua-han', 'ty-le-da-giai-quyet', 'ty-le-truc-tuyen'].map((id) => `${FILES}.${id}`),
    );
    expect(cols.find((c) => c.key === `${FILES}.ty-le-dung-han`)).toMatchObject({ computed: true, summable: false, type: 'percent' });
  });

  it('counts documents and targets of the periodic report too', () => {
    const cols = rollupColumns(periodic);
    expect(cols.some((c) => c.field === undefined && c.unit === 'văn bản')).toBe(true);
  });
});

describe('computeRollup', () => {
  it('adds up counts and computes rates from the sums, never from the units’ rates', () => {
    const us = units(12);
    const r = computeRollup(monthly, stateOf(us.map((u) => unitDraft(u.i, u.figures))), CATALOGUE);
    const total = (id: keyof UnitFigures['files']) => sum(us.map((u) => u.figures.files[id]));
    expect(r.included).toHaveLength(12);
    for (const id of Object.keys(us[0].figures.files)) expect(r.totals[`${FILES}.${id}`], id).toBe(total(id));
    for (const id of Object.keys(us[0].figures.pakn)) expect(r.totals[`${PAKN}.${id}`], id).toBe(sum(us.map((u) => u.figures.pakn[id])));
    const due = total('tong-da-giai-quyet') + total('dang-qua-han');
    expect(r.totals[`${FILES}.den-han`]).toBe(due);
    expect(r.totals[`${FILES}.ty-le-dung-han`]).toBe(pct(total('da-truoc-han') + total('da-dung-han'), due));
    expect(r.totals[`${FILES}.ty-le-truc-tuyen`]).toBe(pct(total('moi-truc-tuyen'), total('moi-tiep-nhan')));
    const average =
      sum(
        us.map((u) =>
          pct(
            u.figures.files['da-truoc-han'] + u.figures.files['da-dung-han'],
            u.figures.files['tong-da-giai-quyet'] + u.figures.files['dang-qua-han'],
          ),
        ),
      ) / 12;
    expect(Math.abs(r.totals[`${FILES}.ty-le-dung-han`]! - average)).toBeGreaterThan(0.001);
    expect(r.summaryValues[FILES]).toMatchObject({ 'tong-nhan': total('tong-nhan'), 'da-qua-han': total('da-qua-han') });
    expect(r.summaryValues[FILES]).not.toHaveProperty('ty-le-dung-han');
    expect(r.rows.flatMap((x) => x.flags)).toEqual([]);
  });

  it('ranks by on-time rate (highest first) and overdue rate (lowest first), ties sharing a rank', () => {
    const us = units(9, 3);
    us[5].figures = structuredClone(us[2].figures);
    const r = computeRollup(monthly, stateOf(us.map((u) => unitDraft(u.i, u.figures))), CATALOGUE);
    const onTime = (f: UnitFigures) =>
      pct(f.files['da-truoc-han'] + f.files['da-dung-han'], f.files['tong-da-giai-quyet'] + f.files['dang-qua-han']);
    const expected = [...us].sort((a, b) => onTime(b.figures) - onTime(a.figures) || 0).map((u) => onTime(u.figures));
    const ranking = r.rankings.find((x) => x.column.key === `${FILES}.ty-le-dung-han`)!;
    expect(ranking.ranked.map((x) => x.value)).toEqual(expected);
    const tie = ranking.ranked.filter((x) => x.row.name === name(2) || x.row.name === name(5));
    expect(tie[0].rank).toBe(tie[1].rank);
    const overdue = r.rankings.find((x) => x.column.key === `${FILES}.ty-le-qua-han`)!;
    const values = overdue.ranked.map((x) => x.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const online = r.rankings.find((x) => x.column.key === `${FILES}.ty-le-truc-tuyen`)!;
    expect(online.ranked[0].value).toBe(
      Math.max(...us.map((u) => pct(u.figures.files['moi-truc-tuyen'], u.figures.files['moi-tiep-nhan']))),
    );
  });

  it('flags figures that do not add up, another period, a late report, units missing from or not on the list', () => {
    const us = units(6, 11);
    const drafts = us.map((u) => unitDraft(u.i, u.figures));
    drafts[1].values[FILES] = { ...us[1].figures.files, 'tong-da-giai-quyet': us[1].figures.files['tong-da-giai-quyet'] + 5 };
    drafts[2] = unitDraft(2, us[2].figures, { period: { kind: 'thang', year: 2026, index: 10 } });
    drafts[3] = unitDraft(3, us[3].figures, { date: '2026-11-25' });
    const listed = [0, 1, 2, 3, 4].map((i) => `${unitNameOf(i).kind === 'XÃ' ? 'Xã' : 'Phường'} ${unitNameOf(i).place}`);
    const r = computeRollup(
      monthly,
      stateOf(drafts, { expected: [...listed, 'Xã Chưa Gửi'].join('\n'), deadline: '2026-11-20' }),
      CATALOGUE,
    );
    const flags = (i: number) => r.rows.find((x) => x.name === name(i))!.flags.map((f) => f.type);
    expect(flags(0)).toEqual([]);
    // Settled no longer equals early + on time + late, nor received settled + pending + returned: both rules say so.
    expect(flags(1)).toEqual(['figures', 'figures']);
    expect(r.rows.find((x) => x.name === name(1))!.flags[0].message).toContain('đã giải quyết');
    expect(flags(2)).toEqual(['period']);
    expect(flags(3)).toEqual(['late']);
    expect(flags(5)).toEqual(['unlisted']);
    const missing = r.rows.filter((x) => x.missing);
    expect(missing.map((x) => x.name)).toEqual(['Xã Chưa Gửi']);
    // The list's order, missing unit in its place, then units not on the list.
    expect(r.rows.map((x) => x.name)).toEqual([...[0, 1, 2, 3, 4].map(name), 'Xã Chưa Gửi', name(5)]);
    // Another period is left out of the totals.
    expect(r.included).toHaveLength(5);
    expect(r.totals[`${FILES}.tong-nhan`]).toBe(sum(us.filter((_, i) => i !== 2).map((u) => u.figures.files['tong-nhan'])));
    expect(r.period).toEqual({ kind: 'thang', year: 2026, index: 11 });
  });

  it('adds a figure over the units that gave it, with their coverage; a rate only over units with all its figures', () => {
    const us = units(4, 5);
    const drafts = us.map((u) => unitDraft(u.i, u.figures));
    delete (drafts[1].values[FILES] as Record<string, number>)['moi-truc-tuyen'];
    for (const k of Object.keys(drafts[2].values)) if (monthlyFigureBlocks.has(k)) delete drafts[2].values[k];
    const r = computeRollup(monthly, stateOf(drafts), CATALOGUE);
    const f = (i: number) => us[i].figures.files;
    // Online: units 0 and 3 (1 left it out, 2 gave no figure); received: units 0, 1 and 3.
    expect(r.totals[`${FILES}.moi-truc-tuyen`]).toBe(f(0)['moi-truc-tuyen'] + f(3)['moi-truc-tuyen']);
    expect(r.coverage[`${FILES}.moi-truc-tuyen`]).toEqual({ counted: 2, of: 4, missing: [name(1), name(2)].sort(collate) });
    expect(r.totals[`${FILES}.tong-nhan`]).toBe(f(0)['tong-nhan'] + f(1)['tong-nhan'] + f(3)['tong-nhan']);
    expect(coverageText(r.coverage[`${FILES}.tong-nhan`])).toBe(`3/4 đơn vị; thiếu: ${name(2)}`);
    // The online rate over units 0 and 3 only: both its numerator and its denominator, never 1's received files alone.
    expect(r.totals[`${FILES}.ty-le-truc-tuyen`]).toBe(
      pct(f(0)['moi-truc-tuyen'] + f(3)['moi-truc-tuyen'], f(0)['moi-tiep-nhan'] + f(3)['moi-tiep-nhan']),
    );
    expect(r.coverage[`${FILES}.ty-le-truc-tuyen`].counted).toBe(2);
    expect(r.coverage[`${FILES}.ty-le-dung-han`]).toEqual({ counted: 3, of: 4, missing: [name(2)] });
    // A unit that reported without figures: reported, never "Chưa có báo cáo".
    const none = r.rows.find((x) => x.name === name(2))!;
    expect(none).toMatchObject({ noFigures: true, included: true, missing: false });
    expect(statusText(monthly, none)).toBe('Đã báo cáo — không có số liệu TTHC');
    expect(none.flags.map((x) => x.type)).toEqual(['nofigures']);
  });

  it('ranks no unit whose figures do not add up: it is marked, not first at 100 %', () => {
    const us = units(4, 9);
    const drafts = us.map((u) => unitDraft(u.i, u.figures));
    // Settled files said to be 0 late and all on time, but the total still counts late ones: 100 % on time, wrongly.
    const bad: Record<string, number> = { ...us[1].figures.files, 'da-truoc-han': 0, 'da-qua-han': 0, 'dang-qua-han': 0 };
    bad['da-dung-han'] = bad['tong-da-giai-quyet'] - 1;
    drafts[1].values[FILES] = bad;
    const r = computeRollup(monthly, stateOf(drafts), CATALOGUE);
    const ranking = r.rankings.find((x) => x.column.key === `${FILES}.ty-le-dung-han`)!;
    expect(ranking.ranked.map((x) => x.row.name)).not.toContain(name(1));
    expect(ranking.marked.map((x) => x.row.name)).toEqual([name(1)]);
    expect(ranking.ranked).toHaveLength(3);
  });

  it('judges no unit against a national target the catalogue does not hold; a target typed for the province is used', () => {
    const us = units(8, 13);
    const state = stateOf(us.map((u) => unitDraft(u.i, u.figures)));
    const none = computeRollup(monthly, state, CATALOGUE);
    expect(none.targets).toEqual([]);
    expect(none.noNationalTarget.map((c) => c.key)).toContain(`${FILES}.ty-le-dung-han`);
    const local = computeRollup(
      monthly,
      { ...state, settings: { ...state.settings, targets: { [`${FILES}.ty-le-dung-han`]: 90 } } },
      CATALOGUE,
    );
    const t = local.targets[0];
    expect(t).toMatchObject({ origin: 'local', op: '>=', value: 90 });
    const onTime = (f: UnitFigures) =>
      pct(f.files['da-truoc-han'] + f.files['da-dung-han'], f.files['tong-da-giai-quyet'] + f.files['dang-qua-han']);
    expect(t.below.map((b) => b.row.name).sort()).toEqual(
      us
        .filter((u) => onTime(u.figures) < 90)
        .map((u) => name(u.i))
        .sort(),
    );
  });

  it('takes a national target only from the template, with the catalogue entry that sets it', () => {
    const t = structuredClone(monthly);
    const block = t.sections.flatMap((s) => s.children).find((s) => s.id === 'giai-quyet-tthc')!.blocks[0];
    if (block.kind !== 'indicators') throw new Error('khối số liệu TTHC đã đổi');
    block.fields.find((f) => f.id === 'ty-le-dung-han')!.target = {
      op: '>=',
      value: 95,
      source: 'ke-hoach-tinh-thu',
      year: 2026,
      text: 'tối thiểu 95% (chỉ tiêu năm 2026)',
    };
    const us = units(5, 17);
    const r = computeRollup(t, stateOf(us.map((u) => unitDraft(u.i, u.figures))), CATALOGUE);
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]).toMatchObject({ origin: 'national', value: 95, text: 'tối thiểu 95% (chỉ tiêu năm 2026)' });
    expect(r.targets[0].citation).toContain('15/KH-UBND');
    expect(r.noNationalTarget.map((c) => c.key)).not.toContain(`${FILES}.ty-le-dung-han`);
  });
});

describe('addReports', () => {
  const f = unitFigures(random(1));
  it('keeps the newer report of a unit and says which one was set aside', () => {
    const first = addReports(
      { ...emptyRollup(), kind: monthly.id },
      [{ file: 'a.docx', draft: unitDraft(0, f, { date: '2026-11-10' }) }],
      't1',
    ).state;
    const newer = unitDraft(0, { ...f, pakn: { ...f.pakn } }, { date: '2026-11-15' });
    newer.header.number = '999/BC-UBND';
    const { state, notes } = addReports(first, [{ file: 'b.docx', draft: newer }], 't2');
    expect(state.units).toHaveLength(1);
    expect(state.units[0]).toMatchObject({ file: 'b.docx', id: first.units[0].id, replaced: [{ file: 'a.docx', date: '2026-11-10' }] });
    expect(notes).toEqual([
      { kind: 'replaced', unit: name(0), file: 'b.docx', old: { file: 'a.docx', number: '100/BC-UBND', date: '2026-11-10' } },
    ]);
    const older = addReports(state, [{ file: 'c.docx', draft: unitDraft(0, f, { date: '2026-11-01' }) }], 't3');
    expect(older.state.units[0].file).toBe('b.docx');
    expect(older.notes[0].kind).toBe('older');
    const r = computeRollup(monthly, older.state, CATALOGUE);
    expect(r.rows[0].flags.map((x) => x.type)).toEqual(['duplicate']);
    expect(r.rows[0].flags[0].message).toContain('b.docx');
  });

  it('on the same date, keeps the file modified later within one drop, and a report added later across drops', () => {
    const a = unitDraft(0, f);
    const b = unitDraft(0, f);
    b.header.number = '101b/BC-UBND';
    const batch = addReports(
      emptyRollup(),
      [
        { file: 'sua.docx', draft: b, modified: 2000 },
        { file: 'cu.docx', draft: a, modified: 1000 },
      ],
      't',
    );
    expect(batch.state.units.map((u) => u.file)).toEqual(['sua.docx']);
    const later = addReports(batch.state, [{ file: 'lai.docx', draft: a }], 't2');
    expect(later.state.units.map((u) => u.file)).toEqual(['lai.docx']);
  });

  it('never merges reports without a unit name', () => {
    const a = unitDraft(0, f);
    a.header.issuer = 'ỦY BAN NHÂN DÂN\nXÃ …';
    const s = addReports(
      emptyRollup(),
      [
        { file: 'a', draft: a },
        { file: 'b', draft: structuredClone(a) },
      ],
      't',
    ).state;
    expect(s.units).toHaveLength(2);
    expect(computeRollup(monthly, s).rows[0].flags.map((x) => x.type)).toContain('unnamed');
  });
});
