/**
 * Word rejects a .docx whose XML breaks the ECMA-376 schemas ("unreadable content"); LibreOffice does not. Every .docx
 * the tests make is checked against the ECMA-376 transitional schemas (Part 4) and the packaging schemas (Part 2)
 * with xmllint, after Markup Compatibility processing (Part 3) as Word does it: attributes and elements of ignorable
 * namespaces Word does not need to understand are dropped, mc:AlternateContent keeps its mc:Fallback.
 *
 * The schemas are not in this repository (see schemaDir): they are read from $OOXML_SCHEMAS, or from
 * shared/ooxml-schemas/ beside the checkout, laid out as Ecma ships them (transitional/*.xsd, opc-*.xsd, xml.xsd…).
 *
 * Tests queue the documents they make (queueSchemaCheck, called by checkNd30, docxText, assertDocxXml…); each test
 * file validates its queue at the end in one xmllint run (test/support/ooxml-setup.ts). A failure names the
 * document, the part, the element and the line of the part as validated (one element a line), with that line.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzip } from './zip.ts';
import { formatWordProblems, sample, sampleSize, validateForWord, wordValidator } from './word-check.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the schemas are: $OOXML_SCHEMAS, or the first shared/ooxml-schemas/ found beside the checkout. */
export function schemaDir(): string | undefined {
  const candidates = [process.env.OOXML_SCHEMAS, join(root, '../shared/ooxml-schemas'), join(root, '../../shared/ooxml-schemas')];
  return candidates.find((d): d is string => !!d && existsSync(join(d, 'transitional', 'wml.xsd')));
}

/** Namespaces the ECMA-376 schemas define, which Markup Compatibility processing keeps. */
const UNDERSTOOD = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/picture',
  'http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes',
  'http://schemas.openxmlformats.org/schemaLibrary/2006/main',
  'http://schemas.openxmlformats.org/officeDocument/2006/customXml',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
  'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  'http://schemas.openxmlformats.org/package/2006/content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
  'http://purl.org/dc/dcmitype/',
  'http://www.w3.org/2001/XMLSchema-instance',
  'http://www.w3.org/XML/1998/namespace',
  'urn:schemas-microsoft-com:vml',
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:word',
]);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

type Node = { name: string; attrs: [string, string][]; children: (Node | string)[] };

/** A small parser for the XML a .docx holds: elements, attributes, text, CDATA; declarations and comments dropped. */
function parse(xml: string): Node {
  const top: Node = { name: '#root', attrs: [], children: [] };
  const stack = [top];
  const re =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|(<!\[CDATA\[[\s\S]*?\]\]>)|<(\/?)([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(re)) {
    const parent = stack[stack.length - 1];
    if (m[1]) parent.children.push(m[1]);
    else if (m[6] !== undefined) parent.children.push(m[6]);
    else if (m[3] && m[2]) stack.pop();
    else if (m[3]) {
      const attrs = [...(m[4] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a): [string, string] => [
        a[1],
        a[2] ?? a[3],
      ]);
      const node: Node = { name: m[3], attrs, children: [] };
      parent.children.push(node);
      if (!m[5]) stack.push(node);
    }
  }
  return top;
}

const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');
const localOf = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Markup Compatibility processing (ECMA-376 Part 3) of one element, for a consumer that understands the ECMA-376
 * namespaces only: returns what replaces it (itself, its Fallback's content, or nothing).
 */
function compat(node: Node, scope: Map<string, string>, ignorable: Set<string>): (Node | string)[] {
  const ns = new Map(scope);
  for (const [k, v] of node.attrs) if (k === 'xmlns' || k.startsWith('xmlns:')) ns.set(k === 'xmlns' ? '' : k.slice(6), v);
  const uri = (name: string, attribute = false) => (attribute && !name.includes(':') ? '' : (ns.get(prefixOf(name)) ?? ''));
  const ign = new Set(ignorable);
  for (const [k, v] of node.attrs)
    if (uri(k, true) === MC && localOf(k) === 'Ignorable') for (const p of v.split(/\s+/).filter(Boolean)) ign.add(ns.get(p) ?? p);
  const elementUri = uri(node.name);
  if (elementUri === MC && localOf(node.name) === 'AlternateContent') {
    const branches = node.children.filter((c): c is Node => typeof c !== 'string');
    const understood = (b: Node) =>
      (b.attrs.find(([k]) => localOf(k) === 'Requires')?.[1] ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .every((p) => UNDERSTOOD.has(ns.get(p) ?? ''));
    const chosen =
      branches.find((b) => localOf(b.name) === 'Choice' && understood(b)) ?? branches.find((b) => localOf(b.name) === 'Fallback');
    return chosen ? chosen.children.flatMap((c) => (typeof c === 'string' ? [c] : compat(c, ns, ign))) : [];
  }
  if (!UNDERSTOOD.has(elementUri) && ign.has(elementUri)) return [];
  const attrs = node.attrs.filter(([k]) => {
    if (k === 'xmlns' || k.startsWith('xmlns:')) return true;
    const u = uri(k, true);
    return u !== MC && !(u && !UNDERSTOOD.has(u) && ign.has(u));
  });
  return [{ name: node.name, attrs, children: node.children.flatMap((c) => (typeof c === 'string' ? [c] : compat(c, ns, ign))) }];
}

/** The element as XML, each start tag on a line of its own, so that xmllint's line numbers point at an element. */
function serialize(node: Node | string): string {
  if (typeof node === 'string') return node;
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
  if (!node.children.length) return `\n<${node.name}${attrs}/>`;
  return `\n<${node.name}${attrs}>${node.children.map(serialize).join('')}</${node.name}>`;
}

/** A part after Markup Compatibility processing, ready for the schemas. */
export function compatibilityProcessed(xml: string): string {
  const top = parse(xml);
  const rootElement = top.children.find((c): c is Node => typeof c !== 'string');
  if (!rootElement) throw new Error('no root element');
  return `<?xml version="1.0" encoding="UTF-8"?>${compat(rootElement, new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]), new Set())
    .map(serialize)
    .join('')}\n`;
}

/** One schema that imports every namespace a .docx's parts use (xml.xsd first: wml.xsd imports it without a location). */
function driverSchema(dir: string, into: string): string {
  const imports: [string, string][] = [
    ['http://www.w3.org/XML/1998/namespace', 'xml.xsd'],
    // Dublin Core, for the core properties (opc-coreProperties.xsd names them by their web address).
    ['http://purl.org/dc/elements/1.1/', 'dc.xsd'],
    ['http://purl.org/dc/terms/', 'dcterms.xsd'],
    ['http://purl.org/dc/dcmitype/', 'dcmitype.xsd'],
    ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'transitional/wml.xsd'],
    ['http://schemas.openxmlformats.org/drawingml/2006/main', 'transitional/dml-main.xsd'],
    ['http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'transitional/shared-documentPropertiesExtended.xsd'],
    ['http://schemas.openxmlformats.org/officeDocument/2006/custom-properties', 'transitional/shared-documentPropertiesCustom.xsd'],
    ['http://schemas.openxmlformats.org/officeDocument/2006/customXml', 'transitional/shared-customXmlDataProperties.xsd'],
    ['http://schemas.openxmlformats.org/package/2006/metadata/core-properties', 'opc-coreProperties.xsd'],
    ['http://schemas.openxmlformats.org/package/2006/content-types', 'opc-contentTypes.xsd'],
    ['http://schemas.openxmlformats.org/package/2006/relationships', 'opc-relationships.xsd'],
  ];
  const file = join(into, 'docx.xsd');
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n${imports
      .filter(([, path]) => existsSync(join(dir, path)))
      .map(([ns, path]) => `  <xsd:import namespace="${ns}" schemaLocation="${join(dir, path)}"/>`)
      .join('\n')}\n</xsd:schema>\n`,
  );
  return file;
}

/** Parts the schemas cover: everything XML but the custom XML data itself (our draft, free-form by design). */
const validatedPart = (name: string) => /\.(xml|rels)$/.test(name) && !/^customXml\/item\d+\.xml$/.test(name);

export type SchemaProblem = { document: string; part: string; line: number; element: string; message: string; text: string };

/**
 * Validates documents in one xmllint run; returns every problem (none when all are valid). Custom XML data parts
 * (customXml/itemN.xml) are checked for well-formedness only.
 */
export function validateDocx(documents: { label: string; bytes: Uint8Array }[], dir = schemaDir()): SchemaProblem[] {
  if (!dir) throw new Error(schemaMissingMessage());
  mkdirSync(join(root, 'test-output'), { recursive: true });
  const work = mkdtempSync(join(root, 'test-output', 'ooxml-'));
  try {
    const schema = driverSchema(dir, work);
    const files = new Map<string, { document: string; part: string; text: string }>();
    const freeForm: string[] = [];
    documents.forEach((doc, i) => {
      for (const [part, data] of unzip(doc.bytes)) {
        if (!/\.(xml|rels)$/.test(part)) continue;
        const file = join(work, String(i), part);
        mkdirSync(dirname(file), { recursive: true });
        const text = validatedPart(part) ? compatibilityProcessed(data.toString('utf8')) : data.toString('utf8');
        writeFileSync(file, text);
        files.set(file, { document: doc.label, part, text });
        if (!validatedPart(part)) freeForm.push(file);
      }
    });
    const problems: SchemaProblem[] = [];
    const run = (args: string[], paths: string[]) => {
      for (let i = 0; i < paths.length; i += 1000) {
        const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, ...paths.slice(i, i + 1000)], {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        });
        if (r.error) throw new Error(`xmllint: ${r.error.message} (cài libxml2-utils: bash scripts/setup.sh --tests)`);
        // 0: all valid, 1: a part is not well-formed, 3: a part breaks the schema; anything else: the schemas did not load.
        const verdicts = (r.stderr.match(/ (validates|fails to validate)$/gm) ?? []).length;
        if (![0, 1, 3].includes(r.status ?? -1) || (args.length && verdicts !== Math.min(1000, paths.length - i)))
          throw new Error(`xmllint (${r.status}) did not validate the parts:\n${r.stderr.slice(0, 2000)}`);
        for (const line of r.stderr.split('\n')) {
          const m = /^(.+?):(\d+): (?:element (\S+): )?(.*)$/.exec(line);
          const at = m && files.get(m[1]);
          if (!m || !at) continue;
          const n = Number(m[2]);
          problems.push({
            document: at.document,
            part: at.part,
            line: n,
            element: m[3] ?? '',
            message: m[4],
            text: (at.text.split('\n')[n - 1] ?? '').slice(0, 240),
          });
        }
      }
    };
    run(
      ['--schema', schema],
      [...files.keys()].filter((f) => !freeForm.includes(f)),
    );
    run([], freeForm);
    return problems;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const schemaMissingMessage = () =>
  'Không tìm thấy các lược đồ ECMA-376 (transitional/wml.xsd…): đặt chúng vào shared/ooxml-schemas/ cạnh thư mục dự án hoặc chỉ đường dẫn bằng biến OOXML_SCHEMAS.';

export const formatProblems = (problems: SchemaProblem[]) =>
  problems.map((p) => `${p.document} › ${p.part}:${p.line}: ${p.element ? `<${p.element}> ` : ''}${p.message}\n    ${p.text}`).join('\n');

// ── The queue of each test file ───────────────────────────────────────────────────────────────────────────────────
const queue = new Map<string, { label: string; bytes: Uint8Array }>();

/** Queues a .docx the test made (a path or its bytes) for the schema check at the end of the test file. */
export function queueSchemaCheck(docx: string | Uint8Array, label?: string): void {
  const bytes = typeof docx === 'string' ? new Uint8Array(readFileSync(docx)) : docx;
  const key = createHash('sha1').update(bytes).digest('hex');
  if (!queue.has(key))
    queue.set(key, { label: label ?? (typeof docx === 'string' ? relative(root, docx) : `(${bytes.length} bytes)`), bytes });
}

/**
 * Validates the queued documents and empties the queue: every one with xmllint when the schemas are here, a sample with
 * the Open XML SDK validator (word-check.ts); throws with every problem.
 */
export async function flushSchemaChecks(testFile: string): Promise<void> {
  if (!queue.size) return;
  const documents = [...queue.values()];
  queue.clear();
  const log = join(root, 'test-output', 'ooxml-schema-check.log');
  mkdirSync(dirname(log), { recursive: true });
  const file = relative(root, testFile);
  const errors: string[] = [];
  const dir = schemaDir();
  if (!dir) appendFileSync(log, `missing\t${documents.length}\t${file}\n`);
  else {
    const problems = validateDocx(documents, dir);
    appendFileSync(log, `checked\t${documents.length}\t${file}\t${problems.length}\n`);
    if (problems.length)
      errors.push(`${problems.length} lỗi theo lược đồ ECMA-376 (Word có thể từ chối mở tệp):\n${formatProblems(problems.slice(0, 40))}`);
  }
  const exe = wordValidator();
  const chosen = sample(documents, sampleSize(documents.length));
  if (!exe) appendFileSync(log, `word-missing\t${documents.length}\t${file}\n`);
  else if (chosen.length) {
    const problems = await validateForWord(chosen, exe, join(root, 'test-output'));
    appendFileSync(log, `word\t${chosen.length}\t${file}\t${problems.length}\t${documents.length}\n`);
    if (problems.length)
      errors.push(`${problems.length} lỗi theo Open XML SDK (Word có thể từ chối mở tệp):\n${formatWordProblems(problems.slice(0, 40))}`);
  }
  if (errors.length) throw new Error(errors.join('\n\n'));
}
