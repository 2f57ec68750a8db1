/** Files dropped on the roll-up page: the site's .docx and .json, a saved roll-up, and files that cannot be used. */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readFile, readMessages } from '../../../src/lib/rollup/read.ts';
import { parseRollup, parseMessages } from '../../../src/lib/rollup/parse.ts';
import { addReports, emptyRollup, serializeRollup, ROLLUP_VERSION } from '../../../src/lib/rollup/state.ts';
import { trimDraft } from '../../../src/lib/rollup/summary.ts';
import { renderBytes } from '../../support/render.ts';
import { docxImportMessages } from '../../../src/lib/drafts/docx-import.ts';
import { importMessages } from '../../../src/lib/drafts/import.ts';
import { DRAFT_VERSION } from '../../../src/lib/drafts/constants.ts';
import { monthly } from '../../support/fixtures.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { FILES, random, unitDraft, unitFigures } from '../../support/rollup-units.ts';

const figures = unitFigures(random(2));
const draft = unitDraft(4, figures);

describe('readFile', () => {
  it('reads the draft a .docx made by the site carries, and an exported .json', async () => {
    const bytes = await renderBytes(monthly, draft, CATALOGUE);
    const fromDocx = readFile('phuong.docx', bytes);
    expect(fromDocx).toMatchObject({ ok: true, type: 'report' });
    if (fromDocx.ok && fromDocx.type === 'report') expect(fromDocx.draft.values[FILES]).toEqual(figures.files);
    const fromJson = readFile('phuong.json', strToU8(JSON.stringify(draft)));
    expect(fromJson).toMatchObject({ ok: true, type: 'report' });
  });

  it('says in Vietnamese why a file cannot be used', () => {
    const fail = (name: string, bytes: Uint8Array) => {
      const r = readFile(name, bytes);
      if (r.ok) throw new Error(`${name} được đọc`);
      return r.error;
    };
    expect(fail('hong.docx', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toBe(docxImportMessages.damaged);
    expect(fail('cu.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBe(docxImportMessages.legacyDoc);
    expect(fail('anh.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))).toBe(readMessages.notReport);
    expect(fail('ghi-chu.txt', strToU8('Số liệu tháng 11'))).toBe(readMessages.notReport);
    expect(fail('rong.json', new Uint8Array())).toBe(importMessages.empty);
    expect(fail('do.json', strToU8('{"format": "cam-nang-cchc/draft",'))).toBe(importMessages.malformed);
    expect(fail('moi.json', strToU8(JSON.stringify({ ...draft, version: DRAFT_VERSION + 1 })))).toBe(
      importMessages.newer(DRAFT_VERSION + 1),
    );
    const invalid = fail('sai.json', strToU8(JSON.stringify({ ...draft, header: { ...draft.header, date: 5 } })));
    expect(invalid).toMatch(/^Bản nháp có dữ liệu không hợp lệ/);
    expect(invalid).not.toContain('đang mở');
  });

  it('reads a saved roll-up; a damaged report in it is dropped and named, the others kept', () => {
    const state = addReports(
      { ...emptyRollup(), kind: monthly.id },
      [0, 1, 2].map((i) => ({ file: `bc-${i}.docx`, draft: trimDraft(monthly, unitDraft(i, unitFigures(random(i)))) })),
      '2026-11-30T08:00:00Z',
    ).state;
    state.settings.expected = 'Xã An Lợi';
    const text = serializeRollup(state);
    const r = readFile('tong-hop.json', strToU8(text));
    expect(r).toMatchObject({ ok: true, type: 'rollup' });
    if (r.ok && r.type === 'rollup') expect(r.rollup.state).toEqual(JSON.parse(text));
    const raw = JSON.parse(text);
    raw.units[1].draft.header.period = 'tháng 11';
    const parsed = parseRollup(raw);
    expect(parsed).toMatchObject({ ok: true, dropped: ['bc-1.docx'] });
    if (parsed.ok) expect(parsed.state.units.map((u) => u.file)).toEqual(['bc-0.docx', 'bc-2.docx']);
    expect(parseRollup({ ...raw, version: ROLLUP_VERSION + 1 })).toEqual({ ok: false, error: parseMessages.newer(ROLLUP_VERSION + 1) });
    expect(parseRollup({ format: 'khac' })).toEqual({ ok: false, error: parseMessages.foreign });
  });

  it('reads a saved roll-up’s settings: a text setting of another type reads as "", a missing one as empty, the others as saved', () => {
    const raw = JSON.parse(serializeRollup({ ...emptyRollup(), kind: monthly.id }));
    raw.settings = { issuer: 5, signName: 'Nguyễn Văn A', collector: 'huyen', targets: { 'a.b': 90 }, texts: 'x' };
    delete raw.settings.expected;
    const parsed = parseRollup(raw);
    expect(parsed.ok && parsed.state.settings).toEqual({
      ...emptyRollup().settings,
      issuer: '',
      signName: 'Nguyễn Văn A',
      collector: '',
      targets: { 'a.b': 90 },
      texts: {},
    });
  });

  it('keeps only what is rolled up of a unit’s report', () => {
    const t = trimDraft(monthly, unitDraft(0, figures));
    expect(Object.keys(t.values).sort()).toEqual(
      [
        'ket-qua/giai-quyet-tthc:so-lieu',
        'ket-qua/pakn:so-lieu',
        'ket-qua/quy-dinh-tthc/cat-giam:tthc-noi-bo',
        'ket-qua/quy-dinh-tthc/danh-gia-tac-dong:so-lieu',
      ].sort(),
    );
    expect(t.header.basis).toBe('');
  });
});
