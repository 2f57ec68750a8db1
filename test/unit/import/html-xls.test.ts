/**
 * Provincial one-stop systems download their "Excel" as an HTML table saved with the .xls extension (issue 22,
 * ../shared/reference/tthc-figures.md): the import reads it like a spreadsheet — the title block, merged headers
 * (rowspan/colspan), the column-number row, group rows per level, the bold total row — and keeps the lĩnh vực rows.
 */
import { describe, expect, it } from 'vitest';
import { BIEU06_TARGETS, importFigures, readSheet } from '../../../src/lib/import/index.ts';
import { BIEU06_ORDER, LINH_VUC, bieu06Grid, columnSums, htmlXlsOf } from './fixtures.ts';

/** A provincial export: 14 lĩnh vực in two groups (Sở, ngành / cấp xã) carrying their subtotals, "Tổng số" at the bottom. */
function provincialExport() {
  const grid = bieu06Grid({ groups: 'parents', total: 'last', scale: 4 });
  const total = grid.cells.findIndex((r) => r[0] === 'Tổng cộng');
  grid.cells[total] = ['Tổng số', ...grid.cells[total].slice(1)];
  return { grid, bytes: new TextEncoder().encode(htmlXlsOf(grid)) };
}

describe('HTML saved as .xls', () => {
  it('is read as a sheet, merged header cells filled across their span', async () => {
    const { bytes } = provincialExport();
    const wb = await readSheet(bytes, 'BaoCaoBieu06.xls');
    expect(wb.format).toBe('html');
    const imp = importFigures(wb, BIEU06_TARGETS)!;
    expect(imp).not.toBeNull();
    // Every Biểu 06 column is found under its merged group heading.
    for (const id of BIEU06_ORDER) expect(imp.recognition.assignments[id], id).toBeDefined();
    expect(imp.recognition.assignments['tu-ky-truoc'].header).toEqual(['Số hồ sơ nhận giải quyết', 'Trong đó', 'Từ kỳ trước']);
  });

  it('takes the bold total row, checks it against the lĩnh vực rows, and reads "1.234" the Vietnamese way', async () => {
    const { grid, bytes } = provincialExport();
    const imp = importFigures(await readSheet(bytes, 'BaoCaoBieu06.xls'), BIEU06_TARGETS)!;
    expect(imp.figures.used.kind).toBe('total-row');
    expect(imp.figures.used.text).toMatch(/^dùng dòng Tổng số \(dòng \d+\)$/);
    const sums = columnSums(grid.data);
    BIEU06_ORDER.forEach((id, i) => expect(imp.figures.values[id].value, id).toBe(sums[i]));
    expect(sums[0]).toBeGreaterThan(999); // the total is written "1.xxx" in the file
    expect(imp.figures.checks).toEqual([]);
    expect(imp.figures.issues).toEqual([]);
  });

  it('keeps each lĩnh vực row with its figures, not the group rows or the total', async () => {
    const { grid, bytes } = provincialExport();
    const imp = importFigures(await readSheet(bytes, 'BaoCaoBieu06.xls'), BIEU06_TARGETS)!;
    const items = imp.figures.items;
    expect(items.map((r) => r.label)).toEqual(LINH_VUC);
    items.forEach((r, i) => BIEU06_ORDER.forEach((id, c) => expect(r.values[id], `${r.label} ${id}`).toBe(grid.data[i][c])));
    expect(items.map((r) => r.row)).toEqual(grid.dataRows);
  });

  it('reads an export that starts with a byte-order mark and a doctype', async () => {
    const { grid } = provincialExport();
    const text = `\uFEFF<!DOCTYPE html>\n${htmlXlsOf(grid)}`;
    const imp = importFigures(await readSheet(new TextEncoder().encode(text), 'bc.xls'), BIEU06_TARGETS)!;
    expect(imp.figures.values['tong-nhan'].value).toBe(columnSums(grid.data)[0]);
    expect(imp.figures.items).toHaveLength(LINH_VUC.length);
  });
});
