/**
 * The fingerprint of the printed text and the read-back of printed figures: a .docx the site made says it is unedited;
 * Word's way of splitting runs changes nothing; a figure changed in document.xml is found with both values; an edit of
 * the words alone changes no figure; a figure whose words were rewritten is "not found", never guessed; a .docx without
 * the record (made before it existed) is read with today's wording.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/data/load.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { checkPrinted, figuresAsTyped, withPrinted } from '../../../src/lib/printed/check.ts';
import { fingerprintOf, partText, type PrintedText } from '../../../src/lib/printed/text.ts';
import { evaluate, figureWindows } from '../../../src/lib/report/index.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { renderBytes } from '../../support/render.ts';
import { editDocumentXml, wordEdit } from '../../support/word-edit.ts';
import { examples, monthly, templates } from '../../support/fixtures.ts';
import { FILES, PAKN, unitDraft, type UnitFigures } from '../../support/rollup-units.ts';

const catalogue = loadCatalogue();
const figures: UnitFigures = {
  // 295 received = 15 carried + 180 online + 100 in person; 280 settled (100 early, 177 on time, 3 late); 13 pending (4 overdue).
  files: {
    'tong-nhan': 295,
    'tu-ky-truoc': 15,
    'moi-tiep-nhan': 280,
    'moi-truc-tuyen': 180,
    'moi-truc-tiep': 100,
    'tong-da-giai-quyet': 280,
    'da-truoc-han': 100,
    'da-dung-han': 177,
    'da-qua-han': 3,
    'tong-dang-giai-quyet': 13,
    'dang-trong-han': 9,
    'dang-qua-han': 4,
    'tra-lai-rut': 2,
  },
  pakn: { 'tiep-nhan': 6, 'dung-han': 4, 'qua-han': 1, 'dang-xu-ly': 1 },
};
const draft = unitDraft(3, figures);
const TOTAL = `${FILES}.tong-nhan`;

function printedOf(bytes: Uint8Array): PrintedText {
  const r = parseDraftDocx(bytes, null);
  if (!r.ok || !r.printed) throw new Error(r.ok ? 'no printed text' : r.error);
  return r.printed;
}
const check = (bytes: Uint8Array, d: Draft = draft) => checkPrinted(monthly, d, printedOf(bytes), catalogue);

describe('the printed text', () => {
  it('joins runs however they are split, folds spaces, skips deleted text, field codes and fallbacks', () => {
    const a =
      '<w:p><w:r><w:t>Tổng số 295</w:t></w:r><w:r><w:t xml:space="preserve"> hồ sơ</w:t></w:r></w:p><w:p><w:r><w:t>Hết.</w:t></w:r></w:p>';
    const b =
      '<w:p><w:r><w:t>Tổng </w:t></w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="1"><w:t>số</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r>' +
      '<w:ins><w:r><w:t>95</w:t></w:r></w:ins><w:del><w:r><w:delText>96</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:t xml:space="preserve">  hồ sơ </w:t></w:r></w:p><mc:AlternateContent><mc:Choice/><mc:Fallback><w:t>hộp</w:t></mc:Fallback></mc:AlternateContent><w:p><w:r><w:t>Hết.</w:t></w:r></w:p>';
    expect(partText(a)).toBe('Tổng số 295 hồ sơ Hết.');
    expect(partText(b)).toBe('Tổng số 295 hồ sơ Hết.');
    expect(partText('<w:t>a &amp; b &#x1EA0;</w:t>')).toBe('a & b Ạ');
  });

  it('has a fingerprint that changes with one character', () => {
    expect(fingerprintOf('Tổng số 295 hồ sơ')).toMatch(/^1:[0-9a-f]{16}$/);
    expect(fingerprintOf('Tổng số 295 hồ sơ')).toBe(fingerprintOf('Tổng số 295 hồ sơ'));
    expect(fingerprintOf('Tổng số 295 hồ sơ')).not.toBe(fingerprintOf('Tổng số 395 hồ sơ'));
  });
});

describe('a .docx the site made', () => {
  it('records the fingerprint of its text, and says every example is unedited', { timeout: 60_000 }, async () => {
    for (const { draft: d } of examples) {
      const p = printedOf(await renderBytes(templates.get(d.kind)!, d, catalogue));
      expect(p.recorded, d.kind).toBe(p.fingerprint);
      expect(checkPrinted(templates.get(d.kind)!, d, p, catalogue), d.kind).toEqual({ edited: false, differences: [], unfound: [] });
    }
  });

  it('records where each figure is printed, and every window is found in the text as printed', async () => {
    const bytes = await renderBytes(monthly, draft, catalogue);
    const p = printedOf(bytes);
    expect(p.windows).toEqual(figureWindows(monthly, draft, catalogue));
    const keys = new Set(p.windows!.map((w) => w.key));
    for (const k of ['tong-nhan', 'moi-truc-tuyen', 'da-qua-han', 'dang-qua-han', 'ty-le-dung-han'])
      expect(keys).toContain(`${FILES}.${k}`);
    expect(keys).toContain(`${PAKN}.tiep-nhan`);
    // Read back as if edited: every figure found, none different.
    expect(checkPrinted(monthly, draft, { ...p, recorded: 'x' }, catalogue)).toEqual({ edited: true, differences: [], unfound: [] });
  });
});

describe('a .docx edited in Word', () => {
  it('finds a figure changed in document.xml, with runs split as Word splits them', async () => {
    const edited = editDocumentXml(await renderBytes(monthly, draft, catalogue), (xml) => wordEdit(xml, '295 hồ sơ', '395 hồ sơ'));
    const c = check(edited);
    expect(c).toEqual({ edited: true, differences: [{ figure: TOTAL, printed: 395, draft: 295 }], unfound: [] });
    // Taking the printed figures: the typed total becomes 395 and the engine flags what no longer adds up.
    const taken = withPrinted(monthly, draft, c);
    expect((taken.values[FILES] as Record<string, number>)['tong-nhan']).toBe(395);
    expect(evaluate(monthly, taken, catalogue).issues.some((i) => i.key.startsWith(`rule:${FILES}:tong-nhan=`))).toBe(true);
  });

  it('tells two figures with the same words apart by where they stand ("quá hạn")', async () => {
    const late = figures.files['da-qua-han'];
    const pendingLate = figures.files['dang-qua-han'];
    const shown = (x: number) => `${String(x).padStart(2, '0')} hồ sơ`;
    const bytes = await renderBytes(monthly, draft, catalogue);
    const xml = (b: Uint8Array) => (parseDraftDocx(b, null) as { printed: PrintedText }).printed.text;
    const text = xml(bytes);
    // The second "Quá hạn …" (files still pending and overdue) changed to 17.
    const second = text.indexOf(`Quá hạn ${shown(pendingLate)}`, text.indexOf(`Quá hạn ${shown(late)}`) + 1);
    expect(second).toBeGreaterThan(0);
    const nth = late === pendingLate ? 1 : 0;
    const edited = editDocumentXml(bytes, (x) => wordEdit(x, `Quá hạn ${shown(pendingLate)}`, 'Quá hạn 17 hồ sơ', nth));
    expect(check(edited).differences).toEqual([{ figure: `${FILES}.dang-qua-han`, printed: 17, draft: pendingLate }]);
  });

  it('says an edit of the words alone changed the text but no figure', async () => {
    const edited = editDocumentXml(await renderBytes(monthly, draft, catalogue), (xml) =>
      wordEdit(xml, 'Tình hình tiếp nhận và xử lý', 'Kết quả tiếp nhận và xử lý'),
    );
    const c = check(edited);
    expect(c.edited).toBe(true);
    expect(figuresAsTyped(c)).toBe(true);
  });

  it('cannot find a figure whose words were rewritten, and never guesses it', async () => {
    const edited = editDocumentXml(await renderBytes(monthly, draft, catalogue), (xml) =>
      wordEdit(xml, 'Tổng số hồ sơ nhận giải quyết', 'Tổng cộng đã nhận'),
    );
    const c = check(edited);
    expect(c.edited).toBe(true);
    expect(c.unfound).toEqual([TOTAL]);
    expect(c.differences).toEqual([]);
  });

  it('reads a .docx made before anything was recorded with the wording this site prints', async () => {
    const bytes = await renderBytes(monthly, draft, catalogue);
    const { recorded: _r, windows: _w, ...old } = printedOf(editDocumentXml(bytes, (xml) => wordEdit(xml, '295 hồ sơ', '395 hồ sơ')));
    expect(checkPrinted(monthly, draft, old, catalogue)).toEqual({
      differences: [{ figure: TOTAL, printed: 395, draft: 295 }],
      unfound: [],
    });
    const { recorded: _r2, windows: _w2, ...unedited } = printedOf(bytes);
    expect(checkPrinted(monthly, draft, unedited, catalogue)).toEqual({ differences: [], unfound: [] });
  });
});
