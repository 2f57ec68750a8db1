import { describe, expect, it } from 'vitest';
import { draftFromRequest } from '../../../src/lib/request/draft.ts';
import { matchMessages, matchReport, requestFlag } from '../../../src/lib/request/match.ts';
import { requestId } from '../../../src/lib/request/identity.ts';
import { templates } from '../../support/fixtures.ts';
import { monthlyRequest } from '../../support/requests.ts';

const monthly = templates.get('bao-cao-tthc-thang')!;
const made = (r = monthlyRequest()) => {
  const d = draftFromRequest(monthly, r, new Date(2026, 11, 8));
  if (!d.ok) throw new Error(d.error);
  return d.draft;
};

describe('matching reports to a request', () => {
  const r = monthlyRequest();
  const id = requestId(r);

  it('finds a report made from the request’s link, even after the province moved the deadline or added units', () => {
    expect(matchReport(id, made())).toEqual({ kind: 'same' });
    expect(matchReport(requestId(monthlyRequest({ deadline: '2026-12-31', units: ['Xã Mới'] })), made())).toEqual({ kind: 'same' });
    expect(requestFlag(id, made())).toBeUndefined();
  });

  it('flags a report made for another request, naming its công văn', () => {
    const other = made(monthlyRequest({ document: { ...r.document, number: '1100/SNV-CCHC', date: '2026-11-05' } }));
    expect(matchReport(id, other)).toEqual({ kind: 'other', document: other.request!.document });
    expect(requestFlag(id, other)).toEqual({
      type: 'request',
      message:
        'Báo cáo lập theo yêu cầu khác (Công văn số 1100/SNV-CCHC ngày 05/11/2026 của Sở Nội vụ tỉnh Lâm Đồng), không phải yêu cầu đang tổng hợp: kiểm tra kỳ báo cáo và số liệu.',
    });
    // The same công văn for another month is another request.
    expect(matchReport(id, made(monthlyRequest({ period: { kind: 'thang', year: 2026, index: 11 } }))).kind).toBe('other');
  });

  it('flags a report made without any request', () => {
    const plain = { ...made(), request: undefined };
    expect(matchReport(id, plain)).toEqual({ kind: 'none' });
    expect(requestFlag(id, plain)).toEqual({ type: 'request', message: matchMessages.none });
  });

  it('says when a unit has not reported yet, with the deadline', () => {
    expect(matchMessages.notYet('2026-12-24')).toBe('Chưa có báo cáo (hạn nộp 24/12/2026).');
    expect(matchMessages.notYet('')).toBe('Chưa có báo cáo.');
  });
});
