import { cleanLine, cleanText, isAllUpper, upperFirst, upperVi } from '../format/text.ts';
import { dayText, monthText, parseIsoDate } from '../format/date.ts';

/**
 * Turns what a user typed into the header and signature into what Decree 30 prints, or '' when it
 * cannot be done (evaluate then reports a blocking error). Shared by evaluate and build.
 */

const TYPE_ABBR: Record<string, string> = {
  'BÁO CÁO': 'BC',
  'THÔNG BÁO': 'TB',
  'KẾ HOẠCH': 'KH',
  'QUYẾT ĐỊNH': 'QĐ',
  'TỜ TRÌNH': 'TTr',
  'CHƯƠNG TRÌNH': 'CTr',
  'BIÊN BẢN': 'BB',
  'HƯỚNG DẪN': 'HD',
  'ĐỀ ÁN': 'ĐA',
  'PHƯƠNG ÁN': 'PA',
};
export const typeAbbr = (docType: string) => TYPE_ABBR[docType] ?? 'BC';

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

/** "Số:      /BC-UBND" (number left blank) or "Số: 05/BC-UBND" (numbers below 10 take a leading 0). */
export function numberLine(number: string, docType: string, issuerAbbr: string): string {
  const abbr = normalizeAbbr(issuerAbbr) || 'UBND';
  const n = cleanLine(number)
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 12);
  const digits = /^\d+[a-z]?$/.test(n) ? n : '';
  const padded = /^\d[a-z]?$/.test(digits) ? '0' + digits : digits;
  return `Số: ${padded || '      '}/${typeAbbr(docType)}-${abbr}`;
}

/** Place name for the date line: starts with a capital, letters, spaces, ".", "'" and "-" only. */
export function normalizePlace(place: string): string {
  const s = cleanLine(place)
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L} .'-]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}]+/u, '')
    .trim();
  const out = upperFirst(s);
  return /^\p{Lu}/u.test(out) ? out : '';
}

/** "Hoài Tân, ngày 05 tháng 02 năm 2024"; an unreadable date leaves day and month blank. */
export function placeDateLine(place: string, iso: string, leaveDayBlank: boolean, fallbackYear: number): string {
  const d = parseIsoDate(iso);
  const blank = '     ';
  if (!d) return `${place}, ngày ${blank} tháng ${blank} năm ${fallbackYear}`;
  return `${place}, ngày ${leaveDayBlank ? blank : dayText(d.day)} tháng ${monthText(d.month)} năm ${d.year}`;
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

const AUTHORITY = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)\s/;
const BARE_TITLES = /^(CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG ĐOÀN|GIÁM ĐỐC|TRƯỞNG BAN)$/;

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
  const clean = items
    .map((i) =>
      cleanLine(i)
        .replace(/^[-–•+*]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  const isStore = (s: string) => /^lưu\b/i.test(s);
  const store = clean.filter(isStore);
  let rest = clean.filter((s) => !isStore(s));
  // A list with only the storage line: a report with a Kính gửi is at least sent "Như trên".
  if (!rest.length && hasRecipients) rest = ['Như trên'];
  let storeLine = store[0] ?? 'Lưu: VT';
  storeLine = storeLine.replace(/^lưu\s*:?\s*/i, '');
  if (!/^VT\b/.test(storeLine)) storeLine = storeLine ? `VT, ${storeLine}` : 'VT';
  return [...rest.map((s) => `- ${s};`), `- Lưu: ${storeLine}.`];
}

/** Kính gửi lines: one addressee "X."; several "- X;" … "- Y.". */
export function recipientLines(items: string[]): string[] {
  const clean = items
    .map((i) =>
      cleanLine(i)
        .replace(/^[-–•+*]\s*/, '')
        .replace(/[;.,]+$/, '')
        .trim(),
    )
    .filter(Boolean);
  if (clean.length === 1) return [`${clean[0]}.`];
  return clean.map((s, i) => `- ${s}${i === clean.length - 1 ? '.' : ';'}`);
}

/**
 * A body line that reads like the end block of a document ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"):
 * usually the tail of an old report pasted into a field. Word processors and checkers take it for the real
 * signature or recipient block, so evaluate asks the user to remove it (the tool writes that block itself).
 */
export function looksLikeClosingBlock(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  return (
    /^Nơi nhận:?$/.test(t) || /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)\s/.test(t) || /^(CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG ĐOÀN|GIÁM ĐỐC|TRƯỞNG BAN)$/.test(t)
  );
}
