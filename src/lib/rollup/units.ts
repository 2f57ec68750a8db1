import { cleanLine } from '../format/text.ts';
import { sentenceCaseBody } from '../report/index.ts';

/**
 * Units of a roll-up: named by the issuing body of their report's header ("ỦY BAN NHÂN DÂN / XÃ AN BÌNH"), shown as
 * typed, and compared by a key that ignores case, spacing, punctuation, the old and new placement of tone marks
 * ("Hoà"/"Hòa", "Thuỷ"/"Thủy") and "UBND" / "Ủy ban nhân dân". Tone marks themselves are kept: "Tân Hòa" and
 * "Tân Hóa" are two communes.
 */

/**
 * The unit's name from the report's header, as a sentence writes it and without the body every commune shares: the
 * unit's own name when the report typed one ("Ủy ban nhân dân xã Ea H'leo" → "Xã Ea H'leo", never re-cased), else
 * the issuing body where its casing is certain (src/lib/names/): "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH" → "Xã An Bình",
 * "SỞ NỘI VỤ" → "Sở Nội vụ". A header still holding the template's "…" is kept as typed (isPlaceholderName).
 */
export function unitName(issuer: string, place = '', unit = ''): string {
  const typed = cleanLine(issuer);
  const own = cleanLine(unit);
  if (!own && isPlaceholderName(typed)) return typed;
  const name = (own || sentenceCaseBody(issuer, place)).replace(/^(?:Ủy ban nhân dân|Ubnd) (?=\p{L})/iu, '');
  return name ? name.charAt(0).toLocaleUpperCase('vi') + name.slice(1) : typed;
}

/** A name still holding the template's "…" (or nothing) names no unit. */
export const isPlaceholderName = (name: string) => !/\p{L}/u.test(name.replace(/ỦY BAN NHÂN DÂN|UBND/giu, '')) || /…|\.\.\./.test(name);

/** Old-style tone placement ("oà", "uỷ") → the style the site writes ("òa", "ủy"). */
const TONE_STYLE: [RegExp, string][] = [
  ['òa', 'oà'],
  ['óa', 'oá'],
  ['ỏa', 'oả'],
  ['õa', 'oã'],
  ['ọa', 'oạ'],
  ['òe', 'oè'],
  ['óe', 'oé'],
  ['ỏe', 'oẻ'],
  ['õe', 'oẽ'],
  ['ọe', 'oẹ'],
  ['ùy', 'uỳ'],
  ['úy', 'uý'],
  ['ủy', 'uỷ'],
  ['ũy', 'uỹ'],
  ['ụy', 'uỵ'],
].map(([modern, old]) => [new RegExp(`(?<!q)${old}(?!\\p{L})`, 'gu'), modern]);

/** Words that say what kind of unit follows ("xã An Bình", "đặc khu Côn Đảo"). */
const UNIT_KINDS = ['xã', 'phường', 'đặc khu', 'thị trấn', 'thị xã', 'thành phố', 'tỉnh', 'huyện', 'quận', 'sở', 'ban', 'phòng'];

/** The comparison key of a unit name: "UBND xã An Bình", "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH" → "xã an bình". */
export function unitKey(name: string): string {
  let s = cleanLine(name).normalize('NFC').toLocaleLowerCase('vi');
  for (const [old, modern] of TONE_STYLE) s = s.replace(old, modern);
  s = s
    .replace(/[.,;:!?()[\]{}"'“”‘’«»\-–—/\\]+/g, ' ')
    .replace(/(?<!\p{L})(?:ủy ban nhân dân|ubnd)(?!\p{L})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return s.replace(/^ubnd /, '');
}

/** The key without the kind of unit in front: "xã an bình" → "an bình". */
export function placeKey(key: string): string {
  for (const k of UNIT_KINDS) if (key.startsWith(k + ' ')) return key.slice(k.length + 1);
  return key;
}

/**
 * The names of a list the user pasted (one a line, as copied from a document or a spreadsheet column): numbering
 * ("1.", "2)", "- ") and cells after the first one with letters (a pasted row) are dropped; repeats are kept once.
 */
export function parseUnitList(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r\n?|\n/)) {
    const cell = line.split('\t').find((c) => /\p{L}/u.test(c)) ?? '';
    const name = cleanLine(cell.replace(/^\s*(?:[-+*•]\s*|\d+\s*[.)]\s*|[IVXLC]+\s*[.)]\s+)/u, ''));
    if (!name || !/\p{L}/u.test(name)) continue;
    const key = unitKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * Which unit of `keys` each listed name stands for (index into `keys`, or -1): the same key, or, for a listed name
 * without its kind ("An Bình"), the one unit whose name without its kind matches.
 */
export function matchList(list: string[], keys: string[]): number[] {
  return list.map((name) => {
    const key = unitKey(name);
    const exact = keys.indexOf(key);
    if (exact >= 0) return exact;
    if (placeKey(key) !== key) return -1;
    const loose = keys.flatMap((k, i) => (placeKey(k) === key ? [i] : []));
    return loose.length === 1 ? loose[0] : -1;
  });
}
