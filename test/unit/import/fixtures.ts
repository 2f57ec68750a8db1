/**
 * Spreadsheets for the import tests, written at test time by SheetJS itself (the library the app reads them
 * with): a Biểu 06 with a title block, three merged header rows and a column-number row; its variants; a criteria
 * sheet. Figures are generated so every expected total is computed here, not typed.
 */
import * as XLSX from '@e965/xlsx';
import type { Cell } from '../../../src/lib/import/grid.ts';

export const LINH_VUC = [
  'Hộ tịch',
  'Chứng thực',
  'Đất đai',
  'Xây dựng',
  'Tư pháp',
  'Lao động, thương binh và xã hội',
  'Giáo dục và đào tạo',
  'Y tế',
  'Văn hóa, thể thao',
  'Công thương',
  'Nông nghiệp và môi trường',
  'Nội vụ',
  'Tài chính',
  'Công an (cư trú)',
];

/** Column order of the fixture: tổng nhận, trực tuyến, trực tiếp, kỳ trước, tổng đã, trước hạn, đúng hạn, quá hạn, tổng đang, trong hạn, quá hạn. */
export const BIEU06_ORDER = [
  'tong-nhan',
  'moi-truc-tuyen',
  'moi-truc-tiep',
  'tu-ky-truoc',
  'tong-da-giai-quyet',
  'da-truoc-han',
  'da-dung-han',
  'da-qua-han',
  'tong-dang-giai-quyet',
  'dang-trong-han',
  'dang-qua-han',
] as const;

/** Figures of lĩnh vực i (consistent: totals equal their parts). */
export function bieu06Values(i: number, scale = 1): number[] {
  const online = (12 + ((i * 7) % 11)) * scale;
  const direct = (3 + ((i * 5) % 9)) * scale;
  const carried = i % 4;
  const received = online + direct + carried;
  const late = i % 3 === 0 ? 1 : 0;
  const early = Math.floor(received / 2);
  const pendingIn = 2 + (i % 3);
  const pendingLate = i % 5 === 0 ? 1 : 0;
  const onTime = received - early - late - pendingIn - pendingLate;
  const settled = early + onTime + late;
  return [received, online, direct, carried, settled, early, onTime, late, pendingIn + pendingLate, pendingIn, pendingLate];
}

export const columnSums = (rows: number[][]) => rows[0].map((_, c) => rows.reduce((s, r) => s + r[c], 0));

export interface Grid {
  cells: Cell[][];
  merges: { r0: number; c0: number; r1: number; c1: number }[];
}

const m = (r0: number, c0: number, r1: number, c1: number) => ({ r0, c0, r1, c1 });

/** Title block (rows 1–4), three header rows (5–7), column numbers (8). */
function bieu06Head(): Grid {
  const row = () => new Array<Cell>(13).fill(null);
  const cells: Cell[][] = Array.from({ length: 8 }, row);
  cells[0][0] = 'UBND XÃ HOÀI TÂN';
  cells[0][10] = 'Biểu số 06/VPCP/KSTT';
  cells[1][0] = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC';
  cells[2][0] = 'Kỳ báo cáo: Quý III năm 2026 (từ ngày 15/6/2026 đến ngày 14/9/2026)';
  cells[3][10] = 'Đơn vị tính: Số hồ sơ TTHC';
  Object.assign(cells[4], {
    0: 'STT',
    1: 'Lĩnh vực, công việc giải quyết theo cấp',
    2: 'Số hồ sơ nhận giải quyết',
    6: 'Số hồ sơ đã giải quyết',
    10: 'Số hồ sơ đang giải quyết',
  });
  Object.assign(cells[5], {
    2: 'Tổng số',
    3: 'Trong đó',
    6: 'Tổng số',
    7: 'Trước hạn',
    8: 'Đúng hạn',
    9: 'Quá hạn',
    10: 'Tổng số',
    11: 'Trong hạn',
    12: 'Quá hạn',
  });
  Object.assign(cells[6], { 3: 'Trực tuyến', 4: 'Trực tiếp, dịch vụ bưu chính', 5: 'Từ kỳ trước' });
  cells[7] = Array.from({ length: 13 }, (_, i) => `(${i + 1})`);
  const merges = [
    m(1, 0, 1, 12),
    m(2, 0, 2, 12),
    m(3, 10, 3, 12),
    m(4, 0, 6, 0),
    m(4, 1, 6, 1),
    m(4, 2, 4, 5),
    m(4, 6, 4, 9),
    m(4, 10, 4, 12),
    m(5, 2, 6, 2),
    m(5, 3, 5, 5),
    ...[6, 7, 8, 9, 10, 11, 12].map((c) => m(5, c, 6, c)),
  ];
  return { cells, merges };
}

export interface Bieu06Options {
  /** Where the "Tổng cộng" row goes. */
  total?: 'last' | 'first' | 'none';
  /** 'parents': "I. Cấp tỉnh" rows carrying their group's subtotal; 'cong': heading rows and a "Cộng" row per group. */
  groups?: 'none' | 'parents' | 'cong';
  rows?: number;
  scale?: number;
}

export interface Bieu06Fixture extends Grid {
  /** Data rows' figures, in fixture column order. */
  data: number[][];
  /** Excel row numbers of the data rows, and of the total row. */
  dataRows: number[];
  totalRow: number | null;
}

export function bieu06Grid(opts: Bieu06Options = {}): Bieu06Fixture {
  const { total = 'last', groups = 'none', rows = 14, scale = 1 } = opts;
  const { cells, merges } = bieu06Head();
  const data = Array.from({ length: rows }, (_, i) => bieu06Values(i + 1, scale));
  const dataRows: number[] = [];
  const addTotal = () => {
    merges.push(m(cells.length, 0, cells.length, 1));
    cells.push(['Tổng cộng', null, ...columnSums(data)]);
  };
  let totalRow: number | null = null;
  if (total === 'first') {
    totalRow = cells.length + 1;
    addTotal();
  }
  const split = groups === 'none' ? [data.length] : [5, data.length - 5];
  let k = 0;
  split.forEach((n, g) => {
    const part = data.slice(k, k + n);
    if (groups !== 'none')
      cells.push([g ? 'II' : 'I', g ? 'Cấp xã' : 'Cấp tỉnh (sở, ngành)', ...(groups === 'parents' ? columnSums(part) : [])]);
    part.forEach((v, i) => {
      dataRows.push(cells.length + 1);
      cells.push([i + 1, LINH_VUC[(k + i) % LINH_VUC.length] + (k + i >= LINH_VUC.length ? ` ${k + i + 1}` : ''), ...v]);
    });
    if (groups === 'cong') cells.push([null, 'Cộng', ...columnSums(part)]);
    k += n;
  });
  if (total === 'last') {
    totalRow = cells.length + 1;
    addTotal();
  }
  cells.push([]);
  cells.push([null, 'Người lập biểu', null, null, null, null, null, null, null, 'Thủ trưởng đơn vị']);
  return { cells, merges, data, dataRows, totalRow };
}

/** A workbook of one sheet (plus an optional hidden or unrelated sheet first). */
export function workbookOf(sheets: { name: string; grid: Grid; hidden?: boolean }[]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.grid.cells);
    ws['!merges'] = s.grid.merges.map((x) => ({ s: { r: x.r0, c: x.c0 }, e: { r: x.r1, c: x.c1 } }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  sheets.forEach((s, i) => {
    if (!s.hidden) return;
    wb.Workbook ??= {};
    wb.Workbook.Sheets ??= [];
    wb.Workbook.Sheets[i] = { ...(wb.Workbook.Sheets[i] ?? {}), Hidden: 1 };
  });
  return wb;
}

export const writeBook = (wb: XLSX.WorkBook, bookType: 'xlsx' | 'xls' | 'ods') =>
  new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);

export const xlsxOf = (grid: Grid, name = 'Biểu 06') => writeBook(workbookOf([{ name, grid }]), 'xlsx');

/** Rows as delimited text, quoting cells that need it (as Excel writes CSV). */
export function delimitedText(rows: Cell[][], delimiter: string, eol = '\r\n'): string {
  return rows
    .map((r) =>
      r
        .map((c) => {
          const s = c == null ? '' : String(c);
          return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(delimiter),
    )
    .join(eol);
}

/** Vietnamese thousands: 1234 → "1.234" (as a CSV saved on a Vietnamese Windows writes it). */
export const viNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Text → windows-1258 bytes: precomposed vowels with a tone are written as base letter (with its circumflex,
 * breve or horn) plus a combining tone mark, the way that code page stores Vietnamese.
 */
export async function encode1258(text: string): Promise<Uint8Array> {
  const cp = await import('@e965/xlsx/dist/cpexcel.full.mjs');
  const utils = (cp as unknown as { utils: { encode(cp: number, s: string): Uint8Array } }).utils;
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const prepared = [...text.normalize('NFC')]
    .map((ch) => {
      const d = ch.normalize('NFD');
      const tones = d.match(TONES)?.join('') ?? '';
      return d.replace(TONES, '').normalize('NFC') + tones;
    })
    .join('');
  return Uint8Array.from(utils.encode(1258, prepared));
}

/** A criteria sheet: 5 lĩnh vực (I–V) × 3 tiêu chí (1–3) × 3 tiêu chí thành phần (1.1–3.3) = 45 leaves. */
export interface CriteriaFixture extends Grid {
  leaves: number;
  maxTotal: number;
  selfTotal: number;
  /** Excel row of "Tổng cộng". */
  totalRow: number;
}

export const leafMax = (a: number, b: number, c: number) => [0.5, 1, 1.5][(a + b + c) % 3];
export const leafSelf = (a: number, b: number, c: number) => (c === 3 && b === 2 ? 0 : leafMax(a, b, c));

/** `indentMode`: tiêu chí thành phần have no TT, their names start with spaces (CSV / typed sheets). */
export function criteriaGrid(indentMode = false): CriteriaFixture {
  const roman = ['I', 'II', 'III', 'IV', 'V'];
  const cells: Cell[][] = [
    ['BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
    ['Đơn vị: UBND xã Hoài Tân'],
    [],
    ['TT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng'],
  ];
  let leaves = 0;
  let maxTotal = 0;
  let selfTotal = 0;
  for (let a = 1; a <= 5; a++) {
    const areaRow = cells.length;
    cells.push([roman[a - 1], `Lĩnh vực ${a}`, null, null, null, null]);
    let areaMax = 0;
    let areaSelf = 0;
    for (let b = 1; b <= 3; b++) {
      const critRow = cells.length;
      cells.push([b, `Tiêu chí ${a}.${b}`, null, null, null, null]);
      let critMax = 0;
      let critSelf = 0;
      for (let c = 1; c <= 3; c++) {
        const max = leafMax(a, b, c);
        const self = leafSelf(a, b, c);
        const name = `Tiêu chí thành phần ${a}.${b}.${c}`;
        cells.push([
          indentMode ? null : `${b}.${c}`,
          indentMode ? `    ${name}` : name,
          max,
          `Đạt: ${String(max).replace('.', ',')} điểm; không đạt: 0 điểm`,
          self,
          c === 1 ? `Quyết định số ${a}${b}/QĐ-UBND` : null,
        ]);
        leaves++;
        critMax += max;
        critSelf += self;
      }
      cells[critRow][2] = critMax;
      cells[critRow][4] = critSelf;
      areaMax += critMax;
      areaSelf += critSelf;
    }
    cells[areaRow][2] = areaMax;
    cells[areaRow][4] = areaSelf;
    maxTotal += areaMax;
    selfTotal += areaSelf;
  }
  const totalRow = cells.length + 1;
  cells.push([null, 'Tổng cộng', maxTotal, null, selfTotal, null]);
  return { cells, merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }], leaves, maxTotal, selfTotal, totalRow };
}

/**
 * A grid as a provincial one-stop system downloads its "Excel": an HTML table saved with the .xls extension
 * (../shared/reference/tthc-figures.md), merged cells as rowspan/colspan, text cells marked mso-number-format:"\@",
 * figures written the Vietnamese way ("1.234"), the total row in bold.
 */
export function htmlXlsOf(grid: Grid): string {
  const covered = new Set<string>();
  const span = new Map<string, { rows: number; cols: number }>();
  for (const g of grid.merges) {
    span.set(`${g.r0}:${g.c0}`, { rows: g.r1 - g.r0 + 1, cols: g.c1 - g.c0 + 1 });
    for (let r = g.r0; r <= g.r1; r++) for (let c = g.c0; c <= g.c1; c++) if (r !== g.r0 || c !== g.c0) covered.add(`${r}:${c}`);
  }
  const width = Math.max(...grid.cells.map((r) => r.length));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = grid.cells.map((row, r) => {
    const bold = row.some((c) => typeof c === 'string' && /^Tổng/.test(c));
    const tds: string[] = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r}:${c}`)) continue;
      const v = row[c] ?? null;
      const s = span.get(`${r}:${c}`);
      const attrs = (s && s.rows > 1 ? ` rowspan="${s.rows}"` : '') + (s && s.cols > 1 ? ` colspan="${s.cols}"` : '');
      const text = v == null ? '' : typeof v === 'number' ? viNumber(v) : esc(v);
      const style = typeof v === 'string' ? ' style=\'mso-number-format:"\\@"\'' : ' class="num"';
      tds.push(`<td${attrs}${style}>${bold && text ? `<b>${text}</b>` : text}</td>`);
    }
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{font-family:"Times New Roman"} .num{mso-number-format:"\\#\\,\\#\\#0"}</style></head>
<body><table border="1">
${rows.join('\n')}
</table></body></html>`;
}
