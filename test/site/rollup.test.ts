/**
 * "Tổng hợp báo cáo" in Chromium as a province uses it: 120 communes' and wards' monthly reports (.docx made by the
 * site's own renderer, varied figures; two that do not add up, one unit twice, one of October, one late) and a damaged
 * file dropped at once; the list of units pasted; the table, flags, totals, ranking and targets checked against
 * figures this test adds up itself; the summary .docx (Decree 30 checker) and the .xlsx (through LibreOffice) checked
 * against the same figures; the roll-up reopened after a reload and extended with a corrected report; the summary
 * opened in the builder.
 */
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { savedDraft } from './support/builder.ts';
import { useSite } from './support/session.ts';
import { projectRoot } from './support/server.ts';
import { checkNd30, docxPart, docxText } from '../support/nd30.ts';
import { loadCatalogue, loadTemplates } from '../../src/data/load.ts';
import { renderBytes } from '../support/render.ts';
import { docxImportMessages } from '../../src/lib/drafts/docx-import.ts';
import { FILES, PAKN, headerNameOf, listNameOf, unitDraft, unitFiles, type UnitFigures } from '../support/rollup-units.ts';

const out = join(projectRoot, 'test-output', 'rollup');
const units = join(out, 'units');
const N = 120;
const set = unitFiles(N, 2026);
const monthly = loadTemplates().get('bao-cao-tthc-thang')!;
const catalogue = loadCatalogue();
const DAMAGED = 'xa-gui-loi.docx';

const session = useSite(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(units, { recursive: true });
});

// What the roll-up must show, computed here from the generated figures.
const final = new Map<number, (typeof set.files)[number]>();
for (const f of set.files) final.set(f.unit, f); // the later file of a unit is its newer report
const included = [...final.values()].filter((f) => f.unit !== set.otherPeriod);
const sum = (pick: (f: UnitFigures) => number) => included.reduce((a, f) => a + pick(f.figures), 0);
/** Half-up percentage with two decimals, in integers. */
const pct = (num: number, den: number) => Math.floor((2 * num * 10_000 + den) / (2 * den)) / 100;
const vi = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 2 });
const onTime = (f: UnitFigures) =>
  pct(f.files['da-truoc-han'] + f.files['da-dung-han'], f.files['tong-da-giai-quyet'] + f.files['dang-qua-han']);
const online = (f: UnitFigures) => pct(f.files['moi-truc-tuyen'], f.files['moi-tiep-nhan']);

async function writeUnitFiles(): Promise<string[]> {
  const paths: string[] = [];
  for (const f of set.files) {
    const path = join(units, f.file);
    writeFileSync(path, await renderBytes(monthly, f.draft, catalogue));
    paths.push(path);
  }
  // A report cut short in transfer.
  const damaged = join(units, DAMAGED);
  writeFileSync(damaged, readFileSync(paths[3]).subarray(0, 4000));
  paths.splice(60, 0, damaged);
  return paths;
}

async function openRollup(viewport = { width: 1366, height: 900 }) {
  const w = await session.page({ viewport });
  await w.page.goto(`${session.site.url}tong-hop/`);
  await w.page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
  return w;
}

/** Every row of the unit table: name, flags, and the text of each figure cell. */
const tableRows = (page: Page) =>
  page.locator('[data-testid="unit-table"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.getAttribute('data-unit') ?? '',
      flags: (tr.getAttribute('data-flags') ?? '').split(' ').filter(Boolean),
      cells: Object.fromEntries(
        [...tr.querySelectorAll('td[data-key]')].map((td) => [td.getAttribute('data-key'), td.textContent?.trim() ?? '']),
      ),
    })),
  );
const totalCell = (page: Page, key: string) => page.locator(`[data-testid="total-row"] td[data-key="${key}"]`).textContent();

async function download(page: Page, button: string, file: string) {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }).catch(async () => {
      throw new Error(`Không có tệp tải về; thông báo: ${await page.getByTestId('notice').textContent()}`);
    }),
    page.getByRole('button', { name: button }).click(),
  ]);
  await d.saveAs(file);
  return d.suggestedFilename();
}

describe('Tổng hợp báo cáo', () => {
  it('rolls up 120 units’ reports dropped at once, with flags, totals, ranking and downloads', { timeout: 300_000 }, async () => {
    const paths = await writeUnitFiles();
    expect(paths).toHaveLength(N + 2);
    const { page, watch, context } = await openRollup();

    await page.locator('#cchc-rollup-files').setInputFiles(paths);
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 60_000 })
      .toBe(`Đã thêm ${N + 1} báo cáo vào bảng tổng hợp. 1 tệp không dùng được: xem danh sách bên dưới.`);
    expect(await page.getByTestId('problems').locator('li').allTextContents()).toEqual([`${DAMAGED}: ${docxImportMessages.damaged}`]);
    const dup = set.files.filter((f) => f.unit === set.duplicate);
    expect(await page.getByTestId('notes').textContent()).toContain(
      `${headerNameOf(set.duplicate)}: dùng báo cáo mới hơn trong tệp ${dup[1].file}`,
    );

    // The province's list (one commune that sent nothing), the deadline, the signer.
    await page
      .locator('#cchc-rollup-expected')
      .fill([...Array.from({ length: N }, (_, i) => `${i + 1}. ${listNameOf(i)}`), `${N + 1}. Xã Chưa Gửi`].join('\n'));
    await page.locator('#cchc-rollup-expected').blur();
    await page.locator('#cchc-rollup-deadline').fill('2026-11-20');
    await page.locator('#cchc-rollup-issuer').fill('ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN');
    await page.locator('#cchc-rollup-place').fill('Hưng Yên');
    await page.locator('#cchc-rollup-sign-name').fill('Trần Thị Bình');
    await page.locator('#cchc-rollup-sign-name').blur();
    await expect.poll(() => page.getByTestId('overview').textContent()).toContain('Danh sách có 121 đơn vị, 1 đơn vị chưa có báo cáo.');

    // The table: one row per unit in the list's order, the missing one last, each figure as its report gave it.
    const rows = await tableRows(page);
    expect(rows.map((r) => r.name)).toEqual([...Array.from({ length: N }, (_, i) => headerNameOf(i)), 'Xã Chưa Gửi']);
    for (const [i, f] of final) {
      const row = rows[i];
      for (const [id, x] of Object.entries(f.figures.files)) expect(row.cells[`${FILES}.${id}`], `${row.name} ${id}`).toBe(vi(x));
      for (const [id, x] of Object.entries(f.figures.pakn)) expect(row.cells[`${PAKN}.${id}`], `${row.name} ${id}`).toBe(vi(x));
      expect(row.cells[`${FILES}.ty-le-dung-han`]).toBe(`${vi(onTime(f.figures))}%`);
      const expected = [
        ...(set.inconsistent.includes(i) ? ['figures'] : []),
        ...(i === set.otherPeriod ? ['period'] : []),
        ...(i === set.duplicate ? ['duplicate'] : []),
        ...(i === set.late ? ['late'] : []),
      ];
      expect(row.flags, row.name).toEqual(expected);
    }
    expect(rows[N].flags).toEqual(['missing']);
    await expect.poll(() => page.locator('[data-flag="figures"] li').count()).toBe(2);

    // Totals from summed counts; rates from the totals.
    expect(await page.locator('[data-testid="total-row"] th').textContent()).toBe(`Tổng cộng (${N - 1} đơn vị)`);
    for (const id of Object.keys(included[0].figures.files))
      expect(await totalCell(page, `${FILES}.${id}`), id).toBe(vi(sum((f) => f.files[id])));
    const due = sum((f) => f.files['tong-da-giai-quyet'] + f.files['dang-qua-han']);
    const totalOnTime = pct(
      sum((f) => f.files['da-truoc-han'] + f.files['da-dung-han']),
      due,
    );
    expect(await totalCell(page, `${FILES}.ty-le-dung-han`)).toBe(`${vi(totalOnTime)}%`);
    const totalOnline = pct(
      sum((f) => f.files['moi-truc-tuyen']),
      sum((f) => f.files['moi-tiep-nhan']),
    );
    expect(await totalCell(page, `${FILES}.ty-le-truc-tuyen`)).toBe(`${vi(totalOnline)}%`);

    // Ranking by on-time rate, then by online share.
    const rankingValues = () => page.locator('[data-testid="ranking"] tbody td:last-child').allTextContents();
    expect(await rankingValues()).toEqual(
      included
        .map((f) => onTime(f.figures))
        .sort((a, b) => b - a)
        .map((x) => `${vi(x)}%`),
    );
    const best = included.reduce((a, f) => (onTime(f.figures) > onTime(a.figures) ? f : a));
    if (included.filter((f) => onTime(f.figures) === onTime(best.figures)).length === 1)
      expect(await page.locator('[data-testid="ranking"] tbody tr').first().locator('th').textContent()).toBe(headerNameOf(best.unit));
    await page.locator('#cchc-rollup-rank-by').selectOption({ label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến (cao xếp trước)' });
    expect(await rankingValues()).toEqual(
      included
        .map((f) => online(f.figures))
        .sort((a, b) => b - a)
        .map((x) => `${vi(x)}%`),
    );

    // No national target has a verified source: none is invented; a target the province typed is used.
    expect(await page.getByTestId('targets').textContent()).toContain('Chưa có chỉ tiêu nào để so sánh.');
    await page.getByLabel('Chỉ tiêu của tỉnh: Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn (%, tối thiểu)').fill('98,5');
    await page.getByLabel('Chỉ tiêu của tỉnh: Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn (%, tối thiểu)').blur();
    const below = included.filter((f) => onTime(f.figures) < 98.5);
    await expect.poll(() => page.getByTestId('targets').locator('li').count()).toBe(below.length);
    expect(await page.getByTestId('targets').textContent()).toContain(`${below.length}/${included.length} đơn vị chưa đạt.`);

    await page.screenshot({ path: join(out, 'rollup-1366.png'), fullPage: false });
    await page.locator('[data-testid="unit-table"]').screenshot({ path: join(out, 'table-1366.png') });

    // The summary .docx: Decree 30, the totals in its figures.
    const docx = join(out, 'tong-hop.docx');
    expect(await download(page, 'Tải báo cáo tổng hợp (.docx)', docx)).toBe('tong-hop-bc-tthc-thang-11-2026.docx');
    expect(checkNd30(docx).filter((r) => !r.ok)).toEqual([]);
    const text = docxText(docx);
    expect(text).toContain('ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN');
    expect(text).toContain(`Tổng số hồ sơ nhận giải quyết ${vi(sum((f) => f.files['tong-nhan']))} hồ sơ`);
    expect(text).toContain(`Tỷ lệ giải quyết trước hạn và đúng hạn đạt ${vi(totalOnTime)}%`);
    expect(text).toContain('Trần Thị Bình');
    // The per-unit table as the Phụ lục, on landscape pages after the signature: the units counted, one a row.
    const sections = [...docxPart(docx, 'word/document.xml').matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.map((x) => /w:orient="(\w+)"/.exec(x)?.[1])).toEqual(['portrait', 'landscape']);
    const appendix = text.slice(text.indexOf('Trần Thị Bình'));
    expect(appendix).toContain('KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THEO ĐƠN VỊ');
    for (const f of included) expect(appendix).toContain(`\n${headerNameOf(f.unit)}\n${vi(f.figures.files['tong-nhan'])}\n`);
    expect(appendix).not.toContain(`\n${headerNameOf(set.otherPeriod)}\n`);

    // The .xlsx, read by LibreOffice: the same numbers, as numbers.
    const xlsx = join(out, 'tong-hop.xlsx');
    expect(await download(page, 'Tải bảng theo đơn vị (.xlsx)', xlsx)).toBe('tong-hop-bc-tthc-thang-11-2026.xlsx');
    execFileSync(
      'timeout',
      [
        '-k',
        '5',
        '120',
        'soffice',
        '--headless',
        '--norestore',
        '-env:UserInstallation=file:///tmp/lo-rollup-test',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false',
        '--outdir',
        out,
        xlsx,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const csv = parseCsv(readFileSync(join(out, 'tong-hop.csv'), 'utf8'));
    // LibreOffice writes a percentage cell as shown ("99.15%"), other numbers as they are.
    const num = (cell: string) => (cell.endsWith('%') ? Number(cell.slice(0, -1)) / 100 : Number(cell));
    const header = csv[1];
    const col = (label: string) => header.indexOf(label);
    expect(header.slice(0, 4)).toEqual(['TT', 'Đơn vị', 'Số báo cáo', 'Ngày báo cáo']);
    for (const [i, f] of final) {
      const line = csv[2 + i];
      expect(line[1]).toBe(headerNameOf(i));
      expect(num(line[col('Tổng số hồ sơ nhận giải quyết')])).toBe(f.figures.files['tong-nhan']);
      expect(num(line[col('Số hồ sơ đã giải quyết quá hạn')])).toBe(f.figures.files['da-qua-han']);
      expect(num(line[col('Tổng số PAKN đã tiếp nhận')])).toBe(f.figures.pakn['tiep-nhan']);
      expect(num(line[col('Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn')])).toBeCloseTo(onTime(f.figures) / 100, 10);
    }
    const totalLine = csv.find((l) => l[1].startsWith('Tổng cộng'))!;
    expect(num(totalLine[col('Tổng số hồ sơ nhận giải quyết')])).toBe(sum((f) => f.files['tong-nhan']));

    // Reopened after a reload, then extended: the corrected report of a unit replaces its row.
    await page.reload();
    await page.locator('[data-testid="unit-table"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="unit-table"] tbody tr').count()).toBe(N + 1);
    const wrong = set.inconsistent[0];
    const fixed = structuredClone(final.get(wrong)!.figures);
    fixed.files['da-dung-han'] -= 3;
    const corrected = join(units, `sua-${wrong}.docx`);
    writeFileSync(corrected, await renderBytes(monthly, unitDraft(wrong, fixed, { date: '2026-11-21' }), catalogue));
    await page.locator('#cchc-rollup-files').setInputFiles(corrected);
    await expect.poll(() => page.getByTestId('notice').textContent()).toBe('Đã thêm 1 báo cáo vào bảng tổng hợp.');
    const after = await tableRows(page);
    expect(after).toHaveLength(N + 1);
    expect(after[wrong].flags).toEqual(['duplicate', 'late']);
    expect(after[wrong].cells[`${FILES}.da-dung-han`]).toBe(vi(fixed.files['da-dung-han']));
    expect(await totalCell(page, `${FILES}.da-dung-han`)).toBe(vi(sum((f) => f.files['da-dung-han']) - 3));

    // The summary opens in the builder with the totals.
    await page.getByRole('button', { name: 'Mở trong trang lập báo cáo' }).click();
    await page.waitForURL(/lap-bao-cao\/bao-cao-tthc-thang\/$/);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    const saved = await savedDraft(page, 'bao-cao-tthc-thang');
    expect(saved.values[FILES]['tong-nhan']).toBe(sum((f) => f.files['tong-nhan']));
    expect(saved.header.issuer).toBe('ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN');

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('is usable on a 390 px phone, with no axe-core violation', async () => {
    const w = await session.page({
      viewport: { width: 390, height: 844 },
      bypassCSP: true,
    });
    const { page, context, watch } = w;
    await page.goto(`${session.site.url}tong-hop/`);
    await page.locator('[data-ready="true"]').waitFor({ timeout: 15_000 });
    await page.locator('#cchc-rollup-files').setInputFiles(
      await Promise.all(
        set.files.slice(0, 6).map(async (f) => {
          const path = join(units, `phone-${f.file}`);
          writeFileSync(path, await renderBytes(monthly, f.draft, catalogue));
          return path;
        }),
      ),
    );
    await page.locator('[data-testid="unit-table"]').waitFor();
    await page.screenshot({ path: join(out, 'rollup-390.png'), fullPage: true });
    // axe-core on the page with its table, flags and settings (Starlight's search button left out, as for every page).
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the screen but the table's own scrolling box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});

/** A CSV file (comma, double quotes) as rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows[rows.length - 1].push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows[rows.length - 1].push(cell);
      cell = '';
      rows.push([]);
    } else cell += c;
  }
  if (cell || rows[rows.length - 1].length) rows[rows.length - 1].push(cell);
  return rows.filter((r) => r.length > 1 || r[0]);
}
