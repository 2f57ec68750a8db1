import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../../support/helpers.ts';
import { draftFor, exampleOf, monthly, periodic, periodicWithTarget, templates } from '../../../../support/fixtures.ts';

const K = 'ket-qua/cai-cach-tthc:giai-quyet';
const byKey = <T extends { key: string }>(issues: T[], prefix: string) => issues.filter((i) => i.key.startsWith(prefix));

describe('evaluate: sums and ratios', () => {
  it('checks a rule only when every figure involved is filled in (empty "trả lại, rút" counts as 0)', () => {
    const ev = evaluate(
      periodic,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [K]: { 'tong-nhan': 10, 'tong-dang-giai-quyet': 2 } } }),
      CATALOGUE,
    );
    expect(byKey(ev.issues, 'rule:')).toEqual([]);
  });

  it('reports parts that already exceed the total while others are missing', () => {
    const ev = evaluate(
      periodic,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [K]: { 'tong-nhan': 10, 'tong-dang-giai-quyet': 12 } } }),
      CATALOGUE,
    );
    const r = byKey(ev.issues, 'rule:');
    expect(r).toHaveLength(1);
    expect(r[0].message).toContain('lớn hơn tổng số hồ sơ nhận giải quyết (10)');
  });

  it('rejects negative and fractional counts; warns on ratios over 100%', () => {
    const ev = evaluate(
      periodic,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [K]: { 'tong-nhan': -5, 'tong-da-giai-quyet': 2.5 } } }),
      CATALOGUE,
    );
    expect(byKey(ev.issues, 'negative:')[0].message).toBe('Tổng số hồ sơ nhận giải quyết không được là số âm (-5).');
    expect(byKey(ev.issues, 'integer:')[0].message).toBe('Số hồ sơ đã giải quyết phải là số nguyên (đang nhập 2,5).');
    // Neither can be written into a report: both withhold the download, linked to their field.
    expect(
      byKey(ev.issues, 'negative:')
        .concat(byKey(ev.issues, 'integer:'))
        .map((i) => [i.field, i.blocking]),
    ).toEqual([
      [`${K}.tong-nhan`, true],
      [`${K}.tong-da-giai-quyet`, true],
    ]);
    const over = evaluate(
      periodic,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [K]: { 'tong-nhan': 5, 'tong-da-giai-quyet': 7 } } }),
      CATALOGUE,
    );
    expect(byKey(over.issues, 'over100:')).toHaveLength(1);
    expect(over.issues.filter((i) => i.blocking)).toEqual([]);
  });

  it('keeps text typed for a figure, prints nothing for it and blocks the download until it is fixed', () => {
    const draft = draftFor('bao-cao-cchc-dinh-ky', { values: { [K]: { 'tong-nhan': '12 hồ sơ', 'tong-da-giai-quyet': 10 } } });
    const ev = evaluate(periodic, draft, CATALOGUE);
    const text = byKey(ev.issues, 'text:');
    expect(text.map((i) => [i.field, i.severity, i.blocking])).toEqual([[`${K}.tong-nhan`, 'error', true]]);
    expect(text[0].message).toMatch(/^Tổng số hồ sơ nhận giải quyết: "12 hồ sơ" có chữ; chỉ nhập số/);
    expect(ev.figures[K]['tong-nhan']).toBeNull();
    // A figure of kind "number" (an amount) may have decimals but is never negative.
    const plan = evaluate(
      templates.get('ke-hoach-cchc-nam')!,
      draftFor('ke-hoach-cchc-nam', { values: { 'kinh-phi:du-toan': { tong: 12.5, 'ngan-sach-xa': -1 } } }),
      CATALOGUE,
    );
    expect(plan.issues.filter((i) => i.blocking).map((i) => i.key)).toEqual(['negative:kinh-phi:du-toan.ngan-sach-xa']);
  });

  it('explains a ratio that cannot be computed because the denominator is 0, as a note (shown "—")', () => {
    const ev = evaluate(
      periodic,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [K]: { 'tong-nhan': 0, 'tong-da-giai-quyet': 0, 'tong-dang-giai-quyet': 0 } } }),
      CATALOGUE,
    );
    expect(ev.figures[K]['ty-le-da-giai-quyet']).toBeNull();
    expect(byKey(ev.issues, 'zero:')[0]).toMatchObject({ severity: 'info' });
    expect(byKey(ev.issues, 'zero:')[0].message).toContain('bằng 0');
    expect(ev.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('checks the PAKN rule of the monthly report', () => {
    const k = 'ket-qua/pakn:so-lieu';
    const ev = evaluate(
      monthly,
      draftFor('bao-cao-tthc-thang', {
        header: { period: { kind: 'thang', year: 2024, index: 11 } },
        values: { [k]: { 'tiep-nhan': 3, 'dung-han': 1, 'qua-han': 0, 'dang-xu-ly': 1 } },
      }),
      CATALOGUE,
    );
    expect(byKey(ev.issues, 'rule:')[0].message).toBe(
      'Tổng số PAKN đã tiếp nhận (3) khác tổng đã xử lý đúng hạn, quá hạn và đang xử lý (2): lệch 1.',
    );
  });
});

describe('evaluate: targets', () => {
  const k = 'ket-qua/chinh-quyen-so:dich-vu-cong';
  it('names the catalogue document when a target is not met', () => {
    const ev = evaluate(
      periodicWithTarget,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [k]: { 'thanh-toan-truc-tuyen': 25, 'tong-thanh-toan': 100 } } }),
      CATALOGUE,
    );
    const t = ev.targets[`${k}.ty-le-thanh-toan-truc-tuyen`];
    expect(t).toMatchObject({ met: false, value: 25, target: 30, source: 'ke-hoach-tinh-thu' });
    expect(byKey(ev.issues, 'target:')[0]).toMatchObject({
      severity: 'warning',
      message:
        'Tỷ lệ thanh toán trực tuyến (25%) chưa đạt chỉ tiêu tối thiểu 30% (chỉ tiêu năm 2026) theo Kế hoạch số 15/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Thử.',
    });
  });
  it('reports a met target as info and a missing figure as not yet measurable', () => {
    const met = evaluate(
      periodicWithTarget,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [k]: { 'thanh-toan-truc-tuyen': 30, 'tong-thanh-toan': 100 } } }),
      CATALOGUE,
    );
    expect(met.targets[`${k}.ty-le-thanh-toan-truc-tuyen`].met).toBe(true);
    expect(byKey(met.issues, 'target:')[0].severity).toBe('info');
    const none = evaluate(periodicWithTarget, exampleOf('bao-cao-cchc-dinh-ky'), CATALOGUE);
    expect(none.targets[`${k}.ty-le-thanh-toan-truc-tuyen`].met).toBeNull();
    expect(byKey(none.issues, 'target:')[0].message).toMatch(/^Chưa đủ số liệu/);
  });
  it('warns when the target document is missing from the catalogue', () => {
    const ev = evaluate(
      periodicWithTarget,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [k]: { 'thanh-toan-truc-tuyen': 30, 'tong-thanh-toan': 100 } } }),
      [],
    );
    expect(byKey(ev.issues, 'source:')[0].message).toContain('"ke-hoach-tinh-thu" không có trong danh mục');
  });
});
