/**
 * Text pasted from Word, a PDF or a web page → the prose syntax: one paragraph a line, "- " bullets.
 * Takes text/plain only (formatting is dropped on purpose): NBSP and odd spaces become spaces, Word's bullet
 * glyphs ("•", "●", "▪", "", "–" at line start) become "- ", second-level ones ("o", "◦") "+ ", tabs after a bullet or number become one space,
 * runs of blank lines collapse (paragraphs are separated by one line break), trailing spaces go.
 */
const BULLET = /^[ \t]*(?:[•●▪■◆►✓✔\u2022\u2023\u2043\u25AA\u25CF\uF0B7\uF0A7\uF0D8]|[-–—*])[ \t]+/;
/** Word's second-level bullets ("o", "◦") → "+ " sub-bullets. */
const SUB_BULLET = /^[ \t]*(?:[◦○\uF06F]|o(?=[ \t])|\+)[ \t]+/;

export function normalisePastedText(input: string): string {
  const text = input
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00A0\u202F\u2007\u2009\u200A\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .normalize('NFC');
  const lines = text.split('\n').map((line) => {
    let l = line.replace(/[ \t]+$/g, '');
    if (BULLET.test(l)) l = '- ' + l.replace(BULLET, '');
    else if (SUB_BULLET.test(l)) l = '+ ' + l.replace(SUB_BULLET, '');
    l = l.replace(/^(\d+\.|[a-zđ]\)|[IVX]+\.)\t+/, '$1 ');
    l = l.replace(/\t+/g, ' ').replace(/ {2,}/g, ' ');
    return l.replace(/^ +/, '');
  });
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  // Paragraphs are one line each: a blank line between two paragraphs is dropped.
  return out.filter((l) => l !== '').join('\n');
}

/** Inserts `insert` into `value` in place of the selection [start, end); returns the new text and caret. */
export function spliceText(value: string, start: number, end: number, insert: string): { value: string; caret: number } {
  const s = Math.max(0, Math.min(start, value.length));
  const e = Math.max(s, Math.min(end, value.length));
  return { value: value.slice(0, s) + insert + value.slice(e), caret: s + insert.length };
}
