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

/**
 * The paragraphs of a signing cell: the right cell of the last two-column table whose right cell has a paragraph reading
 * `name` (the signer's), each with its text and whether every run is bold at 13-14 pt.
 */
export function signingCell(docx: string, name: string): { text: string; boldTitleSize: boolean }[] {
  const xml = docxPart(docx, 'word/document.xml');
  const cells = (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((t) =>
    (
      t
        .match(/<w:tc>[\s\S]*?<\/w:tc>/g)
        ?.at(-1)
        ?.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []
    )
      .map((p) => {
        const runs = p.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
        const text = decodeXml([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
        const ok = runs.every((r) => !/<w:t/.test(r) || (/<w:b\/>/.test(r) && /<w:sz w:val="2[678]"\/>/.test(r)));
        return { text, boldTitleSize: ok };
      })
      .filter((p) => p.text.trim()),
  );
  return cells.filter((c) => c.some((p) => p.text === name)).at(-1) ?? [];
}

/** Titles the reference checker knows as signing alone ("sign.authority" finds only these or a TM./KT./Q./TL./TUQ. line). */
const CHECKER_TITLES = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.)\s|^(CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG ĐOÀN|GIÁM ĐỐC|TRƯỞNG BAN)$/;

/**
 * The Decree 30 checker for a document whose authority may sign in its own right under any title ("CHÁNH VĂN PHÒNG",
 * "TRƯỞNG PHÒNG"): Decree 30 allows it, the reference checker looks only for TM./KT./Q./TL./TUQ. or five titles. When no
 * printed signing line is one of those, its two signature rules are judged on the signing cell instead: the lines
 * printed (`lines`, then `name`) in that order, bold, 13-14 pt.
 */
export function checkNd30Signed(docxPath: string, lines: string[], name: string): Nd30Result[] {
  const results = checkNd30(docxPath);
  if (lines.some((l) => CHECKER_TITLES.test(l))) return results;
  const cell = signingCell(docxPath, name);
  const expected = [...lines, name].filter((l) => l.trim());
  const ok = JSON.stringify(cell.map((p) => p.text)) === JSON.stringify(expected) && cell.every((p) => p.boldTitleSize);
  return results.map((r) =>
    r.id === 'sign.authority' || r.id === 'sign.name'
      ? { ...r, ok, detail: `signing in its own right: ${cell.map((p) => p.text).join(' / ')} (bold, 13-14 pt in the signing cell)` }
      : r,
  );
}

const decodeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
