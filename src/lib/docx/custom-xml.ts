/**
 * Adds a custom XML data part to a finished .docx (the zip `docx` wrote): the part (customXml/itemN.xml), its
 * properties (customXml/itemPropsN.xml: an id and the schema its root element belongs to), the properties'
 * relationship, the main document's relationship to the part and the properties' content type. Word and
 * LibreOffice keep such parts on open-and-save and show nothing of them. The `docx` library writes custom XML only
 * for bibliographies, so this works on the zip's bytes with fflate: only the parts it changes or adds are compressed,
 * the others are copied as they are stored.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { joinZip, zipEntries } from './zip-entries.ts';

const NS_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const NS_DS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
const REL_CUSTOM_XML = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const REL_CUSTOM_XML_PROPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const CT_PROPS = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** `xml`: the part's whole text (declaration included); `schema`: its root element's namespace, named in the properties. */
export function addCustomXmlPart(docx: Uint8Array, xml: string, schema: string, itemId = newGuid()): Uint8Array {
  const entries = zipEntries(docx);
  const names = new Set(entries.map((e) => e.name));
  const read = (wanted: string[]) => unzipSync(docx, { filter: (f) => wanted.includes(f.name) });
  const text = (files: Record<string, Uint8Array>, name: string) => {
    const data = files[name];
    if (!data) throw new Error(`.docx: thiếu ${name}`);
    return strFromU8(data);
  };
  const main = mainDocumentPart(text(read(['_rels/.rels']), '_rels/.rels'));
  const mainRels = relsPathOf(main);
  const files = read(['[Content_Types].xml', mainRels]);
  let n = 1;
  while (names.has(`customXml/item${n}.xml`) || names.has(`customXml/itemProps${n}.xml`)) n++;

  const changed: Zippable = {};
  changed['[Content_Types].xml'] = strToU8(withPropsContentType(text(files, '[Content_Types].xml'), `/customXml/itemProps${n}.xml`));
  changed[mainRels] = strToU8(
    withRelationship(
      files[mainRels] ? text(files, mainRels) : emptyRels(),
      REL_CUSTOM_XML,
      `${'../'.repeat(depth(main))}customXml/item${n}.xml`,
    ),
  );
  changed[`customXml/item${n}.xml`] = strToU8(xml);
  changed[`customXml/itemProps${n}.xml`] = strToU8(
    `${XML_DECL}<ds:datastoreItem ds:itemID="{${itemId}}" xmlns:ds="${NS_DS}"><ds:schemaRefs><ds:schemaRef ds:uri="${escapeAttr(schema)}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  changed[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `${XML_DECL}<Relationships xmlns="${NS_RELS}"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const fresh = new Map(zipEntries(zipSync(changed, { level: 6 })).map((e) => [e.name, e]));
  // Changed parts keep their place; new ones come last.
  return joinZip([...entries.map((e) => fresh.get(e.name) ?? e), ...[...fresh.values()].filter((e) => !names.has(e.name))]);
}

/** The main document part's name ("word/document.xml"), from the package's relationships. */
function mainDocumentPart(rootRels: string): string {
  const rel = relationships(rootRels).find((r) => r.type === REL_OFFICE_DOCUMENT);
  if (!rel) throw new Error('.docx: không thấy phần văn bản chính');
  return rel.target.replace(/^\//, '');
}

const depth = (part: string) => part.split('/').length - 1;
const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};
const emptyRels = () => `${XML_DECL}<Relationships xmlns="${NS_RELS}"></Relationships>`;

type Rel = { id: string; type: string; target: string };
function relationships(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b([^>]*)>/g)].map((m) => ({
    id: attr(m[1], 'Id'),
    type: attr(m[1], 'Type'),
    target: attr(m[1], 'Target'),
  }));
}
const attr = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined) ?? '';

/** Adds a relationship with an id no other relationship of the part has ("rId11" after rId1…rId10). */
function withRelationship(xml: string, type: string, target: string): string {
  const ids = new Set(relationships(xml).map((r) => r.id));
  let k = ids.size + 1;
  while (ids.has(`rId${k}`)) k++;
  return insertBeforeClose(xml, 'Relationships', `<Relationship Id="rId${k}" Type="${type}" Target="${escapeAttr(target)}"/>`);
}

function withPropsContentType(xml: string, partName: string): string {
  let out = xml;
  if (!/<Default\b[^>]*\bExtension\s*=\s*["']xml["']/i.test(out))
    out = insertBeforeClose(out, 'Types', '<Default Extension="xml" ContentType="application/xml"/>');
  return insertBeforeClose(out, 'Types', `<Override PartName="${escapeAttr(partName)}" ContentType="${CT_PROPS}"/>`);
}

function insertBeforeClose(xml: string, root: string, element: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  const selfClosing = new RegExp(`<${root}\\b([^>]*?)\\s*/>`).exec(xml);
  if (!selfClosing) throw new Error(`.docx: không thấy <${root}>`);
  return xml.replace(selfClosing[0], `<${root}${selfClosing[1]}>${element}</${root}>`);
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A random GUID; `getRandomValues` works on plain http too, where `randomUUID` does not. */
function newGuid(): string {
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`.toUpperCase();
}
