import type { Draft } from '../../schemas/draft.ts';
import type { AskingDocument } from '../../schemas/request.ts';
import { formatShortDate } from '../format/date.ts';
import { citeDocument } from './basis.ts';

/**
 * Which request a unit's report answers, against the one a roll-up collects for: the same, another (made from another
 * công văn's link, or for another period or kind), or none (made without a request: typed by hand, or before the link).
 */
export type RequestMatch = { kind: 'same' } | { kind: 'other'; document: AskingDocument } | { kind: 'none' };

export function matchReport(requestId: string, draft: Pick<Draft, 'request'>): RequestMatch {
  const answered = draft.request;
  if (!answered) return { kind: 'none' };
  return answered.id === requestId ? { kind: 'same' } : { kind: 'other', document: answered.document };
}

export const matchMessages = {
  other: (doc: AskingDocument) =>
    `Báo cáo lập theo yêu cầu khác (${citeDocument(doc, false)}), không phải yêu cầu đang tổng hợp: kiểm tra kỳ báo cáo và số liệu.`,
  none: 'Báo cáo không lập từ liên kết yêu cầu báo cáo: kiểm tra kỳ báo cáo, thời gian chốt số liệu và căn cứ.',
  criteria:
    'Bảng tự chấm điểm không theo bộ tiêu chí của yêu cầu báo cáo (đơn vị đã chọn hoặc nhập bộ tiêu chí khác): điểm của đơn vị này không so được với các đơn vị khác.',
  notYet: (deadline: string) => (deadline ? `Chưa có báo cáo (hạn nộp ${formatShortDate(deadline)}).` : 'Chưa có báo cáo.'),
};

/** The flag a report's row gets, or none when it answers the request. */
export function requestFlag(requestId: string, draft: Pick<Draft, 'request'>): { type: 'request'; message: string } | undefined {
  const m = matchReport(requestId, draft);
  if (m.kind === 'same') return undefined;
  return { type: 'request', message: m.kind === 'other' ? matchMessages.other(m.document) : matchMessages.none };
}
