import type { CellObject, WorkBook, WorkSheet } from '@e965/xlsx';
import type { ReportTemplate } from '../../schemas/template.ts';
import { parseIsoDate } from '../format/date.ts';
import { periodLabel } from '../format/period.ts';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { hasTotal, type FigureColumn } from './columns.ts';
import { targetText, type RollupResult, type UnitRow } from './compute.ts';
import { coverageText, partial } from './totals.ts';
import { statusText } from './row.ts';

/**
 * The roll-up as a workbook: "Theo đơn vị" (one row per unit with the page's columns, two header rows — the figure
 * group over each figure — frozen with the unit's name, a "Tổng cộng" row, the number of units each total counts and
 * the units it lacks), "Tổng hợp" (each figure's total and coverage) and "Cần kiểm tra" (every flag). Figures are
 * numbers, rates numbers formatted as percentages, dates real dates; each unit says whether its figures are the ones
 * its document prints or its draft's. Needs SheetJS, passed in (loaded on demand by the page).
 */
type XLSXModule = Pick<typeof import('@e965/xlsx'), 'utils' | 'write'>;

export const sheetNames = { units: 'Theo đơn vị', totals: 'Tổng hợp', flags: 'Cần kiểm tra' };
export const fixedHeaders = ['TT', 'Đơn vị', 'Số báo cáo', 'Ngày báo cáo', 'Tình trạng báo cáo', 'Số liệu tính theo'];

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
    text(statusText(template, r)),
    text(!r.printed ? '' : r.printed.count === 'draft' ? 'Bản nháp gốc' : 'Số in trong văn bản'),
    ...columns.map((c) => (r.missing ? null : figure(c, r.figures[c.key]))),
    ...targets.map((t) => {
      const met = r.targets[t.column.key];
      return r.included && met != null ? text(met ? 'Đạt' : 'Chưa đạt') : null;
    }),
    text(flagText(r)),
  ]);
  const blank = fixedHeaders.slice(2).map(() => null);
  const total: Cell[] = [
    null,
    text(`Tổng cộng (${result.included.length} đơn vị)`),
    ...blank,
    ...columns.map((c) => figure(c, result.totals[c.key])),
    ...targets.map((t) => (t.totalMet == null ? null : text(t.totalMet ? 'Đạt' : 'Chưa đạt'))),
    null,
  ];
  const cov = (c: FigureColumn) => result.coverage[c.key];
  const counted: Cell[] = [
    null,
    text('Số đơn vị có số liệu'),
    ...blank,
    ...columns.map((c) => (cov(c) ? text(`${cov(c).counted}/${cov(c).of}`) : null)),
  ];
  // Below the table: each total made over fewer units than counted, with the units it lacks.
  const notes: Cell[][] = columns
    .filter((c) => partial(cov(c)))
    .map((c) => [null, text(`${c.label}: ${c.computed ? 'tính trên' : 'cộng'} ${coverageText(cov(c))}.`)]);
  const widths = [5, 34, 14, 12, 24, 18, ...columns.map((c) => (c.type === 'percent' ? 12 : 11)), ...targets.map(() => 14), 60];
  const units = sheet(XLSX, [groups, labels, ...body, total, counted, ...(notes.length ? [[], ...notes] : [])], widths, merges);

  const totalsRows: Cell[][] = [
    [text('Nhóm số liệu'), text('Số liệu'), text('Tổng'), text('Số đơn vị có số liệu'), text('Đơn vị thiếu số liệu')],
    ...columns
      .filter(hasTotal)
      .map((c) => [
        text(c.group),
        text(c.label),
        figure(c, result.totals[c.key]),
        cov(c) ? text(`${cov(c).counted}/${cov(c).of}`) : null,
        text((cov(c)?.missing ?? []).join('; ')),
      ]),
  ];
  const flagRows: Cell[][] = [
    [text('Đơn vị'), text('Tệp'), text('Nội dung cần kiểm tra')],
    ...result.rows.flatMap((r) => r.flags.map((f) => [text(r.name), text(r.file), text(f.message)])),
  ];

  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, units, sheetNames.units);
  XLSX.utils.book_append_sheet(wb, sheet(XLSX, totalsRows, [40, 50, 14, 14, 60]), sheetNames.totals);
  XLSX.utils.book_append_sheet(wb, sheet(XLSX, flagRows, [34, 30, 90]), sheetNames.flags);
  wb.Props = { Title: `Tổng hợp ${template.name}${result.period ? ` ${periodLabel(result.period)}` : ''}` };
  return wb;
}

/** The workbook's bytes (.xlsx): the unit sheet's two header rows and name column frozen, the other sheets' header row. */
export const rollupXlsx = (XLSX: XLSXModule, template: ReportTemplate, result: RollupResult): Uint8Array =>
  freezePanes(
    new Uint8Array(
      XLSX.write(rollupWorkbook(XLSX, template, result), { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
    ),
    [
      { x: 2, y: 2 },
      { x: 0, y: 1 },
      { x: 0, y: 1 },
    ],
  );

/**
 * Frozen panes (SheetJS writes none): each sheet's <sheetView> gets a frozen pane of its first `x` columns and `y` rows,
 * as Excel writes one ("Freeze Panes").
 */
export function freezePanes(xlsx: Uint8Array, panes: { x: number; y: number }[]): Uint8Array {
  const files = unzipSync(xlsx);
  panes.forEach(({ x, y }, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    if (!files[name] || (!x && !y)) return;
    const cell = `${String.fromCharCode(65 + x)}${y + 1}`;
    const active = x && y ? 'bottomRight' : y ? 'bottomLeft' : 'topRight';
    const pane =
      `<pane${x ? ` xSplit="${x}"` : ''}${y ? ` ySplit="${y}"` : ''} topLeftCell="${cell}" activePane="${active}" state="frozen"/>` +
      `<selection pane="${active}" activeCell="${cell}" sqref="${cell}"/>`;
    const xml = new TextDecoder().decode(files[name]).replace(/<sheetView\b([^>]*?)\s*\/>/, `<sheetView$1>${pane}</sheetView>`);
    files[name] = strToU8(xml);
  });
  return zipSync(files, { level: 6 });
}
