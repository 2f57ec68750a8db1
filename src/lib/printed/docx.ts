/**
 * The printed text of a .docx (text.ts) read from its bytes, with what its draft's part recorded: the fingerprint of
 * the text then, and where each figure was printed. Only the text's parts are inflated besides the draft's.
 */
import { strFromU8 } from 'fflate';
import { DOCX_LIMITS } from '../docx/custom-xml-read.ts';
import { readEntry, zipEntries } from '../files/zip.ts';
import { PRINTED_PARTS, fingerprintOf, printedText, type FigureWindow, type PrintedText } from './text.ts';

const wanted = new Set<string>(PRINTED_PARTS);

/**
 * The printed text of a .docx whose draft part recorded `recorded` and `figures` (its attributes). Throws on a damaged
 * zip, or a text part over the limits of every file read (src/lib/files/).
 */
export function readPrinted(bytes: Uint8Array, recorded: string | undefined, figures: string | undefined): PrintedText {
  const parts = zipEntries(bytes, DOCX_LIMITS)
    .filter((e) => wanted.has(e.name))
    .map((e) => [e.name, strFromU8(readEntry(bytes, e, DOCX_LIMITS))]);
  const text = printedText(Object.fromEntries(parts));
  const windows = parseWindows(figures);
  return { text, fingerprint: fingerprintOf(text), ...(recorded ? { recorded } : {}), ...(windows ? { windows } : {}) };
}

/** The recorded windows (`[{ k, v, w }]`), or undefined when absent or not of that shape. */
export function parseWindows(json: string | undefined): FigureWindow[] | undefined {
  if (!json) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(raw)) return undefined;
  const out: FigureWindow[] = [];
  for (const x of raw as { k?: unknown; v?: unknown; w?: unknown }[])
    if (typeof x?.k === 'string' && typeof x.v === 'number' && Number.isFinite(x.v) && typeof x.w === 'string')
      out.push({ key: x.k, value: x.v, window: x.w });
    else return undefined;
  return out;
}
