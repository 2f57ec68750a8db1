/**
 * The TTHC report for any period (month, quarter, six months, year): its headings, sentences and data cut-off follow the
 * period, and a quarterly report of a city passes the Decree 30 checker. A report whose sections are the issuer's: its
 * own numbered sub-headings in section I, and the kind's later sections left out when empty.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/schemas/draft.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { renderBytes } from '../../support/render.ts';
import type { DocBlock } from '../../../src/lib/document/model.ts';
import { CATALOGUE, OUT } from '../../support/helpers.ts';
import { checkNd30, docxText } from '../../support/nd30.ts';
import { exampleOf, monthly, periodic } from '../../support/fixtures.ts';

const headings = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
const paragraphs = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));

/** The example's figures and texts, as a city writes them for `period`. */
function cityReport(period: Draft['header']['period']): Draft {
  const d = exampleOf('bao-cao-tthc-thang');
  return {
    ...d,
    header: {
      ...d.header,
      issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
      place: 'Thành phố Hồ Chí Minh',
      date: '2026-09-18',
      period,
      title: '',
      basis: '',
      recipients: ['Văn phòng Chính phủ'],
    },
    values: {
      ...d.values,
      'ket-qua/giai-quyet-tthc:so-lieu': {
        'moi-tiep-nhan': 19630,
        'da-dung-han': 19255,
        'da-qua-han': 0,
        'dang-qua-han': 689,
        'tra-lai-rut': 16,
      },
    },
    distribution: ['Như trên', 'Lưu: VT'],
  };
}

/** Section I as a city writes it: its own numbered sub-headings, then the figures; with `later`, sections II–IV as they were. */
const ownSections = (d: Draft, later = false): Draft => ({
  ...d,
  instances: { 'de-muc': [{ name: 'Đánh giá tác động quy định TTHC' }, { name: 'Thẩm định, thẩm tra quy định TTHC' }] },
  values: {
    ...(later ? Object.fromEntries(Object.entries(d.values).filter(([k]) => !k.startsWith('ket-qua'))) : {}),
    'ket-qua/de-muc#0:noi-dung': 'Trong quý, đã đánh giá tác động đối với 03 TTHC trong 02 dự thảo văn bản.',
    'ket-qua/de-muc#1:noi-dung': 'Sở Tư pháp đã thẩm định 02 dự thảo văn bản có quy định TTHC.',
    'ket-qua/pakn:so-lieu': d.values['ket-qua/pakn:so-lieu'],
    'ket-qua/giai-quyet-tthc:so-lieu': d.values['ket-qua/giai-quyet-tthc:so-lieu'],
  },
});

describe('the TTHC report follows its period', () => {
  it('offers month, quarter, six months and year', () => {
    expect(monthly.periods).toEqual(['thang', 'quy', '6-thang', 'nam']);
  });

  it.each([
    [
      { kind: 'thang', year: 2026, index: 9 },
      'tháng 9 năm 2026',
      'THÁNG TIẾP THEO',
      'báo cáo tháng',
      'từ ngày 15/8/2026 đến ngày 14/9/2026',
    ],
    [{ kind: 'quy', year: 2026, index: 3 }, 'quý III năm 2026', 'QUÝ TIẾP THEO', 'báo cáo quý', 'từ ngày 15/6/2026 đến ngày 14/9/2026'],
    [
      { kind: '6-thang', year: 2026, index: 1 },
      '6 tháng đầu năm 2026',
      '6 THÁNG CUỐI NĂM',
      'báo cáo 6 tháng',
      'từ ngày 15/12/2025 đến ngày 14/6/2026',
    ],
    [{ kind: 'nam', year: 2026 }, 'năm 2026', 'NĂM 2027', 'báo cáo năm', 'từ ngày 15/12/2025 đến ngày 14/12/2026'],
  ] as const)('%o: "%s", "… %s", "%s", cut-off %s', (period, label, next, kind, cutoff) => {
    const doc = buildDocument(monthly, cityReport(period), CATALOGUE);
    expect(doc.title).toBe(`Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính ${label}`);
    expect(headings(doc.body)).toContain(`III. NHIỆM VỤ TRỌNG TÂM CỦA ${next}`);
    expect(paragraphs(doc.body).join('\n')).toContain(`số liệu tính ${cutoff}`);
    // The opening sentence left to the template: its blanks stay out, the report kind follows the period.
    const own = buildDocument(
      monthly,
      {
        ...cityReport(period),
        header: { ...cityReport(period).header, basis: `Thực hiện văn bản của tỉnh về việc ${kind}, {don_vi} báo cáo {ky}, như sau:` },
      },
      CATALOGUE,
    );
    expect(paragraphs(own.body)[0]).toBe(
      `Thực hiện văn bản của tỉnh về việc ${kind}, Ủy ban nhân dân Thành phố Hồ Chí Minh báo cáo ${label}, như sau:`,
    );
  });

  it('fills {loai_ky} in the template’s opening: "về việc báo cáo quý"', () => {
    expect(monthly.defaults.basis).toContain('báo cáo {loai_ky} về công');
  });

  it('a quarterly TTHC-control report of Thành phố Hồ Chí Minh passes the Decree 30 checker', async () => {
    const d = ownSections(cityReport({ kind: 'quy', year: 2026, index: 3 }), true);
    d.header.title = 'KẾT QUẢ THỰC HIỆN CÔNG TÁC KIỂM SOÁT TTHC QUÝ III NĂM 2026 TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH';
    const ev = evaluate(monthly, d, CATALOGUE);
    expect(ev.issues.filter((i) => i.blocking)).toEqual([]);
    const bytes = await renderBytes(monthly, d, CATALOGUE, ev);
    const file = join(OUT, 'tthc-quy-ho-chi-minh.docx');
    writeFileSync(file, bytes);
    expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
    const text = docxText(file);
    expect(text).toContain('Thành phố Hồ Chí Minh, ngày 18 tháng 9 năm 2026');
    expect(text).toContain('Kết quả thực hiện công tác kiểm soát TTHC quý III năm 2026 trên địa bàn Thành phố Hồ Chí Minh');
    expect(text).toContain('1. Đánh giá tác động quy định TTHC');
    expect(text).toContain('4. Kết quả tiếp nhận, giải quyết thủ tục hành chính');
    expect(text).toContain('III. NHIỆM VỤ TRỌNG TÂM CỦA QUÝ TIẾP THEO');
    expect(text).not.toMatch(/THÁNG TIẾP THEO|Thành Phố|Không có nội dung/);
  });
});

describe('sections as the issuer writes them', () => {
  it('numbers the issuer’s own sub-headings in section I and leaves out the kind’s fixed sections left empty', () => {
    const doc = buildDocument(monthly, ownSections(cityReport({ kind: 'quy', year: 2026, index: 3 })), CATALOGUE);
    expect(headings(doc.body)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Đánh giá tác động quy định TTHC',
      '2. Thẩm định, thẩm tra quy định TTHC',
      '3. Kết quả tiếp nhận và xử lý phản ánh, kiến nghị',
      '4. Kết quả tiếp nhận, giải quyết thủ tục hành chính',
    ]);
    expect(paragraphs(doc.body)).not.toContain('Không có nội dung.');
  });

  it('says which sections will be left out, as notes rather than warnings, and asks a name for an unnamed sub-heading', () => {
    const d = ownSections(cityReport({ kind: 'quy', year: 2026, index: 3 }));
    d.instances['de-muc'].push({ name: ' ' });
    const issues = evaluate(monthly, d, CATALOGUE).issues;
    expect(issues.filter((i) => i.key.startsWith('empty:')).every((i) => i.severity === 'info' && i.message.includes('sẽ được bỏ'))).toBe(
      true,
    );
    expect(issues.find((i) => i.key === 'instances:de-muc:2')?.message).toContain('chưa có tên');
    expect(issues.find((i) => i.key === 'instances:de-muc')).toBeUndefined();
  });

  it('keeps "Không có nội dung." for sections not left out: a reform area of the periodic report', () => {
    const d = exampleOf('bao-cao-cchc-dinh-ky');
    delete d.values['ket-qua/cai-cach-the-che:noi-dung'];
    const doc = buildDocument(periodic, d, CATALOGUE);
    const h = doc.body.findIndex((b) => b.type === 'heading' && b.text.endsWith('Cải cách thể chế'));
    expect(doc.body[h + 1]).toEqual({ type: 'paragraph', runs: [{ text: 'Không có nội dung.' }] });
  });

  it('leaves out the periodic report’s sections II–IV when the issuer wrote everything in section I', () => {
    const d = exampleOf('bao-cao-cchc-dinh-ky');
    const values = Object.fromEntries(Object.entries(d.values).filter(([k]) => k.startsWith('chi-dao-dieu-hanh')));
    values['chi-dao-dieu-hanh/de-muc#0:noi-dung'] = 'Đã tổ chức 03 hội nghị tuyên truyền cải cách hành chính.';
    const doc = buildDocument(
      periodic,
      {
        ...d,
        values,
        instances: { 'de-muc': [{ name: 'Công tác tuyên truyền' }] },
        texts: { 'heading:chi-dao-dieu-hanh': 'Kết quả thực hiện' },
      },
      CATALOGUE,
    );
    expect(headings(doc.body)).toEqual(['I. KẾT QUẢ THỰC HIỆN', '1. Công tác tuyên truyền']);
    expect(paragraphs(doc.body)).not.toContain('Không có nội dung.');
  });
});
