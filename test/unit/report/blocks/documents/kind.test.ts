import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../../support/helpers.ts';
import { draftFor, mini } from '../../../../support/fixtures.ts';

describe('evaluate: documents issued in the period', () => {
  it('warns about a row without number, a bad date and a date after the report', () => {
    const rows = [
      { kind: 'Kế hoạch', number: '', date: '', issuer: '', subject: 'Kế hoạch thiếu số' },
      { kind: '', number: '5/QĐ-UBND', date: '2025-02-30', issuer: '', subject: '' },
      { kind: '', number: '6/QĐ-UBND', date: '2025-12-01', issuer: '', subject: '' },
    ];
    const ev = evaluate(mini, draftFor('mini', { header: { date: '2025-09-15' }, values: { 'van-ban:ds': rows } }), CATALOGUE);
    expect(ev.issues.filter((i) => i.key.startsWith('doc-')).map((i) => i.message)).toEqual([
      'Danh sách: văn bản "Kế hoạch thiếu số" chưa có số, ký hiệu.',
      'Danh sách: ngày của văn bản 5/QĐ-UBND không hợp lệ ("2025-02-30").',
      'Danh sách: văn bản 6/QĐ-UBND có ngày 01/12/2025 sau ngày báo cáo.',
    ]);
  });
});
