/**
 * Delimited text: CSV files (";" as Excel writes it on a Vietnamese Windows, or ","), and cells copied from
 * Excel (tab-separated, "\r\n" rows, cells holding tabs, line breaks or quotes wrapped in "…" with "" inside).
 * Cells stay text: "1.234" is read later as one thousand two hundred thirty-four, not 1.234.
 */

export type Delimiter = '\t' | ';' | ',';
const CANDIDATES: Delimiter[] = ['\t', ';', ','];

/** Splits text into rows of cells (RFC 4180 quoting); trailing empty lines are dropped. */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1].every((c) => c === '')) rows.pop();
  return rows;
}

/**
 * Picks the delimiter that splits the first lines most consistently into more than one cell: Excel's
 * "sep=;" first line wins; otherwise tab, then ";", then "," on a tie (a ";" file with decimal commas
 * splits unevenly on ",").
 */
export function detectDelimiter(text: string): Delimiter {
  const sep = /^sep=(.)\r?\n/.exec(text);
  if (sep && (CANDIDATES as string[]).includes(sep[1])) return sep[1] as Delimiter;
  const sample = text.slice(0, 20_000);
  let best: { d: Delimiter; score: number } = { d: CANDIDATES[0], score: -1 };
  for (const d of CANDIDATES) {
    const lines = parseDelimited(sample, d)
      .slice(0, 30)
      .filter((r) => r.some((c) => c.trim() !== ''));
    if (!lines.length) continue;
    const counts = new Map<number, number>();
    for (const r of lines) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [width, freq] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    if (width < 2) continue;
    const score = freq / lines.length + Math.min(width, 20) / 1000;
    if (score > best.score + 1e-9) best = { d, score };
  }
  return best.d;
}

/** Drops Excel's "sep=;" line, if any. */
export const stripSepLine = (text: string) => text.replace(/^sep=.\r?\n/, '');
