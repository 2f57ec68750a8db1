/**
 * Reading a report's figures back from the text it prints now. Each figure the site printed is looked for by the words
 * around it as the site printed them (its window, src/lib/report/trace.ts: about five words before it, the figures
 * among them standing for any number, a few words after), in document order, so two figures with the same words
 * ("quá hạn …") are told apart by where they stand. A figure whose words were edited away is not found; never guessed.
 */
import { parseNumber } from '../format/number.ts';
import type { FigureWindow } from './text.ts';

/** One printed figure: which it is, what the draft says, what the text says now (undefined: not found). */
export type Reading = { key: string; draft: number; printed?: number };

const OTHER = '\uE000';
const OWN = '\uE001';
const END = '\uE002';
/** A number as Vietnamese text writes it ("5", "05", "1.234", "97,82"); a "." after it ends a sentence. */
const NUM = String.raw`\d+(?:\.\d{3})*(?:,\d+)?(?!\d)`;
const NUMBER_TEXT = /^(\d+(?:\.\d{3})*(?:,\d+)?)(.*)$/s;

/** Literal text as a pattern; any run of spaces may be none or several (Word users add and drop spaces). */
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ +/g, String.raw`\s*`);

/** A figure's text as a pattern: its number (captured, or any) and what follows it in the same text (a unit, "%"). */
function figurePattern(text: string, capture: boolean): string | undefined {
  const m = NUMBER_TEXT.exec(text);
  return m ? (capture ? `(${NUM})` : NUM) + esc(m[2]) : undefined;
}

/** The pattern of a window, or undefined when it has no words of its own to be found by. */
export function windowPattern(window: string): RegExp | undefined {
  let source = '';
  let words = '';
  let own = false;
  for (const m of window.matchAll(new RegExp(`([${OTHER}${OWN}])([^${END}]*)${END}|([^${OTHER}${OWN}${END}]+)`, 'gu'))) {
    if (m[3] !== undefined) {
      source += esc(m[3]);
      words += m[3];
      continue;
    }
    const p = figurePattern(m[2], m[1] === OWN);
    if (p === undefined) return undefined;
    if (m[1] === OWN) own = true;
    source += p;
  }
  if (!own || !/\p{L}/u.test(words)) return undefined;
  return new RegExp(source, 'dgiu');
}

/**
 * Every window's figure, read from `printed` (the printed text, whitespace folded: src/lib/printed/text.ts): where its
 * words are found after the figures before it, the number standing there; a number that cannot be read is not found.
 */
export function readBack(windows: FigureWindow[], printed: string): Reading[] {
  let cursor = 0;
  return windows.map(({ key, value, window }) => {
    const re = windowPattern(window);
    if (!re) return { key, draft: value };
    re.lastIndex = cursor;
    const m = re.exec(printed);
    const read = m ? parseNumber(m[1]) : undefined;
    if (!m || !read?.ok) return { key, draft: value };
    cursor = m.index;
    return { key, draft: value, printed: read.value };
  });
}
