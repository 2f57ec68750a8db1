import { cleanLine } from '../../format/text.ts';

/**
 * Short fingerprints of texts, so that a draft can remember what it was made from (a carried text, the sample's
 * sentences) without keeping a copy: FNV-1a over the text as printed (spaces and case folded), in base 36.
 */
export function textHash(text: string): string {
  const s = cleanLine(text).toLocaleLowerCase('vi');
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * The sentences of a text worth recognising: split at line breaks and at ". ", "; ", "! ", "? ", a leading bullet
 * dropped; only sentences of five words or more (a short phrase can be anyone's).
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n|(?<=[.;!?])\s+/)
    .map((s) => cleanLine(s.replace(/^\s*[-+•*–]\s+/, '')))
    .filter((s) => s.split(' ').length >= 5);
}
