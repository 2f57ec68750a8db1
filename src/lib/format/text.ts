/**
 * Text clean-up applied to everything a user types before it reaches a document:
 * precomposed Unicode (NFC, TCVN 6909:2001), no control characters, nothing XML 1.0 cannot carry
 * (lone surrogates, U+FFFE, U+FFFF), no zero-width or bidi controls that hide text.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 except \t \n; DEL and C1; U+FFFE/U+FFFF; bidi overrides and isolates.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g;

/** Multi-line text: keeps "\n" (paragraph breaks), turns "\r\n", "\r", U+2028/2029 into "\n" and tabs into spaces. */
export function cleanText(input: unknown): string {
  if (typeof input !== 'string') return '';
  return input
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '')
    .replace(/[\u200B\uFEFF]/g, '');
}

/** One line: cleanText, then line breaks and runs of spaces become one space; trimmed. */
export function cleanLine(input: unknown): string {
  return cleanText(input).replace(/\s+/g, ' ').trim();
}

/** Upper case the Vietnamese way (ư → Ư, đ → Đ). */
export const upperVi = (s: string) => s.toLocaleUpperCase('vi');
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
export const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/** True when the text has letters and none of them is lower case. */
export const isAllUpper = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');

/** "a, b và c". */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}
