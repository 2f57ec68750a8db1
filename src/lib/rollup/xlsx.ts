import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { ReportTemplate } from '../../schemas/template.ts';
import { parseIsoDate } from '../format/date.ts';
import { periodLabel } from '../format/period.ts';
import type { FigureColumn } from './columns.ts';
import type { RollupResult } from './compute.ts';
import type { UnitRow } from './unit-row.ts';
import { targetText } from './rank.ts';

/**
 * The roll-up as a workbook: "Theo đơn vị" (one row per unit with the page's columns, two header rows — the figure
 * group over each figure — and a "Tổng cộng" row), "Tổng hợp" (each figure's total) and "Cần kiểm tra" (every flag).
 * Figures are numbers, rates numbers formatted as percentages, dates real dates. Needs SheetJS, passed in (loaded on
 * demand by the page).
 */
type XLSXModule = Pick<typeof import('@e965/xlsx'), 'utils' | 'write'>;

export const sheetNames = { units: 'Theo đơn vị', totals: 'Tổng hợp', flags: 'Cần kiểm tra' };
export const fixedHeaders = ['TT', 'Đơn vị', 'Số báo cáo', 'Ngày báo cáo'];

type Cell = CellObject | null;
const text = (v: string): Cell => (v ? { t: 's', v } : null);
const COUNT = '#,##0';
const DECIMAL = '#,##0.##';
const PERCENT = '0.00%';
function figure(c: Pick<FigureColumn, 'type'>, x: number | null | undefined): Cell {
  if (x == null) return null;
  return c.type === 'percent'
    ? { t: 'n', v: Number((x / 100).toPrecision(12)), z: PERCENT }
    : { t: 'n', v: x, z: c.type === 'count' ? COUNT : DECIMAL };
}
/** An Excel date serial (days since 30/12/1899) with a Vietnamese date format. */
function date(iso: string): Cell {
  const d = parseIsoDate(iso);
  if (!d) return null;
  return { t: 'n', v: Date.UTC(d.year, d.month - 1, d.day) / 86_400_000 + 25_569, z: 'dd/mm/yyyy' };
}

/** The target columns of the table ("Đạt chỉ tiêu …"), after the figure columns. */
const targetHeader = (t: RollupResult['targets'][number]) =>
  `Đạt chỉ tiêu ${t.column.short.charAt(0).toLocaleLowerCase('vi')}${t.column.short.slice(1)} (${targetText(t)})`;

function sheet(XLSX: XLSXModule, rows: Cell[][], widths: number[], merges: WorkSheet['!merges'] = []): WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([[]]);
  let maxCol = 0;
  rows.forEach((r, ri) =>
    r.forEach((cell, ci) => {
      if (!cell) return;
      ws[XLSX.utils.encode_cell({ r: ri, c: ci })] = cell;
      maxCol = Math.max(maxCol, ci);
    }),
  );
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(rows.length - 1, 0), c: Math.max(maxCol, widths.length - 1) },
  });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  if (merges.length) ws['!merges'] = merges;
  return ws;
}

const flagText = (r: UnitRow) => r.flags.map((f) => f.message).join(' ');

export function rollupWorkbook(XLSX: XLSXModule, template: ReportTemplate, result: RollupResult): WorkBook {
  const { columns, targets } = result;
  const groups: Cell[] = fixedHeaders.map(() => null);
  const labels: Cell[] = fixedHeaders.map((h) => text(h));
  const merges: NonNullable<WorkSheet['!merges']> = fixedHeaders.map((_, c) => ({ s: { r: 0, c }, e: { r: 1, c } }));
  columns.forEach((c, i) => {
    const at = fixedHeaders.length + i;
    labels.push(text(c.label));
    if (i === 0 || columns[i - 1].group !== c.group) {
      groups.push(text(c.group));
      const span = columns.slice(i).findIndex((x) => x.group !== c.group);
      const end = at + (span < 0 ? columns.length - i : span) - 1;
      if (end > at) merges.push({ s: { r: 0, c: at }, e: { r: 0, c: end } });
    } else groups.push(null);
  });
  const extra = [...targets.map(targetHeader), 'Cần kiểm tra'];
  for (const h of extra) {
    merges.push({ s: { r: 0, c: groups.length }, e: { r: 1, c: groups.length } });
    groups.push(text(h));
    labels.push(null);
  }

  let n = 0;
  const body: Cell[][] = result.rows.map((r) => [
    { t: 'n', v: ++n },
    text(r.name),
    text(r.number),
    date(r.date),
    ...columns.map((c) => (r.missing ? null : figure(c, r.figures[c.key]))),
    ...targets.map((t) => {
      const met = r.targets[t.column.key];
      return r.included && met != null ? text(met ? 'Đạt' : 'Chưa đạt') : null;
    }),
    text(flagText(r)),
  ]);
  const total: Cell[] = [
    null,
    text(`Tổng cộng (${result.included.length} đơn vị)`),
    null,
    null,
    ...columns.map((c) => figure(c, result.totals[c.key])),
    ...targets.map((t) => (t.totalMet == null ? null : text(t.totalMet ? 'Đạt' : 'Chưa đạt'))),
    null,
  ];
  const widths = [5, 34, 14, 12, ...columns.map((c) => (c.type === 'percent' ? 12 : 11)), ...targets.map(() => 14), 60];
  const units = sheet(XLSX, [groups, labels, ...body, total], widths, merges);
  units['!freeze'] = { xSplit: 2, ySplit: 2 };

  const totalsRows: Cell[][] = [
    [text('Nhóm số liệu'), text('Số liệu'), text('Tổng'), text('Đơn vị chưa có số liệu')],
    ...columns.map((c) => [text(c.group), text(c.label), figure(c, result.totals[c.key]), text((result.lacking[c.key] ?? []).join('; '))]),
  ];
  const flagRows: Cell[][] = [
    [text('Đơn vị'), text('Tệp'), text('Nội dung cần kiểm tra')],
    ...result.rows.flatMap((r) => r.flags.map((f) => [text(r.name), text(r.file), text(f.message)])),
  ];

  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, units, sheetNames.units);
  XLSX.utils.book_append_sheet(wb, sheet(XLSX, totalsRows, [40, 50, 14, 60]), sheetNames.totals);
  XLSX.utils.book_append_sheet(wb, sheet(XLSX, flagRows, [34, 30, 90]), sheetNames.flags);
  wb.Props = { Title: `Tổng hợp ${template.name}${result.period ? ` ${periodLabel(result.period)}` : ''}` };
  return wb;
}

/** The workbook's bytes (.xlsx). */
export const rollupXlsx = (XLSX: XLSXModule, template: ReportTemplate, result: RollupResult): Uint8Array =>
  new Uint8Array(XLSX.write(rollupWorkbook(XLSX, template, result), { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
