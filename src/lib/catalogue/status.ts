import type { CatalogueEntry, DocumentStatus, StatusEvent } from '../../schemas/catalogue.ts';

/** A document a report written today may cite as its legal basis: in force, possibly amended. */
export const isCurrentStatus = (status: DocumentStatus) => status === 'in-force' || status === 'amended';

/** Replaced or expired: cite it only when writing about the period before the change. */
export const isSupersededStatus = (status: DocumentStatus) => status === 'replaced' || status === 'expired';

/** Today's date as "YYYY-MM-DD" (local time); CCHC_TODAY overrides it, for a reproducible build or test. */
export function today(env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env): string {
  if (env.CCHC_TODAY && /^\d{4}-\d{2}-\d{2}$/.test(env.CCHC_TODAY)) return env.CCHC_TODAY;
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The status on a given day. `status` is the status as of the last check; a change recorded in `history` with a
 * later date (a document set to expire, a new decree taking effect) applies from its date on, so a page built after
 * that day shows it without anyone editing the entry. A brief without its history (a page's) keeps the status it has.
 */
export function statusOn(
  entry: Pick<CatalogueEntry, 'status'> & Partial<Pick<CatalogueEntry, 'history' | 'statusChecked'>>,
  date: string,
): DocumentStatus {
  const { history, statusChecked } = entry;
  if (!history || !statusChecked) return entry.status;
  const later = history.filter((e) => e.date > statusChecked.date && e.date <= date);
  return later.length ? later[later.length - 1].status : entry.status;
}

/** The recorded change in force on `date` (the last one on or before it), if any. */
export function lastEventOn(history: StatusEvent[], date: string): StatusEvent | undefined {
  const past = history.filter((e) => e.date <= date);
  return past[past.length - 1];
}

/**
 * Why a citation may not stand where it is, or undefined when it may. A replaced or expired document may be cited
 * only in a sentence about the past (marked historical).
 */
export function citationProblem(status: DocumentStatus, historical: boolean): string | undefined {
  if (isSupersededStatus(status) && !historical)
    return `văn bản ${status === 'expired' ? 'đã hết hiệu lực' : 'đã bị thay thế'} được dẫn như căn cứ hiện hành; dẫn văn bản đang có hiệu lực, hoặc nếu câu văn nói về giai đoạn trước (ví dụ "trước 01/7/2026: …") thì thêm historical`;
  return undefined;
}
