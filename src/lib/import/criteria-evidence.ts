/**
 * Documents named in a criteria sheet's text: the "Tài liệu kiểm chứng" cell ("Kế hoạch số 12/KH-UBND ngày
 * 15/01/2026 về cải cách hành chính năm 2026; Báo cáo số 45/BC-UBND ngày 10/12/2026") split into its documents, each
 * read into type, number and symbol, date, issuer and subject where written; and the decision that issued the set,
 * read from the sheet's title rows ("(Kèm theo Quyết định số 1234/QĐ-UBND ngày 08/9/2025 của UBND tỉnh …)").
 * Text that does not read as a document is kept whole as the subject, never cut or guessed.
 */
import { documentTypes } from '../../schemas/document-types.ts';
import { formatShortDate, parseIsoDate } from '../format/date.ts';
import { cellText, type Sheet } from './grid.ts';

export interface DocumentRef {
  kind: string;
  number: string;
  /** YYYY-MM-DD, or '' when none could be read. */
  date: string;
  issuer: string;
  subject: string;
}

/** Names a document can start with, longest first ("Thông tư liên tịch" before "Thông tư"). */
const KINDS = [...documentTypes.map((t) => t.name as string), 'Văn bản', 'Công điện', 'Giấy mời', 'Quy định', 'Thông tri']
  .filter((k) => k !== 'Luật' && k !== 'Tiêu chuẩn')
  .sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const KIND = new RegExp(`^(${KINDS.map(escape).join('|')})(?=[\\s:,]|$)`, 'iu');
/** "số 12/KH-UBND", "Số: 01/2024/NQ-HĐND", "12 /KH-UBND" (the symbol after a slash starts with a capital). */
const NUMBER = /^(?:[Ss][ốỐ]\s*:?\s*)?(\d+[a-zđ]?(?:\s*\/\s*\d{4})?\s*\/\s*[A-ZĐ][\p{L}\d.&-]*(?:\s*\/\s*[\p{L}\d.&-]+)*)/u;
const SEP = String.raw`\s*[/.-]\s*`;
const DATE = new RegExp(
  String.raw`^[,\s]*(?:ban hành\s+)?(?:ngày\s+)?(?:(\d{1,2})${SEP}(\d{1,2})${SEP}(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`,
  'iu',
);
const ISSUER = /^[,\s]*của\s+(.+?)(?=\s+(?:về|v\/v)(?:\s|$)|[,;(]|$)/iu;

/** Day, month, year as YYYY-MM-DD; '' when it is not a date. */
function isoDate(day: number, month: number, year: number): string {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : '';
}

const canonicalKind = (written: string) => KINDS.find((k) => k.toLocaleLowerCase('vi') === written.toLocaleLowerCase('vi')) ?? written;

/** The documents of an evidence cell: one per line or per ";", bullets and numbering dropped. */
export function splitEvidence(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n|\r|;/)
    .map((s) =>
      s
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^(?:[-–—•*+]\s*|\(?\d{1,2}[.)]\s+|[a-zđ]\)\s*)/u, '')
        .replace(/[.,]+$/, '')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * One document as written: "Kế hoạch số 12/KH-UBND ngày 15/01/2026 của UBND xã về …" → its parts. The type must start
 * the text and a number and symbol follow it (or the text starts with the number); anything else is kept whole as the
 * subject, for the user to complete.
 */
export function readDocumentRef(item: string): DocumentRef {
  const text = item.normalize('NFC').replace(/\s+/g, ' ').trim();
  const whole: DocumentRef = { kind: '', number: '', date: '', issuer: '', subject: text };
  const k = KIND.exec(text);
  let rest = k ? text.slice(k[0].length).replace(/^\s*:?\s*/, '') : text;
  const num = NUMBER.exec(rest);
  if (!num) return whole;
  const ref: DocumentRef = {
    kind: k ? canonicalKind(k[1]) : '',
    number: num[1].replace(/\s*\/\s*/g, '/'),
    date: '',
    issuer: '',
    subject: '',
  };
  rest = rest.slice(num[0].length);
  const date = DATE.exec(rest);
  if (date) {
    const [d, m, y] = date[1] ? [date[1], date[2], date[3]] : [date[4], date[5], date[6]];
    ref.date = isoDate(Number(d), Number(m), Number(y));
    if (ref.date) rest = rest.slice(date[0].length);
  }
  const issuer = ISSUER.exec(rest);
  if (issuer) {
    ref.issuer = issuer[1].trim();
    rest = rest.slice(issuer[0].length);
  }
  ref.subject = rest.replace(/^[\s,:;–—-]+/, '').trim();
  return ref;
}

/** The documents of an evidence cell, each read into its parts. */
export const readEvidence = (text: string): DocumentRef[] => splitEvidence(text).map(readDocumentRef);

/** The decision a criteria set was issued by, as its title rows name it. */
export interface SheetDecision {
  /** "Quyết định số 1234/QĐ-UBND ngày 08/9/2025 của Chủ tịch UBND tỉnh Lâm Đồng", as the report cites it. */
  citation: string;
  ref: DocumentRef;
  /** Excel row it was read from. */
  row: number;
}

/**
 * "Quyết định số … ngày …" in the rows above the header (`before`, 0-based): the first one with a number and a date.
 * Null when the title rows name none: the user types it in the dialog or the editor.
 */
export function findDecision(sheet: Sheet, before: number): SheetDecision | null {
  for (let r = 0; r < Math.min(before, sheet.cells.length); r++) {
    const text = (sheet.cells[r] ?? []).map(cellText).filter(Boolean).join(' ').normalize('NFC');
    const at = text.search(/quyết định\s+(?:số\s*:?\s*)?\d/iu);
    if (at < 0) continue;
    const ref = readDocumentRef(text.slice(at).replace(/[)\]]+.*$/, ''));
    if (!ref.number || !ref.date) continue;
    const issuer = ref.issuer.replace(/[.;,]+$/, '');
    return {
      citation: `Quyết định số ${ref.number} ngày ${formatShortDate(ref.date)}${issuer ? ` của ${issuer}` : ''}`,
      ref: { ...ref, kind: 'Quyết định', issuer },
      row: r + 1,
    };
  }
  return null;
}
