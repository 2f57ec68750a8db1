/**
 * Reads the custom XML data parts of a .docx, found by the namespace of their root element, never by file name:
 * Word and LibreOffice may renumber customXml/itemN.xml when they save. Pure (no DOM), so it runs in Node too.
 */
import { strFromU8, unzipSync } from 'fflate';

/** `attributes`: the root element's, by qualified name, entities decoded (the draft's root records the printed text's fingerprint). */
export type CustomXmlPart = { name: string; namespace: string; text: string; attributes: Record<string, string> };

/** Why a file is not a readable .docx: not a zip or cut short ("damaged"), or a zip that is not a Word document (a .xlsx…). */
export class DocxReadError extends Error {
  readonly reason: 'damaged' | 'not-docx';
  constructor(reason: 'damaged' | 'not-docx') {
    super(reason);
    this.reason = reason;
  }
}

/**
 * The XML parts whose root element's namespace `accept`s, with the root's text content (CDATA sections joined,
 * entities decoded). Throws DocxReadError: not a zip, cut short, or an accepted part that does not parse.
 */
export function findCustomXmlParts(bytes: Uint8Array, accept: (namespace: string) => boolean): CustomXmlPart[] {
  const { word, parts } = readParts(bytes, accept);
  if (!parts.length && !word) throw new DocxReadError('not-docx');
  return parts;
}

function readParts(bytes: Uint8Array, accept: (namespace: string) => boolean): { word: boolean; parts: CustomXmlPart[] } {
  let files: Record<string, Uint8Array>;
  try {
    // The document's own parts (word/…: the text, styles, numbering) are never custom XML data and make most of the
    // bytes: leaving them packed makes reading a .docx several times faster (the roll-up reads a hundred at once).
    files = unzipSync(bytes, { filter: (f) => /\.xml$/i.test(f.name) && !f.name.startsWith('word/') });
  } catch {
    throw new DocxReadError('damaged');
  }
  const parts: CustomXmlPart[] = [];
  for (const name of Object.keys(files).sort()) {
    const { xml, broken } = decodeXml(files[name]);
    const root = rootElement(xml);
    if (!root || !accept(root.namespace)) continue;
    const text = root.text();
    if (broken || text === undefined) throw new DocxReadError('damaged');
    parts.push({ name, namespace: root.namespace, text, attributes: root.attributes });
  }
  const types = files['[Content_Types].xml'];
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
export function rootElement(
  xml: string,
): { namespace: string; attributes: Record<string, string>; text: () => string | undefined } | undefined {
  const prolog = /^(?:\uFEFF)?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/.exec(xml)![0].length;
  const start = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(prolog));
  if (!start) return undefined;
  const [tag, name, attrs, selfClosing] = start;
  const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
  const attributes: Record<string, string> = {};
  for (const a of attrs.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes[a[1]] = decodeEntities(a[2] ?? a[3] ?? '');
  const namespace = attributes[prefix ? `xmlns:${prefix}` : 'xmlns'] ?? '';
  if (selfClosing) return { namespace, attributes, text: () => '' };
  const from = prolog + tag.length;
  return {
    namespace,
    attributes,
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
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NAMED[e],
  );
}
