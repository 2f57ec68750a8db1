import { formatShortDate } from '../format/date.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * The standard first citation (Decree 30, Appendix I): type, number, date, issuer, title —
 * "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, …".
 * Laws are cited by name only.
 */
export function formatCitation(entry: Pick<CatalogueEntry, 'kind' | 'number' | 'name' | 'issued' | 'issuer' | 'title'>): string {
  if (entry.kind === 'Luật' && entry.name) return entry.name;
  if (entry.kind === 'Tiêu chuẩn') return [entry.number, entry.title && lowerFirst(entry.title)].filter(Boolean).join(' ');
  const parts = [`${entry.kind} số ${entry.number}`];
  if (entry.issued) parts.push(`ngày ${formatShortDate(entry.issued)}`);
  if (entry.issuer) parts.push(`của ${entry.issuer}`);
  if (entry.title) parts.push(lowerFirst(entry.title));
  return parts.join(' ');
}

/** Later citations use type and number only: "Nghị định số 61/2018/NĐ-CP". */
export function formatShortCitation(entry: Pick<CatalogueEntry, 'kind' | 'number' | 'name'>): string {
  if (entry.kind === 'Luật' && entry.name) return entry.name;
  return `${entry.kind} số ${entry.number}`;
}

export const statusLabels: Record<CatalogueEntry['status'], string> = {
  'in-force': 'Còn hiệu lực',
  amended: 'Còn hiệu lực, đã được sửa đổi, bổ sung',
  replaced: 'Đã bị thay thế',
  expired: 'Hết hiệu lực',
  unknown: 'Chưa xác minh được tình trạng',
};

/** True when a report written today should not cite the entry as current law. */
export const isSuperseded = (entry: Pick<CatalogueEntry, 'status'>) => entry.status === 'replaced' || entry.status === 'expired';
