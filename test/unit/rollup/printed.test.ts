/**
 * What was signed is what is counted: a unit's .docx edited after download (a figure changed in document.xml) is read,
 * flagged with both values, counted as printed unless the officer chooses the draft, and the choice is kept in the
 * saved roll-up; figures that cannot be found are counted from the draft with a flag; an edit of the words alone is a
 * quiet note; the same report sent again is "gửi lại, không đổi", never "dùng báo cáo mới hơn".
 */
import { describe, expect, it } from 'vitest';
import { readFile } from '../../../src/lib/rollup/read.ts';
import { parseRollup } from '../../../src/lib/rollup/parse.ts';
import { computeRollup } from '../../../src/lib/rollup/compute.ts';
import { addReports, emptyRollup, serializeRollup, setCount, type Incoming } from '../../../src/lib/rollup/state.ts';
import { trimDraft } from '../../../src/lib/rollup/summary.ts';
import { checkPrinted } from '../../../src/lib/printed/check.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { renderBytes } from '../../support/render.ts';
import { editDocumentXml, wordEdit } from '../../support/word-edit.ts';
import { monthly } from '../../support/fixtures.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { FILES, random, unitDraft, unitFigures, listNameOf } from '../../support/rollup-units.ts';

const rnd = random(31);
const figures = [0, 1, 2].map(() => unitFigures(rnd));
const drafts = figures.map((f, i) => unitDraft(i, f));
const TOTAL = `${FILES}.tong-nhan`;
const total = (i: number) => figures[i].files['tong-nhan'];

/** A unit's .docx as the page reads it: the draft and the check of its printed text. */
async function incoming(d: Draft, file: string, edit?: (xml: string) => string): Promise<Incoming> {
  let bytes = await renderBytes(monthly, d, CATALOGUE);
  if (edit) bytes = editDocumentXml(bytes, edit);
  const r = readFile(file, bytes);
  if (!r.ok || r.type !== 'report' || !r.printed) throw new Error('not read');
  return { file, draft: trimDraft(monthly, r.draft), printed: checkPrinted(monthly, r.draft, r.printed, CATALOGUE) };
}

describe('a report edited after download', () => {
  it('is flagged with both values and counted as printed; the draft when chosen; the choice kept in the saved roll-up', async () => {
    const shown = (x: number) => x.toLocaleString('de-DE');
    const files = [
      await incoming(drafts[0], 'a.docx', (xml) => wordEdit(xml, `${shown(total(0))} hồ sơ`, `${shown(total(0) + 100)} hồ sơ`)),
      await incoming(drafts[1], 'b.docx'),
    ];
    const state = { ...addReports({ ...emptyRollup(), kind: monthly.id }, files, 't').state };
    const r = computeRollup(monthly, state, CATALOGUE);
    const a = r.rows.find((x) => x.name === listNameOf(0))!;
    expect(a.flags.map((f) => f.type)).toContain('printed');
    const message = a.flags.find((f) => f.type === 'printed')!.message;
    expect(message).toContain(`Tổng số hồ sơ nhận giải quyết: in trong văn bản ${shown(total(0) + 100)}, bản nháp gốc ${shown(total(0))}`);
    expect(a.printed).toEqual({ differences: [{ figure: TOTAL, printed: total(0) + 100, draft: total(0) }], count: 'printed' });
    expect(a.figures[TOTAL]).toBe(total(0) + 100);
    // Counted as printed, the unit's own figures no longer add up: the engine says so.
    expect(a.flags.map((f) => f.type)).toContain('figures');
    expect(r.totals[TOTAL]).toBe(total(0) + 100 + total(1));
    expect(r.rows.find((x) => x.name === listNameOf(1))!.flags).toEqual([]);

    const chosen = setCount(state, a.id, 'draft');
    const d = computeRollup(monthly, chosen, CATALOGUE);
    expect(d.totals[TOTAL]).toBe(total(0) + total(1));
    expect(d.rows.find((x) => x.id === a.id)!.printed?.count).toBe('draft');
    expect(d.rows.find((x) => x.id === a.id)!.flags.map((f) => f.type)).not.toContain('figures');

    const back = parseRollup(JSON.parse(serializeRollup(chosen)));
    if (!back.ok) throw new Error(back.error);
    expect(back.state.units.find((u) => u.id === a.id)).toMatchObject({ count: 'draft', printed: files[0].printed });
    expect(computeRollup(monthly, back.state, CATALOGUE).totals[TOTAL]).toBe(total(0) + total(1));
  });

  it('counts from the draft, never silently, when the printed figures cannot be found', async () => {
    const files = [await incoming(drafts[0], 'a.docx', (xml) => wordEdit(xml, 'Tổng số hồ sơ nhận giải quyết', 'Tổng cộng hồ sơ'))];
    const r = computeRollup(monthly, addReports({ ...emptyRollup(), kind: monthly.id }, files, 't').state, CATALOGUE);
    const flag = r.rows[0].flags.find((f) => f.type === 'unverified')!;
    expect(flag.message).toContain('không đối chiếu được số liệu in trong văn bản (Tổng số hồ sơ nhận giải quyết)');
    expect(flag.message).toContain('đang tính theo bản nháp gốc');
    expect(r.totals[TOTAL]).toBe(total(0));
  });

  it('gives a quiet note when only the words were edited', async () => {
    const files = [await incoming(drafts[0], 'a.docx', (xml) => wordEdit(xml, 'Tình hình tiếp nhận', 'Kết quả tiếp nhận'))];
    const r = computeRollup(monthly, addReports({ ...emptyRollup(), kind: monthly.id }, files, 't').state, CATALOGUE);
    expect(r.rows[0].flags).toEqual([{ type: 'edited', message: expect.stringContaining('chỉ phần chữ'), quiet: true }]);
  });
});

describe('the same report sent twice', () => {
  it('is "gửi lại, không đổi" when nothing counted differs, and "dùng báo cáo mới hơn" only when it does', async () => {
    const first = await incoming(drafts[2], 'c.docx');
    const again = await incoming(drafts[2], 'c-gui-lai.docx');
    const { state, notes } = addReports(addReports({ ...emptyRollup(), kind: monthly.id }, [first], 't1').state, [again], 't2');
    expect(notes.map((n) => n.kind)).toEqual(['resent']);
    const row = computeRollup(monthly, state, CATALOGUE).rows[0];
    expect(row.flags).toEqual([{ type: 'resent', message: 'Gửi lại, không đổi (tệp c-gui-lai.docx).', quiet: true }]);
    const changed = structuredClone(drafts[2]);
    (changed.values[FILES] as Record<string, number>)['tra-lai-rut'] += 1;
    (changed.values[FILES] as Record<string, number>)['tong-nhan'] += 1;
    (changed.values[FILES] as Record<string, number>)['tu-ky-truoc'] += 1;
    const next = addReports(state, [await incoming(changed, 'c-sua.docx')], 't3');
    expect(next.notes.map((n) => n.kind)).toEqual(['replaced']);
    expect(computeRollup(monthly, next.state, CATALOGUE).rows[0].flags.map((f) => f.type)).toEqual(['duplicate']);
  });
});
