/**
 * Figures by lĩnh vực for a roll-up (issue 22): many units' tables by lĩnh vực added up into the province's, one row per
 * lĩnh vực, whose Tổng cộng row equals the sum of the units' figures.
 */
import { describe, expect, it } from 'vitest';
import { sumLinkedRows } from '../../../../../src/lib/report/blocks/table/linked-sum.ts';
import { allBlocks, resolveAppendices } from '../../../../../src/lib/report/walk.ts';
import { buildDocument } from '../../../../../src/lib/report/build.ts';
import { evaluate } from '../../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../../support/helpers.ts';
import { draftFor, monthly } from '../../../../support/fixtures.ts';

const TABLE = 'phu-luc-linh-vuc:theo-linh-vuc';
const FILES = 'ket-qua/giai-quyet-tthc:so-lieu';
const table = (() => {
  const b = allBlocks(resolveAppendices(monthly, draftFor('bao-cao-tthc-thang'))).find((x) => x.key === TABLE)?.block;
  if (b?.kind !== 'table') throw new Error(TABLE);
  return b;
})();

const anBinh = [
  { 'linh-vuc': 'Hộ tịch', 'moi-truc-tuyen': 40, 'moi-truc-tiep': 10, 'da-dung-han': 48, 'da-qua-han': 1, 'dang-trong-han': 1 },
  { 'linh-vuc': 'Văn hoá, thể thao', 'moi-truc-tuyen': 5, 'moi-truc-tiep': 0, 'da-dung-han': 5 },
];
const eaKar = [
  { 'linh-vuc': 'hộ tịch', 'moi-truc-tuyen': 20, 'moi-truc-tiep': 6, 'da-dung-han': 24, 'dang-qua-han': 2 },
  { 'linh-vuc': 'Văn hóa - Thể thao', 'moi-truc-tuyen': 3, 'moi-truc-tiep': 1, 'da-dung-han': 4 },
  { 'linh-vuc': 'Đất đai', 'moi-truc-tuyen': 7, 'moi-truc-tiep': 2, 'da-dung-han': 6, 'da-qua-han': 3 },
];

describe('the lĩnh vực rows of many units, added up', () => {
  it('gives one row per lĩnh vực, however each unit spelled it, with each column summed', () => {
    const sum = sumLinkedRows(table, [anBinh, eaKar]);
    expect(sum).toMatchObject({ units: 2, without: [] });
    expect(sum.rows.map((r) => r['linh-vuc'])).toEqual(['Hộ tịch', 'Văn hoá, thể thao', 'Đất đai']);
    expect(sum.rows[0]).toMatchObject({ 'moi-truc-tuyen': 60, 'moi-truc-tiep': 16, 'da-dung-han': 72, 'da-qua-han': 1, 'dang-qua-han': 2 });
    expect(sum.rows[1]).toMatchObject({ 'moi-truc-tuyen': 8, 'moi-truc-tiep': 1, 'da-dung-han': 9, 'da-qua-han': null });
  });

  it('names the units that gave no row, so the table is not printed short of their files', () => {
    const sum = sumLinkedRows(table, [anBinh, undefined, [], [{ 'linh-vuc': '  ' }], eaKar]);
    expect(sum.units).toBe(2);
    expect(sum.without).toEqual([1, 2, 3]);
  });

  it('prints, in the province’s report, a Tổng cộng row equal to its figures', () => {
    const { rows } = sumLinkedRows(table, [anBinh, eaKar]);
    const total = (id: string) => rows.reduce((n, r) => n + ((r[id] as number | null) ?? 0), 0);
    const draft = draftFor('bao-cao-tthc-thang', {
      values: {
        [FILES]: {
          'moi-truc-tuyen': total('moi-truc-tuyen'),
          'moi-truc-tiep': total('moi-truc-tiep'),
          'da-dung-han': total('da-dung-han'),
          'da-qua-han': total('da-qua-han'),
          'dang-trong-han': total('dang-trong-han'),
          'dang-qua-han': total('dang-qua-han'),
        },
        [TABLE]: rows,
      },
    });
    draft.appendices = { 'phu-luc-linh-vuc': true };
    expect(evaluate(monthly, draft, CATALOGUE).issues.filter((i) => i.key.startsWith('linked-total'))).toEqual([]);
    const [appendix] = buildDocument(monthly, draft, CATALOGUE).appendices!;
    const printed = appendix.body.find((b) => b.type === 'table');
    expect(printed?.type === 'table' && printed.rows.map((r) => r[1].text)).toEqual([
      'Hộ tịch',
      'Văn hoá, thể thao',
      'Đất đai',
      'Tổng cộng',
    ]);
  });
});
