import { cleanLine, cleanText, isAllUpper, upperFirst, upperVi } from '../format/text.ts';
import { dayText, monthText, parseIsoDate } from '../format/date.ts';
import { typeAbbr } from '../../schemas/document-types.ts';
import { wording } from '../document/wording.ts';
import { caseName, caseSentence, lexicon, type Cased, type Lexicon } from '../names/index.ts';

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
function numberSymbol(number: string, docType: string, issuerAbbr: string): string {
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
 * apostrophes ("Đưng K’Nớ", "Ea H'leo"). Other quote marks typed for an apostrophe (‘ ` ´) become ’ rather than vanish.
 * A name the lexicon knows takes its spelling ("thành phố hồ chí minh" → "Thành phố Hồ Chí Minh"); otherwise a word typed
 * with lower-case letters keeps them, a word typed in one case gets its capitals ("các chữ cái đầu của địa danh phải viết
 * hoa", Phụ lục I, II.4.c), except the second word of a unit kind ("Thành phố Huế", "Thị xã Mỹ Hào"). '' when no name is
 * left or it starts with a digit ("3 Bảo Lộc": the unit word is part of the name).
 */
export function normalizePlace(place: string, lex: Lexicon = lexicon()): string {
  const s = cleanLine(place)
    .replace(/[‘`´]/g, '’')
    .replace(/\p{M}/gu, '') // a mark with no precomposed letter (NFC already joined the rest)
    .replace(/[^\p{L}\p{N} .'’-]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
  if (!/^\p{L}/u.test(s)) return '';
  const known = caseName(upperVi(s), lex);
  const words = s.split(' ');
  const spelled = known.text.split(' ');
  const out = words.map((w, i) => {
    if (w !== upperVi(w) && w !== w.toLocaleLowerCase('vi')) return w; // mixed case: the user's spelling
    const k = spelled[i] ?? w;
    // A unit word's second half ("phố" of "thành phố"), as the lexicon or caseName left it; any other word capitalised.
    if (i > 0 && /^(phố|xã|trấn|khu)$/u.test(k)) return k;
    return k !== upperVi(k) && k !== k.toLocaleLowerCase('vi') ? k : nameWord(w);
  });
  const result = upperFirst(out.join(' '));
  return /^\p{Lu}/u.test(result) ? result : '';
}

/** A syllable of a proper name: capital first, and after an apostrophe or hyphen ("K’NỚ" → "K’Nớ"). */
const nameWord = (w: string) =>
  [...w.toLocaleLowerCase('vi')].map((ch, i, a) => (i === 0 || /['’-]/.test(a[i - 1]) ? upperVi(ch) : ch)).join('');

/**
 * Header date line: "Hoài Tân, ngày 05 tháng 02 năm 2024"; the day may be left blank to fill in by hand.
 * An unreadable date leaves day and month blank, with `fallbackYear` when given.
 */
export function placeDateLine(place: string, iso: string, leaveDayBlank = false, fallbackYear?: number): string {
  return `${place}, ${dateWords(iso, leaveDayBlank, fallbackYear)}`;
}

/** "ngày 05 tháng 02 năm 2024", with the day (or, unreadable, day and month) left blank. */
function dateWords(iso: string, leaveDayBlank = false, fallbackYear?: number): string {
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

/** A line naming the signing authority: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. GIÁM ĐỐC", "Q. CHÁNH VĂN PHÒNG". */
export const AUTHORITY = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)\s/;

/**
 * Authority lines and title in upper case. Any title signs (Decree 30 lets an authority sign for itself: "CHỦ TỊCH",
 * "CHÁNH VĂN PHÒNG", "TRƯỞNG PHÒNG", "CHỦ NHIỆM"); lines above it are checked only when there are some: `badLines` are
 * those that do not start with TM., KT., Q., TL. or TUQ. ok=false when there is no title.
 */
export function normalizeSignature(
  authority: string[],
  title: string,
): { lines: string[]; title: string; ok: boolean; badLines: string[] } {
  const lines = authority
    .map((l) => upperVi(cleanLine(l)))
    .filter(Boolean)
    .map((l) => l.replace(/^(TM|KT|Q|TL|TUQ)\.?\s*(?=\p{L})/u, '$1. '));
  const t = upperVi(cleanLine(title));
  return { lines, title: t, ok: !!t, badLines: lines.filter((l) => !AUTHORITY.test(l)) };
}

/**
 * Trích yếu as printed, sentence case: typed with lower-case letters, as typed; typed in capitals, converted where the
 * result is certain (names/case.ts) and kept as typed otherwise (`certain` false: the builder warns). '' when it has no
 * letters (the template's pattern is used).
 */
export function titleText(title: string, lex: Lexicon = lexicon()): Cased & { upper: boolean } {
  const t = cleanLine(title);
  if (!isAllUpper(t)) return { text: /\p{L}/u.test(t) ? t : '', certain: true, unsure: [], upper: false };
  const cased = caseSentence(t, lex);
  // No letter that has a lower case ("中文", "III"): not a trích yếu; the template's pattern is used.
  if (cased.text === upperVi(cased.text)) return { text: '', certain: true, unsure: [], upper: true };
  return cased.certain ? { ...cased, upper: true } : { ...cased, text: t, upper: true };
}

/** The trích yếu's printed text (titleText). */
export const normalizeTitle = (title: string, lex?: Lexicon) => titleText(title, lex).text;

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
 * "CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" → "Chánh Văn phòng Ủy ban nhân dân tỉnh Lai Châu"; as typed where the
 * case is not certain (names/case.ts).
 */
export function authorityName(upper: string, lex: Lexicon = lexicon()): Cased {
  const text = upper.replace(/\s+/g, ' ').trim();
  const cased = caseName(text, lex);
  return cased.certain ? cased : { ...cased, text };
}
