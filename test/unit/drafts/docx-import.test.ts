/**
 * Every .docx carries its draft (src/lib/drafts/embedded.ts) and "Nhập bản nháp" brings it back from the .docx
 * alone (src/lib/drafts/docx-import.ts), through the same pipeline as the builder's download.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { renderBytes } from '../../support/render.ts';
import { renderDocx } from '../../../src/lib/docx/render.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { addCustomXmlPart } from '../../../src/lib/docx/custom-xml.ts';
import { docxImportMessages, parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { EMBED_NAMESPACE, draftXml, embeddedDraft } from '../../../src/lib/drafts/embedded.ts';
import { importMessages } from '../../../src/lib/drafts/import.ts';
import { isWordFile } from '../../../src/lib/drafts/file-kind.ts';
import { DRAFT_VERSION } from '../../../src/lib/drafts/constants.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { loadCatalogue } from '../../../src/data/load.ts';
import { docxText } from '../../support/nd30.ts';
import { assertDocxXml, failures, runChecker, writeOut } from '../../support/helpers.ts';
import { examples, exampleOf, templates } from '../../support/fixtures.ts';

const catalogue = loadCatalogue();
const render = async (draft: Draft) => await renderBytes(templates.get(draft.kind)!, draft, catalogue);
/** What a restored draft must equal: the original as JSON keeps it, without the time it was saved. */
const typed = (d: Draft) => JSON.parse(JSON.stringify({ ...d, updatedAt: '' }));
const restore = (bytes: Uint8Array, kind: string) => {
  const r = parseDraftDocx(bytes, kind);
  if (!r.ok) throw new Error(r.error);
  return r.draft;
};

/** UTF-16 little-endian with its byte-order mark. */
function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) out.set([s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8], 2 + 2 * i);
  return out;
}

/** The zip's files, changed by `edit`, zipped again (as another program saving the file would). */
function rezip(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => Record<string, Uint8Array>): Uint8Array {
  return zipSync(edit(unzipSync(bytes)));
}

/** Every relationship of the package points at a part that exists; ids are unique; every part has a content type. */
function assertPackage(bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  const types = strFromU8(files['[Content_Types].xml']);
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => m[1].slice(1)));
  for (const name of Object.keys(files)) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    expect(overrides.has(name) || defaults.has(name.split('.').pop()!.toLowerCase()), `content type of ${name}`).toBe(true);
  }
  for (const o of overrides) expect(files[o], `override ${o}`).toBeDefined();
  for (const relsName of Object.keys(files).filter((n) => n.endsWith('.rels'))) {
    const xml = strFromU8(files[relsName]);
    const ids = [...xml.matchAll(/ Id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size, `${relsName} ids`).toBe(ids.length);
    const base = relsName.replace(/(^|\/)_rels\/[^/]*\.rels$/, '$1');
    for (const m of xml.matchAll(/<Relationship [^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]+)"/.exec(m[0])![1];
      const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
      const resolved = parts.reduce<string[]>((acc, p) => (p === '..' ? acc.slice(0, -1) : [...acc, p]), []).join('/');
      expect(files[resolved], `${relsName} → ${target}`).toBeDefined();
    }
  }
}

describe('every example: download → import the .docx → download again', () => {
  it('reads the examples from content/examples', () => expect(examples.length).toBeGreaterThanOrEqual(7));

  for (const { draft } of examples) {
    it(`${draft.kind}: the restored draft equals the original and both .docx have the same text`, async () => {
      const first = await render({ ...draft, updatedAt: '2026-11-30T08:00:00.000Z' });
      assertDocxXml(first);
      assertPackage(first);
      const firstFile = writeOut(`roundtrip-${draft.kind}-1.docx`, first);
      expect(failures(runChecker(firstFile))).toEqual([]);
      const restored = restore(first, draft.kind);
      expect(typed(restored)).toEqual(typed(draft));
      const secondFile = writeOut(`roundtrip-${draft.kind}-2.docx`, await render(restored));
      expect(docxText(secondFile)).toBe(docxText(firstFile));
    });
  }
});

describe('what the .docx carries', () => {
  it('this draft as typed, without its save time, other drafts or storage keys', async () => {
    const draft = { ...exampleOf('bao-cao-tthc-thang'), updatedAt: '2026-11-30T08:00:00.000Z' };
    const files = unzipSync(await render(draft));
    const parts = Object.keys(files).filter((n) => n.startsWith('customXml/'));
    expect(parts.sort()).toEqual(['customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml']);
    const xml = strFromU8(files['customXml/item1.xml']);
    expect(xml).toMatch(new RegExp(`<draft xmlns="${EMBED_NAMESPACE}"><!\\[CDATA\\[\\{`));
    const carried = JSON.parse(/<!\[CDATA\[([\s\S]*)\]\]>/.exec(xml)![1]);
    expect(Object.keys(carried).sort()).toEqual(
      Object.keys(draft)
        .filter((k) => k !== 'updatedAt')
        .sort(),
    );
    expect(carried).toEqual(embeddedDraft(draft));
    expect(xml).not.toContain('2026-11-30T08:00');
    expect(xml).not.toContain('cchc:v1:');
    expect(strFromU8(files['customXml/itemProps1.xml'])).toMatch(
      new RegExp(
        `ds:itemID="\\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\\}".*<ds:schemaRef ds:uri="${EMBED_NAMESPACE}"/>`,
      ),
    );
  });

  it('keeps every character, "]]>", NFD accents, emoji and characters XML forbids, in valid XML', async () => {
    const nasty = 'a]]>b]]]]>c <&>"\' \uFFFE\uFFFF \u0085 \u0000\u0007\r\n e\u0301 Hoa\u0300i 😀 \uD800 \u2028 &amp; <![CDATA[x]]>';
    const draft = exampleOf('bao-cao-cchc-dinh-ky');
    draft.name = `Tên ${nasty}`;
    draft.closing = nasty;
    draft.header.basis = nasty;
    const xml = draftXml(draft);
    expect(xml.match(/\]\]>/g)).toHaveLength(1);
    const bytes = await render(draft);
    assertDocxXml(bytes);
    expect(typed(restore(bytes, draft.kind))).toEqual(typed(draft));
  });

  it('adds a relationship id and part names that collide with none already there', () => {
    const rels = (b: Uint8Array) => strFromU8(unzipSync(b)['word/_rels/document.xml.rels']);
    return renderDocx(buildDocument(templates.get('bao-cao-tthc-thang')!, exampleOf('bao-cao-tthc-thang'), catalogue)).then((plain) => {
      const once = addCustomXmlPart(plain, '<?xml version="1.0"?><a xmlns="urn:x"/>', 'urn:x');
      const twice = addCustomXmlPart(once, '<?xml version="1.0"?><b xmlns="urn:y"/>', 'urn:y');
      assertPackage(twice);
      const ids = [...rels(twice).matchAll(/ Id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe([...rels(plain).matchAll(/ Id="/g)].length + 2);
      expect(Object.keys(unzipSync(twice)).filter((n) => /^customXml\/item\d\.xml$/.test(n))).toEqual([
        'customXml/item1.xml',
        'customXml/item2.xml',
      ]);
    });
  });
});

describe('importing a .docx', () => {
  const kind = 'bao-cao-cchc-dinh-ky';
  const draft = exampleOf(kind);

  it('finds the draft by its namespace: renumbered, another prefix, escaped text instead of CDATA, UTF-16', async () => {
    const bytes = await render(draft);
    const json = JSON.stringify(embeddedDraft(draft));
    const escaped = json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const variants = [
      `<?xml version="1.0"?>\n<!-- saved by another program -->\n<c:draft xmlns:c="${EMBED_NAMESPACE}">${escaped}</c:draft>`,
      `<draft xmlns='${EMBED_NAMESPACE}'><![CDATA[${json.slice(0, 100)}]]><![CDATA[${json.slice(100)}]]></draft>\n`,
    ];
    for (const xml of variants)
      for (const encode of [strToU8, utf16le]) {
        const moved = rezip(bytes, (f) => {
          const { ['customXml/item1.xml']: _, ...rest } = f;
          return { ...rest, 'customXml/item7.xml': encode(xml) };
        });
        expect(typed(restore(moved, kind))).toEqual(typed(draft));
      }
  });

  it('says what is wrong, in Vietnamese, and returns no draft', async () => {
    const bytes = await render(draft);
    const plain = await renderDocx(buildDocument(templates.get(kind)!, draft, catalogue));
    const withPart = (xml: string) => rezip(bytes, (f) => ({ ...f, 'customXml/item1.xml': strToU8(xml) }));
    const json = JSON.stringify(embeddedDraft(draft));
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
    });
    const cases: [string, Uint8Array, string][] = [
      ['empty file', new Uint8Array(), importMessages.empty],
      ['typed in Word, no draft inside', plain, docxImportMessages.noDraft],
      ['cut short', bytes.slice(0, Math.floor(bytes.length / 2)), docxImportMessages.damaged],
      ['not a zip', strToU8('Không phải tệp Word'), docxImportMessages.damaged],
      ['a spreadsheet', xlsx, docxImportMessages.notWord],
      ['a Word 97–2003 .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), docxImportMessages.legacyDoc],
      [
        'a newer way of embedding',
        withPart(`<draft xmlns="urn:cam-nang-cchc:draft:9"><![CDATA[${json}]]></draft>`),
        docxImportMessages.newer,
      ],
      [
        'a draft of a newer format version',
        withPart(
          `<draft xmlns="${EMBED_NAMESPACE}"><![CDATA[${JSON.stringify({ ...embeddedDraft(draft), version: DRAFT_VERSION + 1 })}]]></draft>`,
        ),
        importMessages.newer(DRAFT_VERSION + 1),
      ],
      ['the part cut short', withPart(`<draft xmlns="${EMBED_NAMESPACE}"><![CDATA[${json.slice(0, 200)}`), docxImportMessages.malformed],
      [
        'broken JSON',
        withPart(`<draft xmlns="${EMBED_NAMESPACE}"><![CDATA[${json.slice(0, 200)}]]></draft>`),
        docxImportMessages.malformed,
      ],
      [
        'a reference to no character',
        withPart(`<draft xmlns="${EMBED_NAMESPACE}">{"name":"&#x110000;"}</draft>`),
        docxImportMessages.malformed,
      ],
      ['a reference to NUL', withPart(`<draft xmlns="${EMBED_NAMESPACE}">{"name":"&#0;"}</draft>`), docxImportMessages.malformed],
      ['a lone surrogate', withPart(`<draft xmlns="${EMBED_NAMESPACE}">{"name":"&#xD800;"}</draft>`), docxImportMessages.malformed],
      [
        'a shape no draft has (nested 100 000 deep)',
        withPart(
          `<draft xmlns="${EMBED_NAMESPACE}"><![CDATA[${json.replace('"values":{', `"values":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)},`)}]]></draft>`,
        ),
        importMessages.invalid('values.x'),
      ],
      ['not a draft', withPart(`<draft xmlns="${EMBED_NAMESPACE}"><![CDATA[{"name":"x"}]]></draft>`), importMessages.foreign],
    ];
    for (const [what, file, message] of cases) expect(parseDraftDocx(file, kind), what).toEqual({ ok: false, error: message });
    const other = parseDraftDocx(bytes, 'bao-cao-tthc-thang', {
      [kind]: 'Báo cáo CCHC định kỳ',
      'bao-cao-tthc-thang': 'Báo cáo TTHC tháng',
    });
    expect(other).toEqual({ ok: false, error: importMessages.otherKind('Báo cáo CCHC định kỳ', 'Báo cáo TTHC tháng') });
    for (const m of Object.values(docxImportMessages)) expect(m).toMatch(/[ạảãáàâăđêôơư]/);
  });

  it('tells a Word file from a .json by its first bytes, or by its name when it is cut short', () => {
    expect(isWordFile('bao-cao.docx', strToU8('PK\u0003\u0004…'))).toBe(true);
    expect(isWordFile('ten-la.bin', strToU8('PK\u0003\u0004…'))).toBe(true);
    expect(isWordFile('bao-cao.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe(true);
    expect(isWordFile('BAO-CAO.DOCX', new Uint8Array())).toBe(true);
    expect(isWordFile('ban-nhap.json', strToU8('{"format":"cam-nang-cchc/draft"}'))).toBe(false);
  });
});
