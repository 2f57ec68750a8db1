import { cleanLine } from './text.ts';

/**
 * Unit names compared the way people write them: by a key that ignores case, spacing, punctuation, the old and new
 * placement of tone marks ("Hoà"/"Hòa", "Thuỷ"/"Thủy") and "UBND" / "Ủy ban nhân dân". Tone marks themselves are
 * kept: "Tân Hòa" and "Tân Hóa" are two communes. Used by the roll-up (src/lib/rollup/units.ts) and by the check of
 * text naming another unit (src/lib/report/leftover/).
 */

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
