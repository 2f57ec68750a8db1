/**
 * The TTHC file figures (Biểu 06) as a user meets them in Chromium: a province's own cut-off typed in the header, a
 * three-header-row .xlsx chosen through the file chooser, a .csv, cells pasted from Excel, the recognised-mapping
 * screen (and a column corrected), a file that cannot be used, then the .docx with the computed rates, checked
 * against Decree 30. Also: a draft saved by the site before the figure set opens with its figures under the new ids.
 *
 * The sheet (written below, literally): four lĩnh vực and a "Tổng cộng" row —
 *   nhận 1.800 = kỳ trước 41 + trực tuyến 777 + trực tiếp 982; đã giải quyết 1.763 = trước hạn 1.700 + đúng hạn
 *   53 + quá hạn 10; đang giải quyết 37 = trong hạn 33 + quá hạn 4. By hand: đến hạn = 1.763 + 4 = 1.767;
 *   (1.700 + 53) ÷ 1.767 = 99,2077…% → 99,21%; (10 + 4) ÷ 1.767 = 0,7923…% → 0,79%; 777 ÷ (777 + 982) = 44,1728…%
 *   → 44,17%; 1.763 ÷ 1.800 = 97,944…% → 97,94%.
 */
import type { Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadDocx, openBuilder as open, openPart, useExample } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxText } from '../support/nd30.ts';

const out = join(projectRoot, 'test-output', 'tthc-figures');
const session = useSite(() => mkdirSync(out, { recursive: true }));

type Cell = string | number | null;
const HEAD: Cell[][] = [
  ['UBND XÃ AN BÌNH', null, null, null, null, null, null, null, null, null, 'Biểu số 06/VPCP/KSTT'],
  ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC'],
  ['Kỳ báo cáo: tháng 11 năm 2024 (từ ngày 21/10/2024 đến ngày 20/11/2024)'],
  [null, null, null, null, null, null, null, null, null, null, 'Đơn vị tính: Số hồ sơ TTHC'],
  [
    'STT',
    'Lĩnh vực giải quyết',
    'Số hồ sơ nhận giải quyết',
    null,
    null,
    null,
    'Số hồ sơ đã giải quyết',
    null,
    null,
    null,
    'Số hồ sơ đang giải quyết',
  ],
  [null, null, 'Tổng số', 'Trong đó', null, null, 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
  [null, null, null, 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước'],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)'],
];
const ROWS: Cell[][] = [
  [1, 'Hộ tịch', 412, 298, 101, 13, 405, 380, 22, 3, 7, 7, 0],
  [2, 'Chứng thực', 1236, 410, 820, 6, 1230, 1230, 0, 0, 6, 6, 0],
  [3, 'Đất đai', 57, 9, 31, 17, 38, 20, 12, 6, 19, 15, 4],
  [4, 'Lao động, thương binh và xã hội', 95, 60, 30, 5, 90, 70, 19, 1, 5, 5, 0],
];
const TOTAL: Cell[] = ['Tổng cộng', null, 1800, 777, 982, 41, 1763, 1700, 53, 10, 37, 33, 4];
const MERGES = [
  [1, 0, 1, 12],
  [2, 0, 2, 12],
  [4, 0, 6, 0],
  [4, 1, 6, 1],
  [4, 2, 4, 5],
  [4, 6, 4, 9],
  [4, 10, 4, 12],
  [5, 2, 6, 2],
  [5, 3, 5, 5],
  ...[6, 7, 8, 9, 10, 11, 12].map((c) => [5, c, 6, c]),
  [12, 0, 12, 1],
].map(([r0, c0, r1, c1]) => ({ s: { r: r0, c: c0 }, e: { r: r1, c: c1 } }));

function xlsx(): string {
  const ws = XLSX.utils.aoa_to_sheet([...HEAD, ...ROWS, TOTAL]);
  ws['!merges'] = MERGES;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Biểu 06');
  const file = join(out, 'bieu06-thang-11.xlsx');
  writeFileSync(file, new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  return file;
}
/** As a Vietnamese Windows Excel saves CSV: ";" between cells, "1.236" for one thousand two hundred thirty-six, no total row. */
function csv(): string {
  const vi = (c: Cell) => (typeof c === 'number' ? String(c).replace(/\B(?=(\d{3})+(?!\d))/g, '.') : (c ?? ''));
  const file = join(out, 'xuat-he-thong-mot-cua.csv');
  writeFileSync(file, '\uFEFF' + [...HEAD, ...ROWS].map((r) => r.map(vi).join(';')).join('\r\n'));
  return file;
}
/** Cells copied from Excel: the header rows and the table, tab-separated (merged cells come out empty). */
const pasted = () => [...HEAD.slice(4), ...ROWS, TOTAL].map((r) => r.map((c) => c ?? '').join('\t')).join('\r\n');

const BLOCK = 'f-ket-qua-giai-quyet-tthc-so-lieu';
const field = (page: Page, id: string) => page.locator(`#${BLOCK}-${id}`);

const openBuilder = (kind: string) => open(session, kind);
async function chooseFile(page: Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByLabel('Chọn tệp bảng tính').click()]);
  await chooser.setFiles(file);
}
const dialog = (page: Page) => page.locator('dialog.cchc-import');
const summary = (page: Page) => page.getByTestId('import-summary');
const shownValue = (page: Page, id: string) => page.getByTestId(`import-value-${id}`).textContent();

describe('TTHC file figures (Biểu 06) in the monthly builder', () => {
  it('imports a three-header-row .xlsx, a .csv and pasted cells, shows the mapping, then prints the rates in a valid .docx', async () => {
    const { page, context, watch } = await openBuilder('bao-cao-tthc-thang');
    await useExample(page);

    // The province's own cut-off, 21st–20th.
    await openPart(page, 'Phần đầu văn bản');
    await page.getByLabel('Tỉnh quy định ngày chốt số liệu khác').check();
    await page.getByLabel('Chốt số liệu từ ngày').fill('2024-10-21');
    await page.getByLabel('đến ngày', { exact: true }).fill('2024-11-20');
    await expect.poll(() => page.locator('#f-header-period-cutoff').textContent()).toContain('từ ngày 21/10/2024 đến ngày 20/11/2024');

    await openPart(page, 'Kết quả thực hiện');
    const block = page.locator('fieldset.cchc-indicators', { hasText: 'Kết quả giải quyết hồ sơ thủ tục hành chính' });
    // A figure typed the Vietnamese way, before the import replaces it.
    await field(page, 'tong-nhan').fill('1.234');
    await block.getByRole('button', { name: 'Nhập số liệu từ bảng tính' }).click();
    await dialog(page).waitFor();
    await page.setViewportSize({ width: 1366, height: 900 });

    // A file that is not a spreadsheet, and one without any known column: a message, nothing changed.
    const junk = join(out, 'khong-phai-bang-tinh.xlsx');
    writeFileSync(junk, 'PK\u0003\u0004 hỏng');
    await chooseFile(page, junk);
    await expect.poll(() => dialog(page).getByRole('alert').textContent()).toContain('Không đọc được tệp "khong-phai-bang-tinh.xlsx"');
    const other = join(out, 'danh-sach-can-bo.csv');
    writeFileSync(other, 'Họ và tên;Chức vụ\nNguyễn Văn A;Công chức\n');
    await chooseFile(page, other);
    await expect
      .poll(() => dialog(page).getByRole('alert').textContent())
      .toMatch(
        /^Tệp “danh-sach-can-bo\.csv” không có cột nào nhận ra được\. Cần dòng tiêu đề có các cột như “Tổng số hồ sơ nhận giải quyết”/,
      );

    // The .xlsx: title block, three merged header rows, a column-number row, four lĩnh vực, "Tổng cộng".
    await chooseFile(page, xlsx());
    await expect
      .poll(() => summary(page).textContent())
      .toBe('Tệp: bieu06-thang-11.xlsx — Biểu 06 — dòng tiêu đề: dòng 5–7. Số liệu: dùng dòng Tổng cộng (dòng 13).');
    const column = (id: string) => dialog(page).locator(`#${BLOCK}-import-col-${id} option:checked`).textContent();
    expect(await column('tong-nhan')).toBe('Cột C: Tổng số (Số hồ sơ nhận giải quyết)');
    expect(await column('tu-ky-truoc')).toBe('Cột F: Từ kỳ trước (Số hồ sơ nhận giải quyết › Trong đó)');
    expect(await column('da-qua-han')).toBe('Cột J: Quá hạn (Số hồ sơ đã giải quyết)');
    expect(await column('dang-qua-han')).toBe('Cột M: Quá hạn (Số hồ sơ đang giải quyết)');
    expect(await column('tra-lai-rut')).toBe('— Không lấy —');
    expect(await shownValue(page, 'tong-nhan')).toBe('1.800 hồ sơ');
    expect(await shownValue(page, 'dang-qua-han')).toBe('04 hồ sơ');
    expect(await shownValue(page, 'tra-lai-rut')).toBe('không có trong bảng tính: giữ số đang nhập');
    await dialog(page).screenshot({ path: join(out, 'dialog-1366.png') });
    // The user corrects a column, then puts it back.
    await dialog(page)
      .getByLabel('Số hồ sơ đang giải quyết quá hạn')
      .selectOption({ label: 'Cột L: Trong hạn (Số hồ sơ đang giải quyết)' });
    expect(await shownValue(page, 'dang-qua-han')).toBe('33 hồ sơ');
    expect(await column('dang-trong-han')).toBe('— Không lấy —');
    await dialog(page).getByLabel('Số hồ sơ đang giải quyết quá hạn').selectOption({ label: 'Cột M: Quá hạn (Số hồ sơ đang giải quyết)' });
    await dialog(page)
      .getByLabel('Số hồ sơ đang giải quyết trong hạn')
      .selectOption({ label: 'Cột L: Trong hạn (Số hồ sơ đang giải quyết)' });
    expect(await shownValue(page, 'dang-qua-han')).toBe('04 hồ sơ');
    await dialog(page).getByRole('button', { name: 'Áp dụng vào báo cáo' }).click();
    await expect
      .poll(() => page.getByTestId('notice').textContent())
      .toBe(
        'Đã nhập 11 số liệu từ tệp “bieu06-thang-11.xlsx”. Kiểm tra lại các cảnh báo bên dưới các ô (nếu có). Đã giữ 4 dòng theo lĩnh vực.',
      );
    expect(await dialog(page).count()).toBe(0);
    await expect.poll(() => field(page, 'tong-nhan').inputValue()).toBe('1.800');
    await expect.poll(() => block.locator(`#${BLOCK}-ty-le-dung-han`).textContent()).toBe('99,21%');
    expect(await block.locator(`#${BLOCK}-den-han`).textContent()).toBe('1.767 hồ sơ');
    expect(await block.locator(`#${BLOCK}-ty-le-qua-han`).textContent()).toBe('0,79%');
    expect(await block.locator(`#${BLOCK}-ty-le-tra-lai`).textContent()).toBe('—');
    expect(await block.locator(`#${BLOCK}-ty-le-dung-han-formula`).textContent()).toBe(
      'Công thức: (Trước hạn + Đúng hạn) ÷ Đến hạn × 100%',
    );
    await block.screenshot({ path: join(out, 'block-1366.png') });

    // The .csv (Vietnamese thousands, no total row): the rows are summed; cancelled, it changes nothing.
    await block.getByRole('button', { name: 'Nhập số liệu từ bảng tính' }).click();
    await chooseFile(page, csv());
    await expect
      .poll(() => summary(page).textContent())
      .toBe('Tệp: xuat-he-thong-mot-cua.csv — dòng tiêu đề: dòng 5–7. Số liệu: cộng 4 dòng (dòng 9–12).');
    expect(await shownValue(page, 'tong-nhan')).toBe('1.800 hồ sơ');
    expect(await shownValue(page, 'moi-truc-tiep')).toBe('982 hồ sơ');
    await dialog(page).getByRole('button', { name: 'Hủy' }).click();
    expect(await dialog(page).count()).toBe(0);

    // Cells pasted from Excel, on a phone-sized screen; the mapping corrected above is remembered for this header.
    await page.setViewportSize({ width: 390, height: 844 });
    await field(page, 'tra-lai-rut').fill('2');
    await block.getByRole('button', { name: 'Nhập số liệu từ bảng tính' }).click();
    const area = dialog(page).getByLabel('Hoặc dán các ô đã chép từ Excel');
    await area.focus();
    await area.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, pasted());
    await expect
      .poll(() => summary(page).textContent())
      .toBe('Dữ liệu đã dán — dòng tiêu đề: dòng 1–3. Số liệu: dùng dòng Tổng cộng (dòng 9).');
    expect(await dialog(page).getByText('Đã dùng cách ghép cột bạn chọn lần trước').count()).toBe(1);
    expect(await shownValue(page, 'da-truoc-han')).toBe('1.700 hồ sơ');
    await dialog(page).screenshot({ path: join(out, 'dialog-390.png') });
    await dialog(page).getByRole('button', { name: 'Áp dụng vào báo cáo' }).click();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain('Đã nhập 11 số liệu từ dữ liệu đã dán.');
    // The figure the sheet lacks keeps what was typed, and the checks name the likely cause of the gap.
    await expect.poll(() => field(page, 'tra-lai-rut').inputValue()).toBe('2');
    await expect
      .poll(() => page.locator(`#${BLOCK}-tong-nhan-issues`).textContent())
      .toContain('khác tổng đã giải quyết, đang giải quyết và trả lại, rút (1.802): lệch 2 hồ sơ.');
    await field(page, 'tra-lai-rut').fill('');
    await expect.poll(() => page.locator(`#${BLOCK}-tong-nhan-issues`).count()).toBe(0);
    await block.screenshot({ path: join(out, 'block-390.png') });
    await page.setViewportSize({ width: 1366, height: 900 });

    // The .docx holds the computed rates and passes the Decree 30 checker.
    const file = join(out, 'bao-cao-tthc-thang-bieu06.docx');
    await downloadDocx(page, file);
    const text = docxText(file);
    expect(text).toContain('Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính (số liệu tính từ ngày 21/10/2024 đến ngày 20/11/2024):');
    expect(text).toContain('- Tổng số hồ sơ nhận giải quyết 1.800 hồ sơ;');
    expect(text).toContain('- Hồ sơ đến hạn giải quyết 1.767 hồ sơ;');
    expect(text).toContain('- Tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,21%;');
    expect(text).toContain('- Tỷ lệ hồ sơ quá hạn 0,79%;');
    expect(text).toContain('- Tỷ lệ hồ sơ đã giải quyết đạt 97,94% số hồ sơ nhận giải quyết;');
    expect(text).toContain('- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 44,17%.');
    expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('opens a draft the site stored before the figure set with its figures under the new ids', async () => {
    const stored = JSON.parse(
      readFileSync(join(projectRoot, 'test/unit/drafts/fixtures/v1/localstorage-bao-cao-tu-kiem-tra.json'), 'utf8'),
    ) as Record<string, string>;
    const { page, context, watch } = await openBuilder('bao-cao-tu-kiem-tra');
    await page.evaluate((entries) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    }, stored);
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await openPart(page, 'Kết quả thực hiện');
    const f = (id: string) => page.locator(`#f-ket-qua-cai-cach-tthc-giai-quyet-${id}`);
    await expect.poll(() => f('tong-nhan').inputValue()).toBe('1.660');
    expect(await f('moi-truc-tuyen').inputValue()).toBe('177');
    expect(await f('da-dung-han').inputValue()).toBe('1.656');
    expect(await f('tong-dang-giai-quyet').inputValue()).toBe('3');
    await expect
      .poll(() => page.locator('#f-ket-qua-cai-cach-tthc-giai-quyet-tong-nhan-issues').textContent())
      .toContain('Có thể có hồ sơ bị trả lại hoặc người nộp rút chưa nhập');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
