import { shiftItemKey } from './keys.ts';

/**
 * Keys of the wording the builder adds that the user changed (draft.texts) or left out (draft.omit), by what it
 * belongs to:
 *   "heading:<section key>"   a section's heading (an appendix's title: "heading:phu-luc-1")
 *   "intro:<block key>"       the sentence before a block
 *   "basis", "closing"        the opening and the closing text
 * Kept apart from keys.ts, which the builder's first load needs.
 */
export const headingTextKey = (sectionKey: string) => `heading:${sectionKey}`;
export const introTextKey = (blockKey: string) => `intro:${blockKey}`;

/** A text key after item `removed` of `sectionId` is deleted (see shiftItemKey); undefined for a key of the removed item. */
export function shiftTextKey(key: string, sectionId: string, removed: number): string | undefined {
  const m = /^(heading|intro):(.*)$/.exec(key);
  if (!m) return key;
  const next = shiftItemKey(m[2], sectionId, removed);
  return next === undefined ? undefined : `${m[1]}:${next}`;
}
