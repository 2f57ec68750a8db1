/**
 * A fuzz over every file the site reads (issue 19): the builder's "Nhập bản nháp" (.json, .docx), the spreadsheet
 * import (.xlsx, .xls, HTML saved as .xls, .csv, pasted cells) and the roll-up's reading, fed valid files mutated by the
 * hostile classes at small sizes — cut short, bytes flipped, zip bombs, characters XML forbids (&#x110000;), broken XML
 * or JSON inside a draft part, drafts of impossible shapes, huge strings and deep nesting, `__proto__` keys, random
 * bytes. Each case ends in a valid result or a Vietnamese message, within a time bound, with the stored drafts and
 * Object.prototype unchanged.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseDraftFile } from '../../../src/lib/drafts/import.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { readFile } from '../../../src/lib/rollup/read.ts';
import { BIEU06_TARGETS, importFigures, readPasted, readSheet, SheetReadError } from '../../../src/lib/import/index.ts';
import { DraftShelf } from '../../../src/lib/drafts/shelf.ts';
import { addDraft } from '../../../src/lib/drafts/library.ts';
import { memoryKv } from '../../../src/lib/storage/memory.ts';
import { renderBytes } from '../../support/render.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { exampleOf, templates } from '../../support/fixtures.ts';
import { random } from '../../support/rollup-units.ts';
import { bombDocx, bombXlsx } from '../../support/bomb.ts';
import { bieu06Grid, delimitedText, workbookOf, writeBook } from '../import/fixtures.ts';

const KIND = 'bao-cao-tthc-thang';
const VIETNAMESE = /[ạảãáàâăđêôơưệếọ]/;
// A guard against a case that hangs or inflates (minutes), not a speed goal: those are in `npm run bench`.
const BOUND_MS = 15_000;
const rnd = random(1919);
const pick = <T>(xs: T[]) => xs[rnd.int(0, xs.length - 1)];

/** Byte-level mutations of any file. */
const byteMutations: [string, (b: Uint8Array) => Uint8Array][] = [
  ['cut short', (b) => b.slice(0, rnd.int(0, b.length - 1))],
  [
    'bytes flipped',
    (b) => {
      const c = b.slice();
      for (let i = 0; i < 8; i++) c[rnd.int(0, c.length - 1)] ^= 1 << rnd.int(0, 7);
      return c;
    },
  ],
  ['random bytes', () => Uint8Array.from({ length: rnd.int(0, 4000) }, () => rnd.int(0, 255))],
  ['empty', () => new Uint8Array()],
];

/** Draft-JSON mutations (the text of a draft), for .json files and the part inside a .docx. */
const jsonMutations: [string, (json: string) => string][] = [
  ['JSON cut short', (j) => j.slice(0, rnd.int(1, j.length - 1))],
  ['__proto__ keys', (j) => j.replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},')],
  ['values of the wrong type', (j) => j.replace('"values":{', '"values":{"x":[1,{"y":null}],')],
  ['values an array', (j) => j.replace(/"values":\{/, '"values":[],"_v":{')],
  ['nested 50 000 deep', (j) => j.replace('"values":{', `"values":{"x":${'['.repeat(50_000)}${']'.repeat(50_000)},`)],
  ['a huge string', (j) => j.replace('"name":"', `"name":"${'Ư'.repeat(200_000)}`)],
  ['a lone surrogate escaped', (j) => j.replace('"name":"', '"name":"\\ud800')],
  ['not a draft', () => '{"format":"khac","version":1}'],
  ['a newer version', (j) => j.replace(/"version":\d+/, '"version":99')],
  ['another kind', (j) => j.replace(/"kind":"[^"]+"/, '"kind":"bao-cao-cchc-dinh-ky"')],
];

/** Mutations of the draft part inside a .docx (its XML, not its bytes). */
const partMutations: [string, (xml: string) => string][] = [
  [
    '&#x110000; in the part',
    (x) =>
      x.replace(/<!\[CDATA\[([\s\S]*)\]\]>/, (_, j: string) =>
        j.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace('"name":"', '"name":"&#x110000;'),
      ),
  ],
  ['&#0; in the part', (x) => x.replace('<![CDATA[', '&#0;<![CDATA[')],
  ['XML not closed', (x) => x.replace('</draft>', '')],
  ['CDATA not closed', (x) => x.replace(']]>', '')],
  ['an empty part', () => '<draft xmlns="urn:cam-nang-cchc:draft:1"/>'],
  ...jsonMutations.map(([w, f]): [string, (x: string) => string] => [
    w,
    (x) => x.replace(/<!\[CDATA\[([\s\S]*)\]\]>/, (_, j: string) => `<![CDATA[${f(j)}]]>`),
  ]),
];

const isMessage = (error: string) => expect(error, error).toMatch(VIETNAMESE);
const timed = async <T>(what: string, run: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const r = await run();
  expect(performance.now() - t0, what).toBeLessThan(BOUND_MS);
  return r;
};

describe('fuzz over every file the site reads', () => {
  it(
    'builder import, roll-up reading: each case a valid draft or a Vietnamese message; stored drafts unchanged',
    { timeout: 120_000 },
    async () => {
      const draft = exampleOf(KIND);
      const json = JSON.stringify({ ...draft, updatedAt: undefined });
      const docx = await renderBytes(templates.get(KIND)!, draft, CATALOGUE);
      const files = unzipSync(docx);
      const part = Object.keys(files).find(
        (n) => /^customXml\/item\d+\.xml$/.test(n) && strFromU8(files[n]).includes('urn:cam-nang-cchc:draft'),
      )!;
      const withPart = (xml: string) => zipSync({ ...files, [part]: strToU8(xml) });

      // Drafts stored on this computer before the imports: they must not change.
      const kv = memoryKv();
      const shelf = new DraftShelf<Draft>(kv, KIND);
      shelf.change({ change: (i) => addDraft(i, { id: 'a', name: 'Đã lưu', updatedAt: '' }) }, [['a', draft]]);
      await shelf.flush();
      const before = JSON.stringify(await kv.read(['cchc:v1:drafts:' + KIND, 'cchc:v1:draft:a']));
      const protoKeys = Object.getOwnPropertyNames(Object.prototype).join();

      const cases: [string, string, Uint8Array][] = [];
      for (const [what, m] of jsonMutations) cases.push([`.json: ${what}`, 'ban-nhap.json', strToU8(m(json))]);
      for (const [what, m] of byteMutations) for (let k = 0; k < 3; k++) cases.push([`.json ${what}`, 'ban-nhap.json', m(strToU8(json))]);
      for (const [what, m] of partMutations) cases.push([`.docx: ${what}`, 'bao-cao.docx', withPart(m(strFromU8(files[part])))]);
      for (const [what, m] of byteMutations) for (let k = 0; k < 6; k++) cases.push([`.docx ${what}`, 'bao-cao.docx', m(docx)]);
      cases.push(
        ['.docx: a bomb (64 MB in 64 KB)', 'bom.docx', bombDocx(64 * 2 ** 20)],
        ['.docx: a lying bomb', 'bom.docx', bombDocx(64 * 2 ** 20, true)],
      );
      cases.push([
        '.docx: no draft, 20 000 parts',
        'nhieu.docx',
        zipSync(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`p${i}.xml`, strToU8('<a/>')]))),
      ]);

      let valid = 0;
      for (const [what, name, bytes] of cases) {
        const word = name.endsWith('.docx');
        const imported = await timed(what, () =>
          word ? parseDraftDocx(bytes, KIND) : parseDraftFile(new TextDecoder().decode(bytes), KIND),
        );
        if (imported.ok) {
          valid++;
          expect(imported.draft.kind, what).toBe(KIND);
        } else isMessage(imported.error);
        const rolled = await timed(what, () => readFile(name, bytes));
        if (!rolled.ok) isMessage(rolled.error);
      }
      expect(valid).toBeGreaterThan(0);
      expect(valid).toBeLessThan(cases.length);
      expect(JSON.stringify(await kv.read(['cchc:v1:drafts:' + KIND, 'cchc:v1:draft:a']))).toBe(before);
      expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(protoKeys);
      expect(({} as { polluted?: number }).polluted).toBeUndefined();
    },
  );

  it(
    'spreadsheet import (.xlsx, .xls, HTML-as-.xls, .csv, pasted): each case figures or a Vietnamese message',
    { timeout: 120_000 },
    async () => {
      const fx = bieu06Grid({ rows: 12 });
      // Cells of every hostile kind in figure columns: dates, errors, text, negatives, huge numbers, control characters.
      const odd = [new Date(1904, 11, 31), '#DIV/0!', 'chưa có', -5, 1e308, '\u0000\u001f', '=SUM(A1:A2)', '31/12/1904', ''];
      for (const r of fx.dataRows.slice(0, 6)) fx.cells[r - 1][rnd.int(2, 8)] = pick(odd) as never;
      const wb = workbookOf([{ name: 'Biểu 06', grid: fx }]);
      const formats: [string, Uint8Array][] = [
        ['bieu06.xlsx', writeBook(wb, 'xlsx')],
        ['bieu06.xls', writeBook(wb, 'xls')],
        ['bieu06.ods', writeBook(wb, 'ods')],
        [
          'bieu06-html.xls',
          strToU8(
            `<html><body><table>${fx.cells.map((r) => `<tr>${r.map((c) => `<td>${c == null ? '' : String(c)}</td>`).join('')}</tr>`).join('')}</table></body></html>`,
          ),
        ],
        [
          'bieu06.csv',
          strToU8(
            delimitedText(
              fx.cells.map((r) => r.map((c) => ((c as unknown) instanceof Date ? '31/12/1904' : c))),
              ';',
            ),
          ),
        ],
      ];
      const cases: [string, string, Uint8Array][] = [];
      for (const [name, bytes] of formats) {
        cases.push([`${name} as made`, name, bytes]);
        for (const [what, m] of byteMutations) for (let k = 0; k < 3; k++) cases.push([`${name} ${what}`, name, m(bytes)]);
      }
      cases.push(
        ['a bomb (300 MB in 300 KB)', 'bom.xlsx', bombXlsx(300 * 2 ** 20)],
        ['a lying bomb', 'bom.xlsx', bombXlsx(300 * 2 ** 20, true)],
      );
      let read = 0;
      for (const [what, name, bytes] of cases) {
        const r = await timed(what, async () => {
          try {
            return importFigures(await readSheet(bytes, name), BIEU06_TARGETS);
          } catch (e) {
            expect(e, `${what}: ${String(e)}`).toBeInstanceOf(SheetReadError);
            isMessage((e as Error).message);
            return undefined;
          }
        });
        if (!r) continue;
        read++;
        // A problem cell is never a number applied: every figure taken is a finite, non-negative count.
        for (const v of Object.values(r.figures.values))
          if (v.value !== null) expect(Number.isInteger(v.value) && v.value >= 0, what).toBe(true);
        for (const c of r.figures.columns) isMessage(c.message);
      }
      expect(read).toBeGreaterThanOrEqual(formats.length);
      for (let k = 0; k < 20; k++) {
        const text = Array.from({ length: rnd.int(0, 30) }, () =>
          Array.from({ length: rnd.int(0, 12) }, () => pick([...odd.map(String), '1.234', '"a\tb"', '"', '\r\n'])).join('\t'),
        ).join('\n');
        const r = await timed('pasted cells', () => importFigures(readPasted(text), BIEU06_TARGETS));
        if (r) for (const v of Object.values(r.figures.values)) if (v.value !== null) expect(v.value >= 0).toBe(true);
      }
    },
  );
});
