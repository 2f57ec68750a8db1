import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import { formatShortDate } from '../format/date.ts';
import { formatShortCitation } from './citation.ts';

/**
 * How long a status check stays fresh. Decrees that replace or amend the documents a commune report cites come out
 * several times a year (2026 had one in January, May, July and August), so an entry not checked for four months may
 * already be wrong.
 */
export const STALE_AFTER_DAYS = 120;

type Reviewed = Pick<CatalogueEntry, 'id' | 'kind' | 'number' | 'name' | 'statusChecked'>;

export type StaleEntry = { id: string; citation: string; checked: string; days: number };

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

/** Entries whose status was last checked more than `maxDays` days before `date`, the longest unchecked first. */
export function staleEntries(entries: Reviewed[], date: string, maxDays = STALE_AFTER_DAYS): StaleEntry[] {
  return entries
    .map((e) => ({
      id: e.id,
      citation: formatShortCitation(e),
      checked: e.statusChecked.date,
      days: daysBetween(e.statusChecked.date, date),
    }))
    .filter((e) => e.days > maxDays)
    .sort((a, b) => b.days - a.days || a.id.localeCompare(b.id));
}

/**
 * When the catalogue as a whole was last reviewed: the oldest status check, since every entry has been checked on
 * or after that day; and the newest check.
 */
export function catalogueReview(entries: Reviewed[]): { whole: string; latest: string } | undefined {
  if (entries.length === 0) return undefined;
  const dates = entries.map((e) => e.statusChecked.date).sort();
  return { whole: dates[0], latest: dates[dates.length - 1] };
}

/** The build's message about stale entries, in Vietnamese, one line per entry. */
export function staleReport(stale: StaleEntry[], date: string, maxDays = STALE_AFTER_DAYS): string {
  if (stale.length === 0)
    return `Danh mục văn bản: mọi văn bản đã được kiểm tra tình trạng trong vòng ${maxDays} ngày trước ngày ${formatShortDate(date)}.`;
  return [
    `Danh mục văn bản: ${stale.length} văn bản kiểm tra tình trạng lần cuối đã quá ${maxDays} ngày (tính đến ${formatShortDate(date)}), cần kiểm tra lại và cập nhật statusChecked:`,
    ...stale.map(
      (s) => `  - content/catalogue/${s.id}.yaml (${s.citation}): kiểm tra ngày ${formatShortDate(s.checked)}, cách ${s.days} ngày`,
    ),
  ].join('\n');
}
