/** Shared test helpers: an XML well-formedness check, the Decree 30 checker, fixtures. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry } from '../../src/schemas/catalogue.ts';
import { ROOT } from '../../src/data/load.ts';

import { checkNd30, type Nd30Result } from './nd30.ts';
import { unzip } from './zip.ts';
import { queueSchemaCheck } from './ooxml.ts';
export { unzip };
export const OUT = join(ROOT, 'test-output');
mkdirSync(OUT, { recursive: true });

/**
 * Throws unless `xml` is well-formed XML 1.0: legal characters only, balanced and properly nested tags,
 * quoted attributes without duplicates, known or numeric entities.
 */
export function assertWellFormedXml(xml: string, name = 'xml'): void {
  const fail = (msg: string, at: number) => {
    throw new Error(`${name}: ${msg} at ${at}: ${JSON.stringify(xml.slice(Math.max(0, at - 40), at + 40))}`);
  };
  // eslint-disable-next-line no-control-regex -- XML 1.0's allowed characters include tab, LF and CR
  const illegal = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (illegal) fail(`illegal character U+${illegal[0].codePointAt(0)!.toString(16)}`, illegal.index);
  const stack: string[] = [];
  const re =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = re.exec(xml))) {
    if (m[6]) fail('stray "<"', m.index);
    if (m[5] !== undefined) {
      const bad = /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(m[5]);
      if (bad) fail('bad entity', m.index + bad.index);
      if (!stack.length && m[5].trim()) fail('text outside the root element', m.index);
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) fail(`unexpected </${m[2]}>`, m.index);
      continue;
    }
    const names = [...(m[3] ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) fail('duplicate attribute', m.index);
    for (const a of (m[3] ?? '').matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const v = a[1] ?? a[2] ?? '';
      if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(v)) fail('bad entity in attribute', m.index);
    }
    if (!stack.length) roots++;
    if (roots > 1) fail('more than one root element', m.index);
    if (!m[4]) stack.push(m[2]);
  }
  if (stack.length) fail(`unclosed <${stack.at(-1)}>`, xml.length);
  if (roots !== 1) fail('no root element', 0);
}

/** Every XML part of a .docx parses. Returns the parts. */
export function assertDocxXml(bytes: Uint8Array): Map<string, Buffer> {
  queueSchemaCheck(bytes);
  const files = unzip(bytes);
  for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml'])
    if (!files.has(part)) throw new Error(`missing ${part}`);
  for (const [name, data] of files) if (/\.(xml|rels)$/.test(name)) assertWellFormedXml(data.toString('utf8'), name);
  return files;
}

export type CheckResult = Nd30Result;
/** The Decree 30 checker's rule results for a file (run in-process). */
export const runChecker = (file: string): CheckResult[] => checkNd30(file);
export const failures = (results: CheckResult[]) => results.filter((r) => !r.ok);

export function writeOut(name: string, bytes: Uint8Array): string {
  const file = join(OUT, name);
  writeFileSync(file, bytes);
  return file;
}

/** A small in-memory catalogue (the real one is written elsewhere). */
export const CATALOGUE: CatalogueEntry[] = [
  {
    // A fictional provincial plan: the engine's targets are tested against it, not against a real legal fact.
    id: 'ke-hoach-tinh-thu',
    kind: 'Kế hoạch',
    number: '15/KH-UBND',
    issued: '2026-01-15',
    issuer: 'Ủy ban nhân dân tỉnh Thử',
    title: 'cải cách hành chính năm 2026',
    summary: 'Kế hoạch giao chỉ tiêu (dữ liệu thử).',
    status: 'in-force',
    amends: [],
    amendedBy: [],
    replaces: [],
    replacedBy: [],
    sources: [{ url: 'https://example.org/ke-hoach-tinh-thu', secondary: false }],
    unverified: [],
    statusChecked: { date: '2026-11-30', against: 'Thử.' },
    history: [],
  },
  {
    id: '61-2018-nd-cp',
    kind: 'Nghị định',
    number: '61/2018/NĐ-CP',
    issued: '2018-04-23',
    issuer: 'Chính phủ',
    title: 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    summary: 'Cơ chế một cửa.',
    status: 'replaced',
    replacedBy: ['118-2025-nd-cp'],
    amends: [],
    amendedBy: [],
    replaces: [],
    sources: [{ url: 'https://example.org/61-2018-nd-cp', secondary: false }],
    unverified: [],
    statusChecked: { date: '2026-11-30', against: 'Thử.' },
    history: [{ date: '2025-07-01', status: 'replaced', note: 'Thử.' }],
  },
];
