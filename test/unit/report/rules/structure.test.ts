import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../support/helpers.ts';
import { draftFor, mini, periodic } from '../../../support/fixtures.ts';

describe('evaluate: sections, block values, repeated items, cut-off', () => {
  it('gives period cut-off dates as info', () => {
    const ev = evaluate(periodic, draftFor('bao-cao-cchc-dinh-ky'), CATALOGUE);
    expect(ev.issues.find((i) => i.key === 'period.cutoff')!.message).toContain('từ ngày 15/6/2025 đến ngày 14/9/2025');
  });

  it('gives no data cut-off for a plan, which reports no figures of a period', () => {
    const plan = { ...periodic, docType: 'KẾ HOẠCH' as const };
    expect(evaluate(plan, draftFor('bao-cao-cchc-dinh-ky'), CATALOGUE).issues.find((i) => i.key === 'period.cutoff')).toBeUndefined();
  });

  it('lists empty sections, bad value shapes, unknown figures and repeated sections without items', () => {
    const ev = evaluate(
      mini,
      draftFor('mini', {
        values: { 'bang:t': 'không phải bảng', 'van-ban:ds': [{ number: '', subject: 'Kế hoạch thiếu số', date: '2025-13-01' }] },
      }),
      CATALOGUE,
    );
    expect(ev.issues.find((i) => i.key === 'shape:bang:t')!.severity).toBe('error');
    expect(ev.issues.find((i) => i.key === 'instances:don-vi')!.severity).toBe('warning');
    expect(ev.issues.some((i) => i.key === 'empty:trong')).toBe(true);
    expect(ev.issues.some((i) => i.key.startsWith('doc-number:'))).toBe(true);
    expect(ev.issues.some((i) => i.key.startsWith('doc-date:'))).toBe(true);
  });

  it('prefixes issues of repeated sections with the item name', () => {
    const ev = evaluate(
      mini,
      draftFor('mini', {
        instances: { 'don-vi': [{ name: 'UBND xã Bình Thạnh' }] },
        values: { 'don-vi#0/tthc/so-lieu:hs': { a: 2, b: 3 } },
      }),
      CATALOGUE,
    );
    expect(ev.issues.find((i) => i.key.startsWith('over100:'))!.message).toMatch(/^\[UBND xã Bình Thạnh\] /);
  });
});
