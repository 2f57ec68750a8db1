import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { runsText } from '../../../src/lib/report/prose.ts';
import type { DocBlock, ReportDocument } from '../../../src/lib/document/model.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { draftFor, exampleOf, monthly, periodic } from '../../support/fixtures.ts';

/** One way to write numbers in one document (issue 22): padding, zero, percentages of a group, the Biểu 06 list. */

const paragraphs = (d: ReportDocument) =>
  d.body.filter((b): b is Extract<DocBlock, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => runsText(b.runs));
const FILES = 'ket-qua/giai-quyet-tthc:so-lieu';

const month = (values: Record<string, unknown>) =>
  draftFor('bao-cao-tthc-thang', {
    header: { period: { kind: 'thang', year: 2026, index: 11 }, date: '2026-11-20' },
    values: values as never,
  });

describe('one way to write numbers', () => {
  it('pads every count of the document by the template’s one rule, the PAKN sentence included, and never writes "00"', () => {
    const doc = buildDocument(
      monthly,
      month({
        'ket-qua/quy-dinh-tthc/danh-gia-tac-dong:so-lieu': { 'danh-gia-tac-dong': 0, 'tham-dinh': 3 },
        'ket-qua/pakn:so-lieu': { 'tiep-nhan': 4, 'dung-han': 4, 'qua-han': 0, 'dang-xu-ly': 0 },
        [FILES]: { 'moi-truc-tuyen': 80, 'moi-truc-tiep': 40, 'tu-ky-truoc': 6, 'da-dung-han': 110, 'da-qua-han': 6, 'dang-trong-han': 10 },
      }),
      CATALOGUE,
    );
    const text = paragraphs(doc).join('\n');
    expect(text).not.toMatch(/(^|[^\d,.])00(?![\d,])/);
    expect(text).toContain('- Đã đánh giá tác động đối với 0 TTHC;');
    expect(text).toContain('- Đã thẩm định đối với 03 TTHC.');
    expect(text).toContain('tổng số PAKN đã tiếp nhận: 04; số PAKN đã xử lý đúng hạn: 04; số PAKN đã xử lý quá hạn: 0');
    expect(text).toContain('+ Trong đó từ kỳ trước chuyển sang 06 hồ sơ;');
    expect(text).toContain('+ Quá hạn 06 hồ sơ;');
  });

  it('writes a zero the template words as a sentence that way', () => {
    const doc = buildDocument(
      monthly,
      month({ [FILES]: { 'da-dung-han': 20, 'da-qua-han': 0, 'dang-trong-han': 2, 'dang-qua-han': 0 } }),
      CATALOGUE,
    );
    const text = paragraphs(doc).join('\n');
    expect(text).toContain('+ Không có hồ sơ giải quyết quá hạn;');
    expect(text).toContain('+ Không có hồ sơ quá hạn;');
  });

  it('keeps Biểu 06’s hierarchy in a list: online and direct are parts of the new files, not items beside them', () => {
    const doc = buildDocument(monthly, month({ [FILES]: { 'tu-ky-truoc': 66, 'moi-truc-tuyen': 900, 'moi-truc-tiep': 268 } }), CATALOGUE);
    const items = paragraphs(doc).filter((p) => /^[-+] /.test(p) && /hồ sơ/.test(p));
    expect(items.slice(0, 3)).toEqual([
      '- Tổng số hồ sơ nhận giải quyết 1.234 hồ sơ;',
      '+ Trong đó từ kỳ trước chuyển sang 66 hồ sơ;',
      '+ Mới tiếp nhận 1.168 hồ sơ (tiếp nhận trực tuyến 900 hồ sơ; tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích 268 hồ sơ);',
    ]);
    expect(items.some((p) => /^[-+] Tiếp nhận trực tuyến/.test(p))).toBe(false);
  });

  it('prints a part whose whole is unknown as an item of its own, by its label, never a "+ Trong đó …" under nothing', () => {
    // A month just made from the previous one: only the carried files are known yet.
    const doc = buildDocument(monthly, month({ [FILES]: { 'tu-ky-truoc': 66 } }), CATALOGUE);
    const items = paragraphs(doc).filter((p) => /^[-+] /.test(p) && /hồ sơ/.test(p));
    expect(items).toEqual(['- Số hồ sơ từ kỳ trước chuyển sang: 66 hồ sơ.']);
    // Online files known, the new files' total not: online stands alone too.
    const online = buildDocument(monthly, month({ [FILES]: { 'tu-ky-truoc': 66, 'moi-truc-tuyen': 900 } }), CATALOGUE);
    const lines = paragraphs(online).filter((p) => /^[-+] /.test(p) && /hồ sơ/.test(p));
    expect(lines.filter((p) => p.startsWith('+'))).toEqual([]);
    expect(lines).toEqual(['- Số hồ sơ từ kỳ trước chuyển sang: 66 hồ sơ;', '- Số hồ sơ mới tiếp nhận trực tuyến: 900 hồ sơ.']);
  });

  it('gives the rates of one block the same decimals', () => {
    const doc = buildDocument(
      monthly,
      month({ [FILES]: { 'moi-truc-tuyen': 49, 'moi-truc-tiep': 20, 'da-dung-han': 994, 'da-qua-han': 6, 'dang-trong-han': 3 } }),
      CATALOGUE,
    );
    const rates = paragraphs(doc)
      .join('\n')
      .match(/\d+(,\d+)?%/g)!;
    expect(rates).toEqual(['99,40%', '0,60%', '99,70%', '71,01%']);
  });

  it('gives the percentages of one comparison the same decimals', () => {
    const doc = buildDocument(
      monthly,
      month({
        [FILES]: {
          'tong-nhan': 1003,
          'moi-tiep-nhan': 1003,
          'tong-da-giai-quyet': 1000,
          'ky-truoc:tong-nhan': 1100,
          'ky-truoc:moi-tiep-nhan': 1119,
          'ky-truoc:tong-da-giai-quyet': 1000,
        },
      }),
      CATALOGUE,
    );
    const sentence = paragraphs(doc).find((p) => p.startsWith('So với kỳ trước'))!;
    // 97 ÷ 1.100 = 8,8181…% → 8,82%; 116 ÷ 1.119 = 10,3664…% → 10,37%: both with two decimals.
    expect(sentence).toContain('giảm 97 hồ sơ (8,82%)');
    expect(sentence).toContain('giảm 116 hồ sơ (10,37%)');
    const round = buildDocument(
      monthly,
      month({ [FILES]: { 'tong-nhan': 110, 'moi-tiep-nhan': 90, 'ky-truoc:tong-nhan': 100, 'ky-truoc:moi-tiep-nhan': 80 } }),
      CATALOGUE,
    );
    // 10% and 12,5%: one decimal for both.
    expect(paragraphs(round).find((p) => p.startsWith('So với kỳ trước'))).toContain(
      'tăng 10 hồ sơ (10,0%); số hồ sơ mới tiếp nhận trong kỳ tăng 10 hồ sơ (12,5%)',
    );
  });

  it('gives a table column’s percentages, its total’s included, the same decimals', () => {
    const draft = exampleOf('bao-cao-cchc-dinh-ky');
    draft.values['ket-qua/cai-cach-che-do-cong-vu:trinh-do'] = [
      { 'trinh-do': 'Đại học', 'so-nguoi': 11, 'tong-so': 22 },
      { 'trinh-do': 'Cao đẳng', 'so-nguoi': 11, 'tong-so': 24 },
      { 'trinh-do': 'Trung cấp', 'so-nguoi': 6, 'tong-so': 24 },
    ];
    const doc = buildDocument(periodic, draft, CATALOGUE);
    const table = doc.body.find((b): b is Extract<DocBlock, { type: 'table' }> => b.type === 'table')!;
    expect(table.rows.map((r) => r.at(-1)!.text)).toEqual(['50,00%', '45,83%', '25,00%']);
  });
});
