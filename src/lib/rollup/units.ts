import { cleanLine } from '../format/text.ts';
import { isPlaceholderName, placeKey, unitKey } from '../format/unit-key.ts';
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

export { isPlaceholderName, placeKey, unitKey } from '../format/unit-key.ts';

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
