/**
 * Reads the custom XML data parts of a .docx, found by the namespace of their root element, never by file name:
 * Word and LibreOffice may renumber customXml/itemN.xml when they save. Pure (no DOM), so it runs in Node too.
 */
import { strFromU8 } from 'fflate';
import { LIMITS } from '../files/limits.ts';
import { readEntry, zipEntries, ZipFormatError, type ZipEntry, type ZipLimits } from '../files/zip.ts';

export type CustomXmlPart = { name: string; namespace: string; text: string };

/**
 * Why a file is not a readable .docx: not a zip or cut short ("damaged"), a zip that is not a Word document (a
 * .xlsx…), or an accepted part whose XML is broken ("malformed": unclosed, or a character reference to no character).
 */
export class DocxReadError extends Error {
  declare readonly reason: 'damaged' | 'not-docx' | 'malformed';
  constructor(reason: 'damaged' | 'not-docx' | 'malformed') {
    super(reason);
    this.reason = reason;
  }
}

/** Parts of a .docx are read within these limits (limits.ts): a zip bomb is refused, never inflated. */
const DOCX_LIMITS: ZipLimits = { part: LIMITS.draftPartBytes, total: LIMITS.draftPartBytes * 4 };

/**
 * The XML parts whose root element's namespace `accept`s, with the root's text content (CDATA sections joined,
 * entities decoded). Throws DocxReadError: not a zip, cut short, or an accepted part that does not parse; or
 * FileLimitError (limits.ts) for a part too large or too compressed.
 */
export function findCustomXmlParts(bytes: Uint8Array, accept: (namespace: string) => boolean): CustomXmlPart[] {
  const { word, parts } = readParts(bytes, accept);
  if (!parts.length && !word) throw new DocxReadError('not-docx');
  return parts;
}

function readParts(bytes: Uint8Array, accept: (namespace: string) => boolean): { word: boolean; parts: CustomXmlPart[] } {
  // The document's own parts (word/…: the text, styles, numbering) are never custom XML data and make most of the
  // bytes: leaving them packed makes reading a .docx several times faster (the roll-up reads a hundred at once).
  const read = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry && readEntry(bytes, entry, DOCX_LIMITS);
  };
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes, DOCX_LIMITS).filter((e) => /\.xml$/i.test(e.name) && !e.name.startsWith('word/'));
  } catch (e) {
    throw e instanceof ZipFormatError ? new DocxReadError('damaged') : e;
  }
  const parts: CustomXmlPart[] = [];
  for (const { name } of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (name === '[Content_Types].xml') continue;
    let data;
    try {
      data = read(name)!;
    } catch (e) {
      throw e instanceof ZipFormatError ? new DocxReadError('damaged') : e;
    }
    const { xml, broken } = decodeXml(data);
    const root = rootElement(xml);
    if (!root || !accept(root.namespace)) continue;
    const text = root.text();
    if (broken) throw new DocxReadError('damaged');
    if (text === undefined) throw new DocxReadError('malformed');
    parts.push({ name, namespace: root.namespace, text });
  }
  let types;
  try {
    types = read('[Content_Types].xml');
  } catch (e) {
    throw e instanceof ZipFormatError ? new DocxReadError('damaged') : e;
  }
  return { word: !!types && /wordprocessingml|ms-word/.test(strFromU8(types)), parts };
}

/** UTF-8 unless a byte-order mark says UTF-16 (Word may write either); `broken` when the bytes are not valid text. */
function decodeXml(data: Uint8Array): { xml: string; broken: boolean } {
  const encoding = data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { xml: new TextDecoder(encoding, { fatal: true }).decode(data), broken: false };
  } catch {
    return { xml: new TextDecoder(encoding).decode(data), broken: true };
  }
}

/** The root element's namespace, and its text (undefined when the element is not closed), read only when asked. */
export function rootElement(xml: string): { namespace: string; text: () => string | undefined } | undefined {
  const prolog = /^(?:\uFEFF)?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/.exec(xml)![0].length;
  const start = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(prolog));
  if (!start) return undefined;
  const [tag, name, attrs, selfClosing] = start;
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
  const nsAttr = [...attrs.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].find(
    (a) => a[1] === (prefix ? `xmlns:${prefix}` : 'xmlns'),
  );
  const namespace = nsAttr ? decodeEntities(nsAttr[2] ?? nsAttr[3] ?? '') : '';
  if (selfClosing) return { namespace, text: () => '' };
  const from = prolog + tag.length;
  return {
    namespace,
    text: () => {
      const to = xml.lastIndexOf(`</${name}`);
      return to < from || !/^<\/[^>]*>\s*$/.test(xml.slice(to)) ? undefined : textContent(xml.slice(from, to));
    },
  };
}

/** CDATA sections as they are, other text with its entities decoded, markup (child elements, comments) left out. */
function textContent(inner: string): string {
  let out = '';
  for (const m of inner.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[^>]*>|([^<]+)/g)) {
    if (m[1] !== undefined) out += m[1];
    else if (m[2] !== undefined) out += decodeEntities(m[2]);
  }
  return out;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A character XML allows (XML 1.0 §2.2): a reference to anything else (&#x110000;, &#0;, a surrogate) is malformed. */
const xmlChar = (c: number) =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    if (!xmlChar(code)) throw new DocxReadError('malformed');
    return String.fromCodePoint(code);
  });
}
