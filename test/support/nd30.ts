import { readFileSync } from 'node:fs';
import { unzip } from './zip.ts';
import { fileURLToPath } from 'node:url';
import { check } from './check-nd30.mjs';
import { queueSchemaCheck } from './ooxml.ts';

/**
 * The Decree 30 layout checker, vendored from ../shared/reference/check-nd30.mjs so CI on a fresh clone has it;
 * test/unit/support/nd30-checker.test.ts keeps the copy identical to the reference when the reference is present.
 */
export const nd30CheckerPath = fileURLToPath(new URL('./check-nd30.mjs', import.meta.url));

export type Nd30Result = { id: string; ok: boolean; detail: string };

/** Every rule's result for a .docx on disk. */
export function checkNd30(docxPath: string): Nd30Result[] {
  queueSchemaCheck(docxPath);
  return check(docxPath);
}

/** One part of a .docx (a zip), e.g. "word/document.xml", as text. */
export function docxPart(docx: string, name: string): string {
  queueSchemaCheck(docx);
  const part = unzip(readFileSync(docx)).get(name);
  if (!part) throw new Error(`${docx} không có ${name}`);
  return part.toString('utf8');
}

/** The visible text of document.xml, paragraphs joined by "\n" (runs split by Word are joined back). */
export function docxText(docx: string): string {
  const xml = docxPart(docx, 'word/document.xml');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
