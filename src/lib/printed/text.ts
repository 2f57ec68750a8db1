/**
 * The text a .docx prints, as one line: what Word shows of its main part (word/document.xml) and its footnotes, every
 * run joined, a space at each paragraph, cell, tab and line break, all whitespace folded to one space. Runs split
 * differently (as Word splits them when a document is edited and saved), spelling marks, bookmarks, revision ids and
 * a LibreOffice open-and-save change nothing of it; text deleted with track changes, field codes and the fallback copy
 * of a drawing are not printed, so they are not in it. Pure, no DOM.
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.includes('&')
    ? s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
        if (e[0] !== '#') return NAMED[e];
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      })
    : s;

/**
 * `<w:t>` text; a break at tabs, line breaks, the end of a paragraph or cell; mc:Fallback skipped whole (it repeats its
 * mc:Choice). `<w:delText>` and `<w:instrText>` are other elements and never match.
 */
const TOKENS = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>|<\/w:(?:p|tc)>|<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g;

/** The printed text of one WordprocessingML part, whitespace folded. */
export function partText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(TOKENS)) out += m[1] !== undefined ? decode(m[1]) : m[0].startsWith('<mc:') ? '' : ' ';
  return foldSpace(out);
}

/** NFC, every run of whitespace (no-break spaces included) one space, no space at either end. */
export const foldSpace = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The parts whose text counts, in reading order. */
export const PRINTED_PARTS = ['word/document.xml', 'word/footnotes.xml'] as const;

/** The printed text of a .docx from its parts' XML (a part it lacks is skipped). */
export const printedText = (parts: Partial<Record<(typeof PRINTED_PARTS)[number], string>>) =>
  PRINTED_PARTS.map((p) => parts[p])
    .filter((x): x is string => x !== undefined)
    .map(partText)
    .filter(Boolean)
    .join(' ');

/**
 * A short fingerprint of a printed text: "1:" and 16 hex digits of two 32-bit hashes (cyrb53's mixing) over its
 * characters. It tells whether the text changed, not who changed it (anyone can rewrite the part that holds it).
 */
export function fingerprintOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, '0');
  return `1:${hex(h2)}${hex(h1)}`;
}

/**
 * What a .docx made by the site says of its text: the text it prints now, that text's fingerprint, and what was recorded
 * with its draft when the site made it — the fingerprint then and where each figure was printed (absent in a .docx made
 * before the site recorded them).
 */
export type PrintedText = { text: string; fingerprint: string; recorded?: string; windows?: FigureWindow[] };

/** Whether the text was changed since the site made the .docx: true, false, or undefined when nothing was recorded. */
export const editedSince = (p: Pick<PrintedText, 'fingerprint' | 'recorded'>): boolean | undefined =>
  p.recorded === undefined ? undefined : p.recorded !== p.fingerprint;

/**
 * A printed figure and the words around it, as the site printed them (src/lib/report/trace.ts): which figure
 * ("<block key>.<field id>"), its value, and its window — about five words before it with the figures among them
 * between \uE000 and \uE002, the figure itself between \uE001 and \uE002, a few words after it.
 */
export type FigureWindow = { key: string; value: number; window: string };
