import type { CatalogueBrief, CatalogueEntry } from '../../schemas/catalogue.ts';
import type { DocumentRow } from '../../schemas/draft.ts';
import { formatShortDate, parseIsoDate } from '../format/date.ts';
import { cleanLine, lowerFirst, upperFirst } from '../format/text.ts';
import { typeByAbbr } from '../../schemas/document-types.ts';

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

/** "Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ": enough to name a target's source (the id when the entry is missing). */
export function citeBrief(entry: CatalogueBrief | undefined, id: string): string {
  if (!entry) return id;
  if (entry.kind === 'Luật' && entry.name) return entry.name;
  return [formatShortCitation(entry), entry.issued && `ngày ${formatShortDate(entry.issued)}`, entry.issuer && `của ${entry.issuer}`]
    .filter(Boolean)
    .join(' ');
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

/**
 * Why an entry should not be cited as current law, and what to cite instead (short citations of the
 * replacements the catalogue has); undefined for an entry still in force.
 */
export function supersededBy(
  entry: Pick<CatalogueEntry, 'status' | 'replacedBy'>,
  byId: Map<string, Pick<CatalogueEntry, 'kind' | 'number' | 'name'>>,
): { status: 'replaced' | 'expired'; replacements: string[] } | undefined {
  if (entry.status !== 'replaced' && entry.status !== 'expired') return undefined;
  const replacements = entry.replacedBy.flatMap((id) => {
    const r = byId.get(id);
    return r ? [formatShortCitation(r)] : [];
  });
  return { status: entry.status, replacements };
}

/** "Kế hoạch số 15/KH-UBND ngày 28/01/2022 của UBND xã về …" (Decree 30: type, number, date, issuer, subject). */
export function documentCitation(r: DocumentRow): string {
  let number = cleanLine(r.number)
    .replace(/^số\s*:?\s*/i, '')
    .replace(/\s*\/\s*/g, '/');
  if (/^\d\//.test(number)) number = '0' + number;
  let kind = cleanLine(r.kind);
  if (!kind && number) {
    const abbr = /^\d+[a-z]?(?:\/\d{4})?\/([A-ZĐa-z]+)(?:-|$)/.exec(number)?.[1];
    kind = abbr ? typeByAbbr(abbr) : '';
    if (!kind && /^\d+[a-z]?\/[A-ZĐ]+(-[A-ZĐ&]+)*$/.test(number)) kind = 'Công văn';
  }
  const parts: string[] = [];
  if (kind || number) parts.push([kind && upperFirst(kind), number && `số ${number}`].filter(Boolean).join(' '));
  if (r.date && parseIsoDate(r.date)) parts.push(`ngày ${formatShortDate(r.date)}`);
  const issuer = cleanLine(r.issuer);
  if (issuer) parts.push(`của ${issuer}`);
  let subject = cleanLine(r.subject).replace(/[;.]+$/, '');
  if (subject) {
    if (/^v\/v\s*/i.test(subject)) subject = subject.replace(/^v\/v\s*/i, 'về việc ');
    else if (!/^(về|việc|ban hành|phê duyệt|sửa đổi|quy định|hướng dẫn|triển khai|thực hiện)(?=[\s,]|$)/i.test(subject) && parts.length)
      subject = `về ${subject}`;
    parts.push(subject);
  }
  return parts.join(' ').trim();
}
