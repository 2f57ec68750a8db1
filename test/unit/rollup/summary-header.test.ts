/**
 * A summary a Sở can sign: the header's own fields (cơ quan chủ quản regular, cơ quan ban hành bold, "BC-SNV", Kính
 * gửi, the document answered, Nơi nhận, signer), each collector's defaults, names as typed, no "…" without a warning
 * naming it, the officer's own sections, and the coverage of partial totals in the summary itself.
 */
import { describe, expect, it } from 'vitest';
import { computeRollup } from '../../../src/lib/rollup/compute.ts';
import { addReports, emptyRollup, type RollupSettings, type RollupState } from '../../../src/lib/rollup/state.ts';
import { collectorDefaults, issuerAbbrOf, withCollector } from '../../../src/lib/rollup/header.ts';
import { summaryDraft, summaryTextBlocks } from '../../../src/lib/rollup/summary.ts';
import { summaryWarnings } from '../../../src/lib/rollup/summary-check.ts';
import { renderBytes } from '../../support/render.ts';
import { monthly } from '../../support/fixtures.ts';
import { CATALOGUE, failures, runChecker, writeOut } from '../../support/helpers.ts';
import { docxPart, docxText } from '../../support/nd30.ts';
import { FILES, PAKN, listNameOf, random, unitDraft, unitFigures } from '../../support/rollup-units.ts';

const rnd = random(41);
const us = Array.from({ length: 4 }, (_, i) => ({ i, figures: unitFigures(rnd) }));
const drafts = us.map((u) => unitDraft(u.i, u.figures));
// Unit 3 reported without a figure.
for (const k of [FILES, PAKN]) delete drafts[3].values[k];
for (const k of Object.keys(drafts[3].values)) if (k.includes('so-lieu') || k.includes('tthc-noi-bo')) delete drafts[3].values[k];

const base = addReports(
  { ...emptyRollup(), kind: monthly.id },
  drafts.map((d, i) => ({ file: `${i}.docx`, draft: d })),
  't',
).state;
const province = (patch: Partial<RollupSettings> = {}): RollupState => {
  const chosen = withCollector(base.settings, { collector: '', locality: '' }, { collector: 'so', locality: 'tỉnh Lâm Đồng' });
  return {
    ...base,
    settings: {
      ...base.settings,
      ...chosen,
      collector: 'so',
      locality: 'tỉnh Lâm Đồng',
      requestNumber: '1234/UBND-NC',
      requestDate: '2026-11-05',
      requestSubject: 'về việc báo cáo kết quả kiểm soát thủ tục hành chính tháng 11 năm 2026',
      signName: 'Nguyễn Thị Hòa',
      ...patch,
    },
  };
};
const today = new Date('2026-12-01T03:00:00Z');

describe('the header of a summary', () => {
  it('has the defaults of a Sở Nội vụ, a UBND tỉnh and a UBND xã, written with the locality as typed', () => {
    expect(collectorDefaults('so', 'tỉnh Lâm Đồng')).toMatchObject({
      parentBody: 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG',
      issuer: 'SỞ NỘI VỤ',
      unit: 'Sở Nội vụ',
      issuerAbbr: 'SNV',
      place: 'Lâm Đồng',
      recipients: 'Ủy ban nhân dân tỉnh Lâm Đồng',
      signAuthority: 'KT. GIÁM ĐỐC',
    });
    expect(collectorDefaults('tinh', 'thành phố Huế')).toMatchObject({
      parentBody: '',
      issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ',
      unit: 'Ủy ban nhân dân thành phố Huế',
      place: 'Huế',
      distribution: 'Như trên\nChủ tịch, các Phó Chủ tịch UBND thành phố\nLưu: VT',
    });
    expect(collectorDefaults('xa', "xã Ea H'leo")).toMatchObject({
      issuer: "ỦY BAN NHÂN DÂN\nXÃ EA H'LEO",
      unit: "Ủy ban nhân dân xã Ea H'leo",
    });
  });

  it('keeps what the user changed when the collector or the locality changes', () => {
    const first = withCollector(base.settings, { collector: '', locality: '' }, { collector: 'so', locality: 'tỉnh Lâm Đồng' });
    const typed = { ...first, signTitle: 'GIÁM ĐỐC', signAuthority: '' };
    const next = withCollector(typed, { collector: 'so', locality: 'tỉnh Lâm Đồng' }, { collector: 'so', locality: 'tỉnh Gia Lai' });
    expect(next).toMatchObject({ parentBody: 'ỦY BAN NHÂN DÂN\nTỈNH GIA LAI', signTitle: 'GIÁM ĐỐC', signAuthority: 'KT. GIÁM ĐỐC' });
    expect(issuerAbbrOf('BC-SNV', 'BÁO CÁO')).toBe('SNV');
    expect(issuerAbbrOf(' snv ', 'BÁO CÁO')).toBe('snv');
  });

  it('makes a Sở Nội vụ summary that passes the Decree 30 checker, with no "…", no "BC-UBND" and names as typed', async () => {
    const state = province();
    const result = computeRollup(monthly, state, CATALOGUE);
    const d = summaryDraft(monthly, state, result, today);
    expect(d.header).toMatchObject({
      parentBody: 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG',
      issuer: 'SỞ NỘI VỤ',
      issuerAbbr: 'SNV',
      place: 'Lâm Đồng',
    });
    expect(d.header.basis).toBe(
      'Thực hiện Công văn số 1234/UBND-NC ngày 05/11/2026 của Ủy ban nhân dân tỉnh Lâm Đồng về việc báo cáo kết quả kiểm soát thủ tục hành chính tháng 11 năm 2026, Sở Nội vụ báo cáo tổng hợp kết quả thực hiện tháng 11 năm 2026 của các đơn vị như sau:',
    );
    const file = writeOut('rollup-summary-so.docx', await renderBytes(monthly, d, CATALOGUE));
    expect(failures(runChecker(file))).toEqual([]);
    const text = docxText(file);
    expect(text).toContain('/BC-SNV');
    expect(text).not.toContain('BC-UBND');
    expect(text).not.toMatch(/…|\.\.\./);
    expect(text).not.toContain('Sở Nội Vụ');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng');
    // Cơ quan chủ quản regular, cơ quan ban hành bold, on lines of their own.
    const xml = docxPart(file, 'word/document.xml');
    const run = (s: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${s}</w:t></w:r>`).exec(xml)?.[0] ?? '';
    expect(run('TỈNH LÂM ĐỒNG')).toMatch(/^<w:r>/);
    expect(run('TỈNH LÂM ĐỒNG')).not.toContain('<w:b/>');
    expect(run('SỞ NỘI VỤ')).toContain('<w:b/>');
    // Only the sections the officer has not written are named before download.
    expect(summaryWarnings(monthly, d, CATALOGUE).every((w) => w.includes('chưa có nội dung'))).toBe(true);
  });

  it('warns, naming the place, of each "…" a default leaves; a section with nothing written is left out, not printed empty', async () => {
    const state = province({ locality: '', parentBody: 'ỦY BAN NHÂN DÂN\nTỈNH …', recipients: 'Ủy ban nhân dân tỉnh …' });
    const d = summaryDraft(monthly, state, computeRollup(monthly, state, CATALOGUE), today);
    const warnings = summaryWarnings(monthly, d, CATALOGUE);
    expect(warnings).toContainEqual(expect.stringContaining('Cơ quan chủ quản còn “…”'));
    expect(warnings).toContainEqual(expect.stringContaining('Kính gửi còn “…”'));
    expect(warnings.filter((w) => w.includes('chưa có nội dung'))).toEqual([]);
    const text = docxText(writeOut('rollup-summary-unwritten.docx', await renderBytes(monthly, d, CATALOGUE)));
    expect(text).not.toContain('Không có nội dung.');
    expect(text).not.toContain('Đánh giá chung');
  });

  it('prints what the officer wrote for the sections the roll-up cannot fill', async () => {
    const blocks = summaryTextBlocks(monthly);
    expect(blocks.map((b) => b.key)).toContain('danh-gia/danh-gia-chung:noi-dung');
    const texts = Object.fromEntries(blocks.map((b) => [b.key, `- Nội dung ${b.label} do Sở Nội vụ viết.`]));
    const state = province({ texts });
    const d = summaryDraft(monthly, state, computeRollup(monthly, state, CATALOGUE), today);
    expect(summaryWarnings(monthly, d, CATALOGUE)).toEqual([]);
    const text = docxText(writeOut('rollup-summary-so-texts.docx', await renderBytes(monthly, d, CATALOGUE)));
    expect(text).toContain('Nội dung Đánh giá chung do Sở Nội vụ viết.');
    expect(text).not.toContain('Không có nội dung.');
  });

  it('says under which units its partial totals were added up, and marks a unit that reported without figures', async () => {
    const state = province();
    const result = computeRollup(monthly, state, CATALOGUE);
    const d = summaryDraft(monthly, state, result, today);
    const text = docxText(writeOut('rollup-summary-coverage.docx', await renderBytes(monthly, d, CATALOGUE)));
    expect(text).toContain(`tổng hợp từ báo cáo của 3/4 đơn vị; thiếu: ${listNameOf(3)}`);
    expect(text).toContain(`${listNameOf(3)} (đã báo cáo, không có số liệu)`);
    const sum = (id: string) => us.slice(0, 3).reduce((a, u) => a + u.figures.files[id], 0);
    expect(d.values[FILES]).toMatchObject({ 'tong-nhan': sum('tong-nhan'), 'dang-qua-han': sum('dang-qua-han') });
  });
});
