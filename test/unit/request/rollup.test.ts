import { describe, expect, it } from 'vitest';
import { computeRollup } from '../../../src/lib/rollup/compute.ts';
import { addReports, emptyRollup, serializeRollup, type RollupState } from '../../../src/lib/rollup/state.ts';
import { parseRollup } from '../../../src/lib/rollup/parse.ts';
import { requestRef } from '../../../src/lib/request/draft.ts';
import { emptyForm, formFromRequest, formMessages, requestFromForm } from '../../../src/lib/request/form.ts';
import { matchMessages } from '../../../src/lib/request/match.ts';
import { reportingStatus, settingsFromRequest } from '../../../src/lib/request/rollup.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { monthly } from '../../support/fixtures.ts';
import { FILES, listNameOf, random, unitDraft, unitFigures } from '../../support/rollup-units.ts';
import { monthlyRequest } from '../../support/requests.ts';

const DEC = { kind: 'thang' as const, year: 2026, index: 12 };
const request = monthlyRequest({ units: [0, 1, 2, 3, 4].map(listNameOf) });
const other = monthlyRequest({ document: { ...request.document, number: '1100/SNV-CCHC', date: '2026-11-05' } });

/** Unit i's December report, made from `r`'s link (or without one). */
function report(i: number, r: typeof request | null = request): Draft {
  const d = unitDraft(i, unitFigures(random(i + 1)), { date: '2026-12-20', period: DEC });
  return r ? { ...d, request: requestRef(r, monthly) } : d;
}
const stateOf = (drafts: Draft[], r = request): RollupState => {
  const s = addReports(
    { ...emptyRollup(), kind: monthly.id },
    drafts.map((d, i) => ({ file: `bc-${i}.docx`, draft: d })),
    '2026-12-21T00:00:00Z',
  ).state;
  return { ...s, period: DEC, request: r, settings: { ...s.settings, ...settingsFromRequest(r) } };
};

describe('the request’s form on /tong-hop/', () => {
  it('gives back the request it was filled from', () => {
    const form = formFromRequest(monthlyRequest());
    expect(form.targets[`${FILES}.ty-le-dung-han`]).toEqual({ value: '95', year: '2026', source: '', own: true });
    expect(requestFromForm(form, monthly)).toEqual({ ok: true, request: monthlyRequest() });
  });

  it('says what is missing or wrong at each field, and makes no request', () => {
    const form = {
      ...emptyForm(monthly, new Date(2026, 11, 5)),
      index: '13',
      cutoffFrom: '2026-11-21',
      deadline: '2026-12-01',
      number: '12/SNV',
      issuer: 'Sở Nội vụ',
      targets: { [`${FILES}.ty-le-dung-han`]: { value: '95,5', year: '2026', source: '', own: false } },
    };
    expect(form.periodKind).toBe('thang');
    const r = requestFromForm(form, monthly);
    expect(r).toEqual({
      ok: false,
      errors: {
        index: formMessages.index(12),
        cutoffTo: formMessages.cutoffBoth,
        deadline: formMessages.deadlineBefore,
        subject: formMessages.required,
        units: formMessages.noUnits,
        [`target:${FILES}.ty-le-dung-han`]: formMessages.targetSource,
      },
    });
  });

  it('reads a target written the Vietnamese way and the lower-is-better rates as a maximum', () => {
    const form = {
      ...formFromRequest(monthlyRequest()),
      targets: { [`${FILES}.ty-le-qua-han`]: { value: '2,5', year: '2026', source: '', own: true } },
    };
    const r = requestFromForm(form, monthly);
    expect(r.ok && r.request.targets).toEqual([
      { field: `${FILES}.ty-le-qua-han`, op: '<=', value: 2.5, year: 2026, source: '', own: true },
    ]);
  });
});

describe('the roll-up collecting for a request', () => {
  it('takes the request’s units, deadline and targets', () => {
    expect(settingsFromRequest(request)).toEqual({
      expected: request.units.join('\n'),
      deadline: '2026-12-24',
      targets: { [`${FILES}.ty-le-dung-han`]: 95, [`${FILES}.ty-le-truc-tuyen`]: 60 },
    });
  });

  it('flags a report made for another request or none, and says until when the missing units may report', () => {
    const state = stateOf([report(0), report(1, other), report(2, null), report(7)]);
    const result = computeRollup(monthly, state, CATALOGUE);
    const flags = (name: string) => result.rows.find((r) => r.name === name)!.flags;
    expect(flags(listNameOf(0))).toEqual([]);
    expect(flags(listNameOf(1))).toEqual([{ type: 'request', message: expect.stringContaining('Công văn số 1100/SNV-CCHC') }]);
    expect(flags(listNameOf(2))).toEqual([{ type: 'request', message: matchMessages.none }]);
    expect(flags(listNameOf(3))).toEqual([{ type: 'missing', message: 'Chưa có báo cáo (hạn nộp 24/12/2026).' }]);
    expect(flags(listNameOf(7)).map((f) => f.type)).toEqual(['unlisted']);
    // A report for another request is still a report of the period: it is counted, and flagged to check.
    expect(result.included.map((r) => r.name)).toEqual([0, 1, 2, 7].map(listNameOf));
    // The request's targets are the roll-up's.
    expect(result.targets.map((x) => x.column.key)).toEqual(expect.arrayContaining([`${FILES}.ty-le-truc-tuyen`]));
  });

  it('lists who has not reported, with the days left before the deadline', () => {
    const state = stateOf([report(0), report(1, other), report(7, null)]);
    expect(reportingStatus(request, state, new Date(2026, 11, 21))).toEqual({
      notReported: [2, 3, 4].map(listNameOf),
      reported: 2,
      unanswered: [1, 7].map(listNameOf),
      daysLeft: 3,
    });
    expect(reportingStatus(request, state, new Date(2026, 11, 26)).daysLeft).toBe(-2);
  });

  it('keeps its request in the roll-up’s file', () => {
    const state = stateOf([report(0)]);
    const back = parseRollup(JSON.parse(serializeRollup(state)));
    expect(back.ok && back.state.request).toEqual(request);
    const damaged = parseRollup({ ...JSON.parse(serializeRollup(state)), request: { format: 'x' } });
    expect(damaged.ok && damaged.state.request).toBeUndefined();
  });
});
