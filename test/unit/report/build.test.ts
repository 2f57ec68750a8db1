import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { letter } from '../../../src/lib/report/numbering.ts';
import { wording } from '../../../src/lib/document/wording.ts';
import { runsText } from '../../../src/lib/report/prose.ts';
import type { DocBlock, ReportDocument } from '../../../src/lib/document/model.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { draftFor, exampleOf, mini, monthly, periodic, periodicWithTarget, templates } from '../../support/fixtures.ts';

const headings = (d: ReportDocument) =>
  d.body.filter((b): b is Extract<DocBlock, { type: 'heading' }> => b.type === 'heading').map((b) => b.text);
const paragraphs = (d: ReportDocument) =>
  d.body.filter((b): b is Extract<DocBlock, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => runsText(b.runs));

describe('numbering', () => {
  it('numbers seed 001 as I., 1. … and upper-cases part titles', () => {
    const doc = buildDocument(periodic, exampleOf('bao-cao-cchc-dinh-ky'), CATALOGUE);
    expect(headings(doc)).toEqual([
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
      'II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH',
      '1. Cải cách thể chế',
      '2. Cải cách thủ tục hành chính',
      '3. Cải cách tổ chức bộ máy',
      '4. Cải cách chế độ công vụ',
      '5. Cải cách tài chính công',
      '6. Xây dựng và phát triển chính quyền điện tử, chính quyền số',
      'III. ĐÁNH GIÁ CHUNG',
      'a) Kết quả đạt được',
      'b) Tồn tại, hạn chế và nguyên nhân',
      'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM',
    ]);
  });
  it('uses nested numbers (1.1.) in the monthly report', () => {
    const doc = buildDocument(monthly, exampleOf('bao-cao-tthc-thang'), CATALOGUE);
    expect(headings(doc).slice(0, 5)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Về cải cách việc quy định TTHC',
      '1.1. Kết quả đánh giá tác động và thẩm định TTHC trong dự án, dự thảo văn bản quy phạm pháp luật (QPPL) có quy định TTHC',
      '1.2. Kết quả cắt giảm, đơn giản hóa quy định, TTHC',
      '2. Kết quả tiếp nhận và xử lý phản ánh, kiến nghị',
    ]);
  });
  it('expands repeated sections and goes on to a) at the fourth level', () => {
    const draft = draftFor('mini', {
      header: { period: { kind: 'nam', year: 2023 }, issuerAbbr: 'ĐKT' },
      instances: { 'don-vi': [{ name: 'UBND xã Bình Thạnh' }, { name: 'UBND xã Mỹ Long' }] },
      values: {
        'don-vi#0/chi-dao:danh-gia': { good: 'Tốt.', limits: '', proposals: 'Tiếp tục.' },
        'don-vi#1/tthc/so-lieu:hs': { a: 10, b: 9 },
      },
    });
    const doc = buildDocument(mini, draft, CATALOGUE);
    expect(headings(doc)).toEqual([
      'I. KẾT QUẢ KIỂM TRA TẠI UBND XÃ BÌNH THẠNH',
      '1. Công tác chỉ đạo, điều hành',
      'a) Mặt được',
      'b) Đề nghị',
      '2. Thủ tục hành chính',
      '2.1. Số liệu',
      'II. KẾT QUẢ KIỂM TRA TẠI UBND XÃ MỸ LONG',
      '1. Công tác chỉ đạo, điều hành',
      '2. Thủ tục hành chính',
      '2.1. Số liệu',
      'III. VĂN BẢN',
      'IV. BẢNG',
      'V. MỤC ĐỂ TRỐNG',
    ]);
    expect(doc.header.numberLine).toMatch(/^Số: +\/TB-ĐKT$/);
    expect(doc.title).toBe('Kết luận kiểm tra năm 2023');
  });
  it('Vietnamese letters skip f, j, w, z and include đ', () => {
    expect(Array.from({ length: 8 }, (_, i) => letter(i)).join('')).toBe('abcdđegh');
  });
});

describe('empty sections', () => {
  it('"note" (default) keeps the heading and prints "Không có nội dung."', () => {
    const doc = buildDocument(mini, draftFor('mini'), CATALOGUE);
    const i = doc.body.findIndex((b) => b.type === 'heading' && b.text === 'III. MỤC ĐỂ TRỐNG');
    expect(doc.body[i + 1]).toEqual({ type: 'paragraph', runs: [{ text: wording.emptySection }] });
  });
  it('"omit" drops empty sections and keeps numbers consecutive', () => {
    const draft = draftFor('mini', { values: { 'bang:t': [{ ten: 'A', kq: 3, ct: 4 }] } });
    const doc = buildDocument(mini, draft, CATALOGUE, { emptySections: 'omit' });
    expect(headings(doc)).toEqual(['I. BẢNG']);
  });
});

describe('whole documents', () => {
  it('ends document lines with ";" and the last with "."', () => {
    const doc = buildDocument(periodic, exampleOf('bao-cao-cchc-dinh-ky'), CATALOGUE);
    const lines = paragraphs(doc).filter((p) => p.startsWith('- Kế hoạch số'));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('- Kế hoạch số 01/KH-UBND ngày 01/01/2022 của UBND phường về cải cách hành chính phường Hoài Tân năm 2022;');
    expect(lines.at(-1)).toMatch(/2021-2025\.$/);
  });

  it('reproduces seed 001: header, Kính gửi, figures, footnotes, signature', () => {
    const doc = buildDocument(periodic, exampleOf('bao-cao-cchc-dinh-ky'), CATALOGUE);
    expect(doc.header).toEqual({
      parentBody: '',
      issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN',
      numberLine: 'Số:       /BC-UBND',
      placeDate: 'Hoài Tân, ngày 20 tháng 9 năm 2022',
    });
    expect(doc.title).toBe('Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2022');
    expect(doc.recipients).toEqual(['- UBND thị xã Hoài Nhơn;', '- Phòng Nội vụ thị xã Hoài Nhơn.']);
    const text = paragraphs(doc).join('\n');
    expect(text).toContain(
      'tổng số hồ sơ nhận giải quyết 4.133 hồ sơ, đã giải quyết 4.128 hồ sơ, đang giải quyết 05 hồ sơ, trong đó trong hạn 05 hồ sơ, hồ sơ đến hạn giải quyết 4.128 hồ sơ, tỷ lệ hồ sơ đã giải quyết đạt 99,88% số hồ sơ nhận giải quyết.',
    );
    expect(text).toContain('- Thanh toán trực tuyến: 3.539 hồ sơ.');
    expect(doc.footnotes).toHaveLength(2);
    expect(doc.footnotes[1]).toMatch(/^Rà soát rút ngắn thời gian/);
    const table = doc.body.find((b) => b.type === 'table')!;
    expect(table.type === 'table' && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Đại học', '16', '22', '72,73%'],
      ['Cao đẳng', '01', '22', '4,55%'],
      ['Trung cấp', '05', '22', '22,73%'],
    ]);
    expect(paragraphs(doc).at(-1)).toMatch(/UBND phường Hoài Tân\.\/\.$/);
    expect(doc.signature).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN PHƯỜNG'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn Hiệp' });
    expect(doc.distribution.at(-1)).toBe('- Lưu: VT, TTMT (15b).');
  });
  it('reproduces seed 002 figures and sub-bullets', () => {
    const doc = buildDocument(monthly, exampleOf('bao-cao-tthc-thang'), CATALOGUE);
    const text = paragraphs(doc);
    // Seed 002 writes "00 TTHC": zero is "0" here, as it is in the PAKN sentence of the same report.
    expect(text).toContain('- Đã đánh giá tác động đối với 0 TTHC;');
    expect(text).toContain('+ Số lượng TTHC nội bộ đã công bố: 0 TTHC;');
    expect(text).toContain(
      'Tình hình tiếp nhận và xử lý phản ánh, kiến nghị (PAKN) về quy định và hành vi hành chính: tổng số PAKN đã tiếp nhận: 0; số PAKN đã xử lý đúng hạn: 0; số PAKN đã xử lý quá hạn: 0; số PAKN đang xử lý: 0.',
    );
    expect(doc.recipients).toEqual(['Văn phòng UBND tỉnh Hưng Yên.']);
    expect(doc.signature.authority).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH']);
  });
  it('prints target results with the citing document', () => {
    const k = 'ket-qua/chinh-quyen-so:dich-vu-cong';
    const doc = buildDocument(
      periodicWithTarget,
      draftFor('bao-cao-cchc-dinh-ky', { values: { [k]: { 'thanh-toan-truc-tuyen': 45, 'tong-thanh-toan': 100 } } }),
      CATALOGUE,
    );
    expect(paragraphs(doc)).toContain(
      '- Tỷ lệ thanh toán trực tuyến: 45% (đạt chỉ tiêu tối thiểu 30% (chỉ tiêu năm 2026) theo Kế hoạch số 15/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Thử).',
    );
  });
});

describe('buildDocument: table column widths', () => {
  it('passes a template column width to the document so the renderer can size it', () => {
    const plan = templates.get('ke-hoach-cchc-nam')!;
    const doc = buildDocument(plan, exampleOf('ke-hoach-cchc-nam'));
    const table = doc.body.find((b) => b.type === 'table');
    expect(table && table.type === 'table' && table.columns.map((c) => c.width)).toEqual([6, 34, 16, 16, 13, 21]);
  });
});

describe('buildDocument: numbered tables', () => {
  it('adds a "TT" column numbering the rows when the template asks for it', () => {
    const doc = buildDocument(templates.get('ke-hoach-cchc-nam')!, exampleOf('ke-hoach-cchc-nam'));
    const table = doc.body.find((b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table')!;
    expect(table.columns[0].label).toBe('TT');
    expect(table.rows.map((r) => r[0].text)).toEqual(table.rows.map((_, i) => String(i + 1)));
  });
});

describe('buildDocument: the template sets how figures read', () => {
  it('keeps the seeds’ way by default and applies another rule to text and table cells alike', () => {
    const draft = exampleOf('bao-cao-cchc-dinh-ky');
    const table = (d: ReportDocument) => d.body.find((b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table')!;
    const seedWay = buildDocument(periodic, draft, CATALOGUE);
    expect(table(seedWay).rows[1].map((c) => c.text)).toEqual(['Cao đẳng', '01', '22', '4,55%']);
    const other = buildDocument({ ...periodic, figures: { leadingZero: 'always', percentSpace: true } }, draft, CATALOGUE);
    expect(table(other).rows[1].map((c) => c.text)).toEqual(['Cao đẳng', '01', '22', '4,55\u00A0%']);
    const text = paragraphs(other).join('\n');
    expect(text).toContain('đang giải quyết 05 hồ sơ, trong đó trong hạn 05 hồ sơ');
    expect(text).toContain('tỷ lệ hồ sơ đã giải quyết đạt 99,88\u00A0% số hồ sơ nhận giải quyết.');
    const never = buildDocument({ ...periodic, figures: { leadingZero: 'never', percentSpace: false } }, draft, CATALOGUE);
    expect(paragraphs(never).join('\n')).toContain('đang giải quyết 5 hồ sơ, trong đó trong hạn 5 hồ sơ');
    expect(table(never).rows[1].map((c) => c.text)).toEqual(['Cao đẳng', '1', '22', '4,55%']);
  });
});
