/**
 * Figures by lĩnh vực (issue 22): the import keeps the lĩnh vực rows in the table that breaks the Biểu 06 block down;
 * that table prints, on request, as the landscape Phụ lục "Kết quả giải quyết hồ sơ TTHC theo lĩnh vực" in Biểu 06's
 * columns; its total row must equal the block's figures; "Tồn tại, hạn chế" is told the lĩnh vực with most late files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../../../../src/lib/import/index.ts';
import { applyFigures, importTargets, linkedRows, recognise } from '../../../../../src/lib/report/blocks/indicators/import.ts';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { buildDocument } from '../../../../../src/lib/report/build.ts';
import { renderReport } from '../../../../../src/lib/report/pipeline.ts';
import { allBlocks, resolveSections } from '../../../../../src/lib/report/walk.ts';
import type { DocBlock } from '../../../../../src/lib/document/model.ts';
import type { Draft } from '../../../../../src/schemas/draft.ts';
import { checkNd30, docxPart } from '../../../../support/nd30.ts';
import { CATALOGUE } from '../../../../support/helpers.ts';
import { draftFor, exampleOf, monthly } from '../../../../support/fixtures.ts';
import { BIEU06_ORDER, LINH_VUC, bieu06Grid, columnSums, xlsxOf } from '../../../import/fixtures.ts';

const KEY = 'ket-qua/giai-quyet-tthc:so-lieu';
const TABLE = 'phu-luc-linh-vuc:theo-linh-vuc';
const block = (() => {
  const b = allBlocks(resolveSections(monthly, draftFor('bao-cao-tthc-thang'))).find((x) => x.key === KEY)?.block;
  if (b?.kind !== 'indicators') throw new Error(KEY);
  return b;
})();

/** The example month with the fixture sheet imported, as "Áp dụng" leaves it. */
async function imported(print?: boolean): Promise<{ draft: Draft; data: number[][] }> {
  const grid = bieu06Grid({ scale: 3 });
  const r = recognise(await readSheet(xlsxOf(grid), 'bieu06.xlsx'), importTargets(block), () => undefined)!;
  const linked = linkedRows(monthly, KEY, r.figures)!;
  const draft = exampleOf('bao-cao-tthc-thang');
  draft.values[KEY] = applyFigures(block, {}, r.figures).value;
  draft.values[linked.key] = linked.rows;
  if (print !== undefined) draft.appendices = { [linked.appendix!]: print };
  return { draft, data: grid.data };
}
const tableOf = (blocks: DocBlock[]) => blocks.find((b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table')!;

describe('the import keeps the lĩnh vực rows', () => {
  it('in the table that breaks the block down, which sits in an appendix', async () => {
    const grid = bieu06Grid();
    const r = recognise(await readSheet(xlsxOf(grid), 'bieu06.xlsx'), importTargets(block), () => undefined)!;
    const linked = linkedRows(monthly, KEY, r.figures)!;
    expect(linked.key).toBe(TABLE);
    expect(linked.appendix).toBe('phu-luc-linh-vuc');
    expect(linked.rows.map((row) => row['linh-vuc'])).toEqual(LINH_VUC);
    BIEU06_ORDER.forEach((id, c) => expect(linked.rows[2][id], id).toBe(grid.data[2][c]));
  });
});

describe('the Phụ lục by lĩnh vực', () => {
  it('is printed only when the user adds it', async () => {
    const { draft } = await imported();
    expect(buildDocument(monthly, draft, CATALOGUE).appendices).toEqual([]);
    const { draft: off } = await imported(false);
    expect(buildDocument(monthly, off, CATALOGUE).appendices).toEqual([]);
  });

  it('prints landscape, in Biểu 06’s columns under their group headings, one row per lĩnh vực and a total equal to the block', async () => {
    const { draft, data } = await imported(true);
    const doc = buildDocument(monthly, draft, CATALOGUE);
    const [a] = doc.appendices!;
    expect(a).toMatchObject({ label: 'Phụ lục', title: 'KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO LĨNH VỰC', landscape: true });
    const table = tableOf(a.body);
    expect(table.columns.map((c) => c.group ?? '')).toEqual([
      '',
      '',
      ...Array(4).fill('Số hồ sơ nhận giải quyết'),
      ...Array(4).fill('Số hồ sơ đã giải quyết'),
      ...Array(3).fill('Số hồ sơ đang giải quyết'),
    ]);
    expect(table.rows).toHaveLength(LINH_VUC.length + 1);
    const total = table.rows.at(-1)!.map((c) => c.text);
    expect(total.slice(0, 2)).toEqual(['', 'Tổng cộng']);
    // Counts as the whole report writes them (1.047; 04 with the template's leading zero).
    expect(total.slice(2)).toEqual(columnSums(data).map((x) => (x < 10 ? `0${x}` : x.toLocaleString('de-DE'))));
    expect(evaluate(monthly, draft, CATALOGUE).issues.filter((i) => i.key.startsWith('linked-total'))).toEqual([]);
  });

  it('is referred to where the body gives the figures it details, and only when printed', async () => {
    const texts = (d: Draft) =>
      buildDocument(monthly, d, CATALOGUE).body.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
    const { draft } = await imported(true);
    const body = texts(draft);
    const at = body.indexOf('(Chi tiết tại Phụ lục kèm theo)');
    expect(at).toBeGreaterThan(0);
    expect(body.filter((t) => t.includes('Chi tiết tại'))).toHaveLength(1);
    // Right after the Biểu 06 figures, their last rate printed just before.
    expect(body[at - 1]).toMatch(/Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 71,05%/);
    // With a second appendix printed, the reference names which one.
    draft.appendices = { ...draft.appendices, 'phu-luc-don-vi': true };
    draft.values['phu-luc-don-vi:theo-don-vi'] = [{ 'don-vi': 'Xã An Bình', 'tong-nhan': 5 }];
    expect(buildDocument(monthly, draft, CATALOGUE).appendices!.map((a) => a.label)).toEqual(['Phụ lục I', 'Phụ lục II']);
    expect(texts(draft)).toContain('(Chi tiết tại Phụ lục I kèm theo)');
    const { draft: off } = await imported(false);
    expect(texts(off).some((t) => t.includes('Chi tiết tại'))).toBe(false);
  });

  it('checks its total row against the block’s figures', async () => {
    const { draft } = await imported(true);
    const rows = draft.values[TABLE] as Record<string, number | string>[];
    rows[0] = { ...rows[0], 'da-qua-han': (rows[0]['da-qua-han'] as number) + 2 };
    const [problem] = evaluate(monthly, draft, CATALOGUE).issues.filter((i) => i.key.startsWith('linked-total'));
    expect(problem).toMatchObject({ field: TABLE, severity: 'error' });
    expect(problem.message).toContain('dòng Tổng cộng khác số liệu chung');
    expect(problem.message).toContain('cột “Quá hạn”');
  });

  it('prints the block’s figures as its one row when no lĩnh vực row was given', () => {
    const draft = exampleOf('bao-cao-tthc-thang');
    draft.values[KEY] = {
      'tu-ky-truoc': 6,
      'moi-truc-tuyen': 30,
      'moi-truc-tiep': 10,
      'da-dung-han': 40,
      'da-qua-han': 0,
      'dang-trong-han': 6,
    };
    draft.appendices = { 'phu-luc-linh-vuc': true };
    const table = tableOf(buildDocument(monthly, draft, CATALOGUE).appendices![0].body);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', 'Tổng cộng', '46', '30', '10', '06', '40', '', '40', '0', '06', '06', ''],
    ]);
  });

  it('tells "Tồn tại, hạn chế" the lĩnh vực with the most late files', async () => {
    const { draft } = await imported(false);
    const rows = draft.values[TABLE] as Record<string, number | string>[];
    const late = rows.map((r) => (r['da-qua-han'] as number) + (r['dang-qua-han'] as number));
    const top = Math.max(...late);
    const names = rows.filter((_, i) => late[i] === top).map((r) => r['linh-vuc']);
    const [hint] = evaluate(monthly, draft, CATALOGUE).hints['danh-gia/ton-tai:noi-dung'];
    expect(hint).toBe(
      `Nhiều hồ sơ quá hạn nhất: lĩnh vực ${names.join(', ').replace(/, ([^,]*)$/, ' và $1')} (${String(top).padStart(2, '0')} hồ sơ).`,
    );
  });

  it('gives a .docx that passes the Decree 30 checker, its two header rows repeated on every page', async () => {
    const { draft } = await imported(true);
    const file = join(mkdtempSync(join(tmpdir(), 'linh-vuc-')), 'thang.docx');
    const r = await renderReport(monthly, { ...draft, header: { ...draft.header, number: '15' } }, CATALOGUE);
    if (!r.ok) throw new Error(r.blocking.map((i) => i.message).join('; '));
    writeFileSync(file, r.bytes);
    expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
    const xml = docxPart(file, 'word/document.xml');
    const appendix = xml.slice(xml.lastIndexOf('Phụ lục'));
    expect(appendix.match(/<w:tblHeader\/>/g)?.length ?? appendix.match(/<w:tblHeader[^>]*>/g)?.length).toBe(2);
    expect(appendix).toContain('Số hồ sơ nhận giải quyết');
  });
});
