/** What the roll-up hands out: the summary report (a draft of the same kind, rendered as any report) and the workbook. */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { computeRollup } from '../../../src/lib/rollup/compute.ts';
import { addReports, emptyRollup, type RollupState } from '../../../src/lib/rollup/state.ts';
import { summaryDraft } from '../../../src/lib/rollup/summary.ts';
import { fixedHeaders, rollupWorkbook, rollupXlsx, sheetNames } from '../../../src/lib/rollup/xlsx.ts';
import { renderBytes } from '../../support/render.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { draftSchema } from '../../../src/schemas/draft.ts';
import { monthly, periodic, templates } from '../../support/fixtures.ts';
import { rollupSourceProblems } from '../../../src/lib/rollup/summary.ts';
import { CATALOGUE, failures, runChecker, writeOut } from '../../support/helpers.ts';
import { docxPart, docxText } from '../../support/nd30.ts';
import { FILES, PAKN, random, unitDraft, unitFigures, unitNameOf } from '../../support/rollup-units.ts';

const rnd = random(21);
const us = Array.from({ length: 15 }, (_, i) => ({ i, figures: unitFigures(rnd) }));
const sum = (f: (u: (typeof us)[number]) => number) => us.reduce((a, u) => a + f(u), 0);
const state: RollupState = {
  ...addReports(
    { ...emptyRollup(), kind: monthly.id },
    us.map((u) => ({ file: `${u.i}.docx`, draft: unitDraft(u.i, u.figures) })),
    't',
  ).state,
};
state.settings = { ...state.settings, issuer: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN', place: 'Hưng Yên', signName: 'Trần Thị Bình' };
const result = computeRollup(monthly, state, CATALOGUE);
const today = new Date('2026-11-30T03:00:00Z');

describe('summaryDraft', () => {
  const d = summaryDraft(monthly, state, result, today);

  it('is a draft of the same kind for the period, of the body that rolls up, holding the totals of typed figures only', () => {
    expect(draftSchema.parse(d)).toEqual(d);
    expect(d.kind).toBe(monthly.id);
    expect(d.header).toMatchObject({
      issuer: 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN',
      place: 'Hưng Yên',
      period: { kind: 'thang', year: 2026, index: 11 },
    });
    expect(d.values[FILES]).toEqual(
      Object.fromEntries(Object.keys(us[0].figures.files).map((id) => [id, sum((u) => u.figures.files[id])])),
    );
    expect(d.values[PAKN]).toEqual(Object.fromEntries(Object.keys(us[0].figures.pakn).map((id) => [id, sum((u) => u.figures.pakn[id])])));
    expect(d.values['danh-gia/danh-gia-chung:noi-dung']).toBeUndefined();
    expect(d.signature).toMatchObject({ authority: monthly.defaults.signature.authority, name: 'Trần Thị Bình' });
  });

  it('lists the units counted in the Phụ lục table, one row each, with their figures', () => {
    const rows = d.values['phu-luc-don-vi:theo-don-vi'] as Record<string, unknown>[];
    expect(rows).toHaveLength(us.length);
    const byName = new Map(rows.map((r) => [r['don-vi'], r]));
    for (const u of us) {
      const row = byName.get(`${unitNameOf(u.i).kind === 'XÃ' ? 'Xã' : 'Phường'} ${unitNameOf(u.i).place}`)!;
      expect(row).toMatchObject({
        'tong-nhan': u.figures.files['tong-nhan'],
        'moi-truc-tuyen': u.figures.files['moi-truc-tuyen'],
        'truoc-han': u.figures.files['da-truoc-han'],
        'dang-qua-han': u.figures.files['dang-qua-han'],
      });
    }
  });

  it('takes the defaults of the level chosen on the page (UBND tỉnh) where the user typed nothing', () => {
    const s: RollupState = { ...emptyRollup(), kind: periodic.id, settings: { ...emptyRollup().settings, level: 'tinh' } };
    const p = summaryDraft(periodic, s, computeRollup(periodic, s, CATALOGUE), today);
    expect(p.level).toBe('tinh');
    expect(p.header.issuer).toBe(periodic.levels.tinh!.issuer);
    expect(p.header.recipients).toEqual(periodic.levels.tinh!.recipients);
    expect(p.signature.title).toBe('PHÓ CHỦ TỊCH');
  });

  it('renders to a .docx that passes the Decree 30 checker, prints the totals and carries its draft', async () => {
    const bytes = await renderBytes(monthly, d, CATALOGUE);
    const file = writeOut('rollup-summary-unit.docx', bytes);
    expect(failures(runChecker(file))).toEqual([]);
    const text = docxText(file);
    // The Phụ lục: after the signature, on landscape pages, the units one a row and the total computed from the sums.
    const xml = docxPart(file, 'word/document.xml');
    const sections = [...xml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('w:orient="portrait"');
    expect(sections[1]).toContain('w:orient="landscape"');
    const appendix = text.slice(text.indexOf('Phụ lục'));
    expect(appendix).toContain('KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO ĐƠN VỊ');
    expect(appendix).toContain('Xã An Lợi');
    expect(appendix).toContain(`Tổng cộng`);
    const vi = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 2 });
    expect(text).toContain(`Tổng số hồ sơ nhận giải quyết ${vi(sum((u) => u.figures.files['tong-nhan']))} hồ sơ`);
    const onTime = sum((u) => u.figures.files['da-truoc-han'] + u.figures.files['da-dung-han']);
    const due = sum((u) => u.figures.files['tong-da-giai-quyet'] + u.figures.files['dang-qua-han']);
    // The block's rates share their decimals, so the rate may be written with trailing zeros ("98,90%").
    const rate = vi(Math.floor((2 * onTime * 10_000 + due) / (2 * due)) / 100);
    expect(text).toMatch(new RegExp(`Tỷ lệ giải quyết trước hạn và đúng hạn đạt ${rate}${rate.includes(',') ? '0*' : '(,0+)?'}%`));
    expect(text).not.toContain('Mỹ Hào');
    const back = parseDraftDocx(bytes, monthly.id);
    expect(back.ok && back.draft.values[FILES]).toEqual(d.values[FILES]);
  });
});

describe('rollupWorkbook', () => {
  it('has Vietnamese headers, one row per unit, figures as numbers, rates as fractions shown as percentages, and the totals', () => {
    const bytes = rollupXlsx(XLSX, monthly, result);
    const wb = XLSX.read(bytes, { type: 'array', cellNF: true });
    expect(wb.SheetNames).toEqual([sheetNames.units, sheetNames.totals, sheetNames.flags]);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[sheetNames.units], { header: 1, raw: true, defval: null });
    expect(rows[1].slice(0, fixedHeaders.length)).toEqual(fixedHeaders);
    const col = (label: string) => rows[1].indexOf(label);
    expect(rows[0][col('Tổng số hồ sơ nhận giải quyết')]).toBe('Kết quả giải quyết hồ sơ thủ tục hành chính');
    const body = rows.slice(2, 2 + us.length);
    const byName = new Map(body.map((r) => [r[1], r]));
    for (const u of us) {
      const { kind, place } = unitNameOf(u.i);
      const row = byName.get(`${kind === 'XÃ' ? 'Xã' : 'Phường'} ${place}`)!;
      expect(row[col('Tổng số hồ sơ nhận giải quyết')]).toBe(u.figures.files['tong-nhan']);
      expect(row[col('Tổng số PAKN đã tiếp nhận')]).toBe(u.figures.pakn['tiep-nhan']);
      const f = u.figures.files;
      // The rate as printed (two decimals of a percent), as a fraction Excel shows with "%".
      const due = f['tong-da-giai-quyet'] + f['dang-qua-han'];
      expect(row[col('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn')]).toBe(
        Math.floor((2 * (f['da-truoc-han'] + f['da-dung-han']) * 10_000 + due) / (2 * due)) / 10_000,
      );
    }
    const total = rows[2 + us.length];
    expect(total[1]).toBe(`Tổng cộng (${us.length} đơn vị)`);
    expect(total[col('Tổng số hồ sơ nhận giải quyết')]).toBe(sum((u) => u.figures.files['tong-nhan']));
    expect(total[col('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn')]).toBeCloseTo(result.totals[`${FILES}.ty-le-dung-han`]! / 100, 12);
    // Each total says over how many units it was made.
    const counted = rows[3 + us.length];
    expect(counted[1]).toBe('Số đơn vị có số liệu');
    expect(counted[col('Tổng số hồ sơ nhận giải quyết')]).toBe(`${us.length}/${us.length}`);
    expect(byName.get('Xã An Lợi')![4]).toBe('Đã báo cáo');
    // The header rows and the unit's name stay on screen (a frozen pane, which SheetJS does not write by itself).
    const sheet1 = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet1).toMatch(/<sheetView[^>]*><pane xSplit="2" ySplit="2" topLeftCell="C3" activePane="bottomRight" state="frozen"\/>/);
    // Column widths: the unit's name wide, figures narrow.
    const widths = [...sheet1.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    expect(widths[1]).toBeGreaterThan(30);
    expect(widths[7]).toBeLessThan(15);
    const date = wb.Sheets[sheetNames.units][XLSX.utils.encode_cell({ r: 2, c: 3 })];
    expect(date).toMatchObject({ t: 'n', v: 46344, z: 'dd/mm/yyyy' }); // 18/11/2026 as an Excel date
    const cell = wb.Sheets[sheetNames.units][XLSX.utils.encode_cell({ r: 2, c: col('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn') })];
    expect(cell).toMatchObject({ t: 'n', z: '0.00%' });
    expect(rollupWorkbook(XLSX, monthly, result).Props?.Title).toBe(
      'Tổng hợp Báo cáo tháng, quý về cải cách thủ tục hành chính tháng 11 năm 2026',
    );
  });
});

describe('rollupSourceProblems', () => {
  it('finds no problem in the site’s templates, and names a column whose source is not a figure of the kind', () => {
    for (const t of templates.values()) expect(rollupSourceProblems(t), t.id).toEqual([]);
    const bad = structuredClone(monthly);
    const table = bad.appendices.find((a) => a.id === 'phu-luc-don-vi')!.blocks[0];
    if (table.kind !== 'table') throw new Error('Phụ lục không còn bảng');
    table.columns[1].rollup = 'ket-qua/giai-quyet-tthc:so-lieu.khong-co';
    table.columns[0].type = 'count';
    expect(rollupSourceProblems(bad)).toEqual([
      'bảng "phu-luc-don-vi:theo-don-vi", cột "don-vi": tên đơn vị ("don-vi") cần cột type: text',
      'bảng "phu-luc-don-vi:theo-don-vi", cột "tong-nhan": không có số liệu "ket-qua/giai-quyet-tthc:so-lieu.khong-co" trong mẫu (dạng "<khối>.<số liệu>")',
    ]);
  });
});
