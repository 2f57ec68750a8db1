/**
 * The Biểu 06 figure set (src/lib/report/blocks/indicators/field-sets/bieu-06.ts) against published reports, by hand: every expected
 * string below was read in the report or computed on paper from its figures, never by the code under test.
 *
 * - Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc, Báo cáo số 19/BC-TTPVHCC, Bộ phận một cửa cấp huyện, xã,
 *   "từ ngày 21/7 đến 20/8/2021" (https://vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?ItemID=3105):
 *   mới tiếp nhận 19.630; trả trước và đúng hạn 19.255 (96,55%); đến hạn 19.944; quá hạn chưa có kết quả 689
 *   (3,45%); trả lại, rút 16 (0,08%). 19.255 + 689 = 19.944, so no file was settled late.
 * - The same centre, tháng 9/2021 (…ItemID=3158): mới tiếp nhận 4.131; tồn kỳ trước 2.171; lũy kế 6.302; đến hạn
 *   4.169; trước và đúng hạn 4.157 (99,71%); chậm hạn và quá hạn 12 (0,29%); trả lại, rút 90 (2,16%). Files due
 *   (4.169) exceed the files newly received (4.131): the month the old model showed a rate over 100%.
 * - Seed 001 (phường Hoài Tân, 9 tháng 2022): tiếp nhận 4.133, đã giải quyết 4.128 ("đạt 99%"), đang giải quyết 05.
 * - Seed 000 (phường Trung Lương, 6 tháng 2022): 1.660 tiếp nhận ≠ 1.656 + 0 + 3.
 */
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../../../src/schemas/draft.ts';
import type { ReportTemplate } from '../../../../../../src/schemas/template.ts';
import { evaluate } from '../../../../../../src/lib/report/evaluate.ts';
import { allBlocks, resolveSections } from '../../../../../../src/lib/report/walk.ts';
import { buildDocument } from '../../../../../../src/lib/report/build.ts';
import { rolloverDraft } from '../../../../../../src/lib/drafts/rollover.ts';
import { formulaOf, totalsOf } from '../../../../../../src/lib/report/blocks/indicators/formula.ts';
import { changeText } from '../../../../../../src/lib/report/blocks/indicators/compare.ts';
import { formatFigure } from '../../../../../../src/lib/format/figure.ts';
import { CATALOGUE } from '../../../../../support/helpers.ts';
import { draftFor, exampleOf, monthly, periodic, templates } from '../../../../../support/fixtures.ts';

const MONTHLY = 'ket-qua/giai-quyet-tthc:so-lieu';
const PERIODIC = 'ket-qua/cai-cach-tthc:giai-quyet';
const SELF = 'ket-qua/cai-cach-tthc:giai-quyet';

/** The figure as the document prints it ("96,55%", "19.944 hồ sơ"), or null. */
function shown(template: ReportTemplate, draft: Draft, key: string) {
  const ev = evaluate(template, draft, CATALOGUE);
  const block = allBlocks(resolveSections(template, draft)).find((b) => b.key === key)?.block;
  if (block?.kind !== 'indicators') throw new Error(key);
  const fig = (id: string) => {
    const v = ev.figures[key][id];
    return v == null
      ? null
      : formatFigure(
          block.fields.find((f) => f.id === id)!,
          v,
        );
  };
  return { ev, fig, block };
}

const text = (template: ReportTemplate, draft: Draft) =>
  buildDocument(template, draft, CATALOGUE)
    .body.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
    .join('\n');

const august2021 = () =>
  draftFor('bao-cao-tthc-thang', {
    header: { period: { kind: 'thang', year: 2021, index: 8, cutoff: { from: '2021-07-21', to: '2021-08-20' } } },
    values: {
      [MONTHLY]: { 'moi-tiep-nhan': 19630, 'da-dung-han': 19255, 'da-qua-han': 0, 'dang-qua-han': 689, 'tra-lai-rut': 16 },
    },
  });

describe('Biểu 06 figures: published monthly reports (Vĩnh Phúc 2021)', () => {
  it('August 2021 (cut-off 21/7–20/8): 96,55% on time, 3,45% late, 0,08% returned, over 19.944 files due', () => {
    const { ev, fig } = shown(monthly, august2021(), MONTHLY);
    expect(fig('tong-da-giai-quyet')).toBe('19.255 hồ sơ');
    expect(fig('den-han')).toBe('19.944 hồ sơ');
    expect(fig('ty-le-dung-han')).toBe('96,55%');
    expect(fig('ty-le-qua-han')).toBe('3,45%');
    expect(fig('ty-le-tra-lai')).toBe('0,08%');
    // Nothing but the other, empty sections of this minimal draft.
    expect(ev.issues.filter((i) => i.severity !== 'info' && !i.key.startsWith('empty:')).map((i) => i.message)).toEqual([]);
    const doc = text(monthly, august2021());
    expect(doc).toContain('Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính (số liệu tính từ ngày 21/7/2021 đến ngày 20/8/2021):');
    expect(doc).toContain('- Hồ sơ đến hạn giải quyết 19.944 hồ sơ;');
    expect(doc).toContain('- Tỷ lệ giải quyết trước hạn và đúng hạn đạt 96,55%;');
    expect(doc).toContain('- Tỷ lệ hồ sơ quá hạn 3,45%;');
    expect(doc).toContain('- Tỷ lệ hồ sơ trả lại, rút 0,08%');
  });

  it('September 2021: files due (4.169) exceed files newly received (4.131) and the rates are 99,71%, 0,29%, 2,16%', () => {
    // The report gives the late files (12) as one figure; either split gives the same rates.
    for (const [settledLate, pendingLate] of [
      [12, 0],
      [0, 12],
      [5, 7],
    ]) {
      const draft = draftFor('bao-cao-tthc-thang', {
        header: { period: { kind: 'thang', year: 2021, index: 9 } },
        values: {
          [MONTHLY]: {
            'tu-ky-truoc': 2171,
            'moi-tiep-nhan': 4131,
            'da-dung-han': 4157,
            'da-qua-han': settledLate,
            'dang-qua-han': pendingLate,
            'tra-lai-rut': 90,
          },
        },
      });
      const { ev, fig } = shown(monthly, draft, MONTHLY);
      expect(fig('tong-nhan')).toBe('6.302 hồ sơ');
      expect(fig('den-han')).toBe('4.169 hồ sơ');
      expect(fig('ty-le-dung-han')).toBe('99,71%');
      expect(fig('ty-le-qua-han')).toBe('0,29%');
      expect(fig('ty-le-tra-lai')).toBe('2,16%');
      expect(ev.issues.filter((i) => i.key.startsWith('over100:') || i.severity === 'error')).toEqual([]);
    }
  });
});

describe('Biểu 06 figures: the seeds and the examples', () => {
  it('seed 001 (periodic example): 4.128 of 4.133 files settled = 99,88% (the report rounded it to "99%")', () => {
    const { ev, fig } = shown(periodic, exampleOf('bao-cao-cchc-dinh-ky'), PERIODIC);
    expect(fig('ty-le-da-giai-quyet')).toBe('99,88%');
    expect(fig('den-han')).toBe('4.128 hồ sơ');
    // The report does not split settled files by punctuality: no on-time or late rate is invented.
    expect(fig('ty-le-dung-han')).toBeNull();
    expect(fig('ty-le-qua-han')).toBeNull();
    expect(ev.issues.filter((i) => i.key.startsWith('rule:'))).toEqual([]);
    expect(text(periodic, exampleOf('bao-cao-cchc-dinh-ky'))).toContain(
      'Kết quả thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC 9 tháng đầu năm 2022: tổng số hồ sơ nhận giải quyết 4.133 hồ sơ, đã giải quyết 4.128 hồ sơ, đang giải quyết 05 hồ sơ, trong đó trong hạn 05 hồ sơ, hồ sơ đến hạn giải quyết 4.128 hồ sơ, tỷ lệ hồ sơ đã giải quyết đạt 99,88% số hồ sơ nhận giải quyết.',
    );
  });

  it('seed 000: 1.660 received ≠ 1.656 + 3 is a warning naming the likely cause, never a silent fix', () => {
    const self = templates.get('bao-cao-tu-kiem-tra')!;
    const { ev, fig } = shown(self, exampleOf('bao-cao-tu-kiem-tra'), SELF);
    const rules = ev.issues.filter((i) => i.key.startsWith('rule:'));
    expect(rules).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: `${SELF}.tong-nhan`,
        message:
          'Tổng số hồ sơ nhận giải quyết (1.660) khác tổng đã giải quyết, đang giải quyết và trả lại, rút (1.659): lệch 1 hồ sơ. Có thể có hồ sơ bị trả lại hoặc người nộp rút chưa nhập vào ô “Số hồ sơ trả lại hoặc công dân rút”.',
      }),
    ]);
    expect(fig('tra-lai-rut')).toBeNull();
    expect(fig('ty-le-tra-lai')).toBeNull();
    expect(fig('ty-le-dung-han')).toBe('100%');
    expect(fig('ty-le-da-giai-quyet')).toBe('99,76%');
  });

  it('the old model’s blocking case (files due > files newly received) raises no error', () => {
    const draft = draftFor('bao-cao-cchc-dinh-ky', {
      values: {
        [PERIODIC]: {
          'tu-ky-truoc': 30,
          'moi-tiep-nhan': 100,
          'tong-da-giai-quyet': 110,
          'da-dung-han': 110,
          'da-qua-han': 0,
          'dang-trong-han': 20,
        },
      },
    });
    const { ev, fig } = shown(periodic, draft, PERIODIC);
    expect(ev.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fig('tong-nhan')).toBe('130 hồ sơ');
    expect(fig('tong-dang-giai-quyet')).toBe('20 hồ sơ');
    expect(fig('ty-le-dung-han')).toBe('100%');
  });
});

describe('Biểu 06 figures: formulas and checks', () => {
  const fields = new Map((shown(periodic, exampleOf('bao-cao-cchc-dinh-ky'), PERIODIC).block.fields ?? []).map((f) => [f.id, f] as const));
  const block = shown(periodic, exampleOf('bao-cao-cchc-dinh-ky'), PERIODIC).block;
  it('shows each computed figure’s formula in words', () => {
    expect(formulaOf(fields.get('den-han')!, fields)).toBe('Đã giải quyết + Đang giải quyết quá hạn');
    expect(formulaOf(fields.get('ty-le-dung-han')!, fields)).toBe('(Trước hạn + Đúng hạn) ÷ Đến hạn × 100%');
    expect(formulaOf(fields.get('ty-le-qua-han')!, fields)).toBe('(Đã giải quyết quá hạn + Đang giải quyết quá hạn) ÷ Đến hạn × 100%');
    expect(formulaOf(fields.get('ty-le-tra-lai')!, fields)).toBe('Trả lại, rút ÷ Đến hạn × 100%');
    expect(formulaOf(fields.get('ty-le-truc-tuyen')!, fields)).toBe('Mới tiếp nhận trực tuyến ÷ Mới tiếp nhận × 100%');
    expect(totalsOf(fields.get('tong-nhan')!, block.rules, fields)).toEqual([
      'Từ kỳ trước chuyển sang + Mới tiếp nhận',
      'Đã giải quyết + Đang giải quyết + Trả lại, rút',
    ]);
  });

  it('derives each empty total from its parts and checks every stated total', () => {
    const draft = draftFor('bao-cao-cchc-dinh-ky', {
      values: {
        [PERIODIC]: {
          'tu-ky-truoc': 12,
          'moi-truc-tuyen': 500,
          'moi-truc-tiep': 734,
          'da-truoc-han': 600,
          'da-dung-han': 580,
          'da-qua-han': 4,
          'dang-trong-han': 60,
          'dang-qua-han': 2,
        },
      },
    });
    const { ev, fig } = shown(periodic, draft, PERIODIC);
    expect(fig('moi-tiep-nhan')).toBe('1.234 hồ sơ');
    expect(fig('tong-nhan')).toBe('1.246 hồ sơ');
    expect(fig('tong-da-giai-quyet')).toBe('1.184 hồ sơ');
    expect(fig('tong-dang-giai-quyet')).toBe('62 hồ sơ');
    // 1.184 + 2 = 1.186 due; (600 + 580) ÷ 1.186 = 99,4940…%; (4 + 2) ÷ 1.186 = 0,5059…%; 500 ÷ 1.234 = 40,5186…%.
    expect(fig('den-han')).toBe('1.186 hồ sơ');
    expect(fig('ty-le-dung-han')).toBe('99,49%');
    expect(fig('ty-le-qua-han')).toBe('0,51%');
    expect(fig('ty-le-truc-tuyen')).toBe('40,52%');
    expect(ev.issues.filter((i) => i.key.startsWith('rule:'))).toEqual([]);

    const wrong = draftFor('bao-cao-cchc-dinh-ky', {
      values: {
        [PERIODIC]: {
          'moi-tiep-nhan': 100,
          'moi-truc-tuyen': 30,
          'moi-truc-tiep': 60,
          'tong-da-giai-quyet': 50,
          'da-truoc-han': 20,
          'da-dung-han': 20,
          'da-qua-han': 20,
        },
      },
    });
    expect(
      shown(periodic, wrong, PERIODIC)
        .ev.issues.filter((i) => i.key.startsWith('rule:'))
        .map((i) => [i.severity, i.message]),
    ).toEqual([
      [
        'warning',
        'Số hồ sơ mới tiếp nhận trong kỳ (100) khác tổng trực tuyến và trực tiếp, bưu chính (90): lệch 10 hồ sơ. Có thể còn hồ sơ tiếp nhận qua kênh khác chưa nhập vào ô trực tuyến hoặc trực tiếp.',
      ],
      [
        'warning',
        'Số hồ sơ đã giải quyết (50) khác tổng trước hạn, đúng hạn và quá hạn (60): lệch 10 hồ sơ. Có thể có hồ sơ được tính hai lần, ví dụ ở cả ô trước hạn và ô đúng hạn.',
      ],
    ]);
  });

  it('a ratio of figures left empty stays empty ("—"), never 0%', () => {
    const { fig } = shown(periodic, draftFor('bao-cao-cchc-dinh-ky', { values: { [PERIODIC]: { 'tong-da-giai-quyet': 40 } } }), PERIODIC);
    expect(fig('den-han')).toBe('40 hồ sơ');
    expect(fig('ty-le-tra-lai')).toBeNull();
    expect(fig('ty-le-qua-han')).toBeNull();
    expect(fig('ty-le-dung-han')).toBeNull();
  });
});

describe('Biểu 06 figures: comparison with other periods', () => {
  it('writes "tăng/giảm N hồ sơ (x,xx%)" against the same period of last year and the previous period', () => {
    const draft = draftFor('bao-cao-tthc-thang', {
      header: { period: { kind: 'thang', year: 2021, index: 9 } },
      values: {
        [MONTHLY]: {
          'tu-ky-truoc': 2171,
          'moi-tiep-nhan': 4131,
          'da-dung-han': 4157,
          'da-qua-han': 12,
          'cung-ky:moi-tiep-nhan': 4011,
          'ky-truoc:moi-tiep-nhan': 4131,
          'ky-truoc:tong-nhan': 6400,
        },
      },
    });
    const { ev } = shown(monthly, draft, MONTHLY);
    expect(ev.issues.filter((i) => i.key.startsWith('unknown:'))).toEqual([]);
    const doc = text(monthly, draft);
    // 4.131 − 4.011 = 120; 120 ÷ 4.011 = 2,9917…% → 2,99%. 6.302 − 6.400 = −98; 98 ÷ 6.400 = 1,53125% → 1,53%.
    expect(doc).toContain('So với cùng kỳ năm trước, số hồ sơ mới tiếp nhận trong kỳ tăng 120 hồ sơ (2,99%).');
    expect(doc).toContain(
      'So với kỳ trước, tổng số hồ sơ nhận giải quyết giảm 98 hồ sơ (1,53%); số hồ sơ mới tiếp nhận trong kỳ không thay đổi.',
    );
  });

  it('words a change from 0 without a percentage', () => {
    const field = { id: 'x', label: 'X', unit: 'hồ sơ', emptyIsZero: false, level: 1 as const };
    expect(changeText({ field, diff: 5, percent: null })).toBe('tăng 05 hồ sơ');
    expect(changeText({ field, diff: -1234, percent: 12.5 })).toBe('giảm 1.234 hồ sơ (12,5%)');
  });

  it('"Tạo từ kỳ trước" keeps this period’s compared figures as the next one’s "kỳ trước", and nothing else', () => {
    const next = rolloverDraft(august2021(), monthly, new Date(2021, 8, 25));
    expect(next.values[MONTHLY]).toEqual({
      'ky-truoc:moi-tiep-nhan': 19630,
      'ky-truoc:tong-da-giai-quyet': 19255,
      'ky-truoc:den-han': 19944,
    });
    // A typed cut-off moves with the month: 21/7–20/8 → 21/8–20/9.
    expect(next.header.period).toEqual({ kind: 'thang', year: 2021, index: 9, cutoff: { from: '2021-08-21', to: '2021-09-20' } });
    expect(text(monthly, next)).not.toMatch(/So với kỳ trước/);
  });
});
