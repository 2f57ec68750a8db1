import { cleanLine, cleanText, isAllUpper, upperFirst, upperVi } from '../format/text.ts';
import { dayText, monthText, parseIsoDate } from '../format/date.ts';
import { typeAbbr } from '../../schemas/document-types.ts';
import { wording } from '../document/wording.ts';
import { cap, sentenceCaseBody } from './placeholders.ts';

/**
 * Turns what a user typed into the header and signature into what Decree 30 prints, or '' when it
 * cannot be done (evaluate then reports a blocking error). Shared by evaluate and build.
 */

/** Issuer abbreviation for the symbol: upper case letters, digits and "-" only ("UBND", "ĐKT"). */
export function normalizeAbbr(abbr: string): string {
  return upperVi(cleanLine(abbr))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // strip tone marks, keep Đ
    .normalize('NFC')
    .replace(/[^A-ZĐ0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "      /BC-UBND" (number left blank) or "05/BC-UBND" (numbers below 10 take a leading 0). */
export function numberSymbol(number: string, docType: string, issuerAbbr: string): string {
  const abbr = normalizeAbbr(issuerAbbr) || 'UBND';
  const n = cleanLine(number)
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 12);
  const digits = /^\d+[a-z]?$/.test(n) ? n : '';
  const padded = /^\d[a-z]?$/.test(digits) ? '0' + digits : digits;
  return `${padded || '      '}/${typeAbbr(docType)}-${abbr}`;
}

/** "Số:      /BC-UBND" or "Số: 05/BC-UBND". */
export const numberLine = (number: string, docType: string, issuerAbbr: string) =>
  `${wording.number} ${numberSymbol(number, docType, issuerAbbr)}`;

/**
 * Place name for the date line, as typed: letters, digits ("Phường 3 Bảo Lộc"), spaces, ".", "-" and both
 * apostrophes ("Đưng K’Nớ", "Ea H'leo"); each word starts with a capital ("các chữ cái đầu của địa danh phải viết
 * hoa", Phụ lục I, II.4.c), the rest as typed. Other quote marks typed for an apostrophe (‘ ` ´) become ’ rather than
 * vanish. '' when no name is left or it starts with a digit ("3 Bảo Lộc": the unit word is part of the name).
 */
export function normalizePlace(place: string): string {
  const s = cleanLine(place)
    .replace(/[‘`´]/g, '’')
    .replace(/\p{M}/gu, '') // a mark with no precomposed letter (NFC already joined the rest)
    .replace(/[^\p{L}\p{N} .'’-]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
  const out = s.split(' ').map(upperFirst).join(' ');
  return /^\p{Lu}/u.test(out) ? out : '';
}

/**
 * Header date line: "Hoài Tân, ngày 05 tháng 02 năm 2024"; the day may be left blank to fill in by hand.
 * An unreadable date leaves day and month blank, with `fallbackYear` when given.
 */
export function placeDateLine(place: string, iso: string, leaveDayBlank = false, fallbackYear?: number): string {
  return `${place}, ${dateWords(iso, leaveDayBlank, fallbackYear)}`;
}

/** "ngày 05 tháng 02 năm 2024", with the day (or, unreadable, day and month) left blank. */
export function dateWords(iso: string, leaveDayBlank = false, fallbackYear?: number): string {
  const d = parseIsoDate(iso);
  const blank = '     ';
  if (!d) return `ngày ${blank} tháng ${blank} năm${fallbackYear === undefined ? '' : ` ${fallbackYear}`}`;
  return `ngày ${leaveDayBlank ? blank : dayText(d.day)} tháng ${monthText(d.month)} năm ${d.year}`;
}

/**
 * A reference to an issued document, as appendix and attachment notes print it (Decree 30, Mẫu 1.3 and 2.1):
 * "Quyết định số 05/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân xã An Bình".
 */
export function issuedReference(o: {
  docType: string;
  number: string;
  issuerAbbr: string;
  date: string;
  leaveDayBlank: boolean;
  year: number;
  by: string;
}): string {
  const type = upperFirst(o.docType.toLocaleLowerCase('vi'));
  const by = cleanLine(o.by);
  return `${type} số ${numberSymbol(o.number, o.docType, o.issuerAbbr)} ${dateWords(o.date, o.leaveDayBlank, o.year)}${by ? ` của ${by}` : ''}`;
}

/** Body names in the header: upper case, one line per "\n". */
export function headerLines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((l) => upperVi(l.replace(/\s+/g, ' ').trim()))
    .filter(Boolean);
}

/** Signer's name: "nguyễn  văn HIỆP" → "Nguyễn Văn Hiệp"; '' when it is not a name of at least two words. */
export function normalizePersonName(name: string): string {
  const words = cleanLine(name)
    .replace(/[^\p{Lu}\p{Ll} ]/gu, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => upperVi(w.charAt(0)) + w.slice(1).toLocaleLowerCase('vi'));
  const out = words.join(' ');
  // At least two words and some lower-case letters (a line of initials reads as a title, not a name).
  return /^\p{Lu}\p{Ll}*( \p{Lu}\p{Ll}*)+$/u.test(out) && out !== upperVi(out) ? out : '';
}

/** A line naming the signing authority: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
export const AUTHORITY = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)\s/;
/** Titles that sign in their own right, with no authority line above them. */
export const BARE_TITLES = /^(CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG ĐOÀN|GIÁM ĐỐC|TRƯỞNG BAN)$/;

/** Authority lines and title in upper case; ok=false when no line names the signing authority. */
export function normalizeSignature(authority: string[], title: string): { lines: string[]; title: string; ok: boolean } {
  const lines = authority
    .map((l) => upperVi(cleanLine(l)))
    .filter(Boolean)
    .map((l) => l.replace(/^(TM|KT|Q|TL|TUQ)\.?\s*(?=\p{L})/u, '$1. '));
  const t = upperVi(cleanLine(title));
  const ok = (lines.some((l) => AUTHORITY.test(l)) || BARE_TITLES.test(t) || lines.some((l) => BARE_TITLES.test(l))) && !!t;
  return { lines, title: t, ok };
}

/** Trích yếu in sentence case; a title typed in capitals is lowered except for known abbreviations. */
export function normalizeTitle(title: string): string {
  const t = cleanLine(title);
  if (t !== upperVi(t)) return t; // has lower-case letters: as typed
  if (!isAllUpper(t)) return ''; // no letters at all: not a trích yếu, the template's pattern is used
  const keep = /^(CCHC|TTHC|UBND|HĐND|CBCC|PAKN|QPPL|VBQPPL|ISO|PAR|INDEX|SIPAS|[IVX]+)$/;
  const lowered = t
    .split(' ')
    .map((w) => (keep.test(w.replace(/[^\p{L}]/gu, '')) ? w : w.toLocaleLowerCase('vi')))
    .join(' ');
  const out = upperFirst(lowered);
  return out === upperVi(out) ? '' : out;
}

/**
 * Nơi nhận lines: "- …;" each, "- Lưu: VT, ….": the storage line goes last (one is added when missing).
 * "- Như trên;" is added only when nothing but the storage line was given and there is a Kính gửi
 * (evaluate suggests it otherwise; with neither, evaluate reports a blocking error).
 */
export function distributionLines(items: string[], hasRecipients = false): string[] {
  const clean = listItems(items);
  const isStore = (s: string) => /^lưu\b/i.test(s);
  const store = clean.filter(isStore);
  let rest = clean.filter((s) => !isStore(s));
  // A list with only the storage line: a report with a Kính gửi is at least sent "Như trên".
  if (!rest.length && hasRecipients) rest = [wording.asAbove];
  const office = wording.storeOffice;
  let storeLine = (store[0] ?? '').replace(/^lưu\s*:?\s*/i, '');
  if (!new RegExp(`^${office}\\b`).test(storeLine)) storeLine = storeLine ? `${office}, ${storeLine}` : office;
  return [...rest.map((s) => `- ${s};`), `- ${wording.store}: ${storeLine}.`];
}

/** Kính gửi lines: one addressee "X."; several "- X;" … "- Y.". */
export function recipientLines(items: string[]): string[] {
  const clean = listItems(items);
  if (clean.length === 1) return [`${clean[0]}.`];
  return clean.map((s, i) => `- ${s}${i === clean.length - 1 ? '.' : ';'}`);
}

/** Items of a typed list without their bullets and end punctuation ("- Sở Nội vụ;" → "Sở Nội vụ"); blank ones dropped. */
function listItems(items: string[]): string[] {
  return items
    .map((i) =>
      cleanLine(i)
        .replace(/^[-–•+*]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * Who issues, as "của …" names it: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH" → "Chủ tịch Ủy ban nhân dân xã An Bình",
 * "GIÁM ĐỐC SỞ NỘI VỤ" → "Giám đốc Sở Nội vụ"; a body alone as sentenceCaseBody writes it.
 */
export function authorityName(upper: string): string {
  const text = upper.replace(/\s+/g, ' ').trim();
  const at = text.toLocaleUpperCase('vi').search(/ỦY BAN NHÂN DÂN|\bSỞ /u);
  if (at <= 0) return sentenceCaseBody(text);
  return `${cap(text.slice(0, at).trim().toLocaleLowerCase('vi'))} ${sentenceCaseBody(text.slice(at))}`;
}
