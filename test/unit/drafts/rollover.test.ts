import { describe, expect, it } from 'vitest';
import { rolloverDraft } from '../../../src/lib/drafts/rollover.ts';
import { nextPeriod } from '../../../src/lib/drafts/period.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { parseTemplate } from '../../../src/data/load.ts';

const template = parseTemplate('x', {
  name: 'Mẫu thử',
  description: 'Mẫu dùng trong kiểm thử.',
  order: 99,
  guide: 'x',
  docType: 'BÁO CÁO',
  fileCode: 'BC-THU',
  titlePattern: 'Báo cáo {ky}',
  periods: ['quy'],
  defaults: { issuer: 'ỦY BAN NHÂN DÂN', issuerAbbr: 'UBND', signature: { title: 'CHỦ TỊCH' } },
  sections: [
    {
      id: 'ket-qua',
      title: 'Kết quả',
      blocks: [
        { kind: 'prose', id: 'chung', label: 'Chung' },
        {
          kind: 'indicators',
          id: 'so-lieu',
          label: 'Số liệu',
          fields: [{ id: 'tiep-nhan', label: 'Tiếp nhận', unit: 'hồ sơ', level: 1 }],
          rules: [],
          display: 'list',
        },
        { kind: 'documents', id: 'van-ban', label: 'Văn bản' },
        {
          kind: 'table',
          id: 'bang',
          label: 'Bảng',
          columns: [
            { id: 'ten', label: 'Tên', type: 'text', unit: '' },
            { id: 'so', label: 'Số', type: 'number', unit: '' },
          ],
        },
      ],
      children: [],
    },
    {
      id: 'don-vi',
      title: 'Đơn vị',
      repeat: { label: 'Đơn vị', itemTitle: '{ten}' },
      blocks: [
        { kind: 'indicators', id: 'so', label: 'Số', fields: [{ id: 'a', label: 'A', unit: '', level: 1 }], rules: [], display: 'list' },
      ],
      children: [],
    },
  ],
});

const draft = {
  format: 'cam-nang-cchc/draft',
  version: 2,
  kind: 'x',
  name: 'Quý III/2022',
  updatedAt: '2022-09-20T00:00:00Z',
  header: {
    parentBody: '',
    issuer: 'ỦY BAN NHÂN DÂN',
    issuerAbbr: 'UBND',
    number: '45',
    place: 'Hoài Tân',
    date: '2022-09-20',
    leaveDayBlank: false,
    period: { kind: 'quy', year: 2022, index: 3 },
    recipients: ['UBND thị xã'],
    basis: 'Căn cứ …',
    title: 'Báo cáo quý III',
  },
  values: {
    'ket-qua:chung': 'Nội dung kỳ trước',
    'ket-qua:so-lieu': { 'tiep-nhan': 1660 },
    'ket-qua:van-ban': [{ kind: 'Kế hoạch', number: '12/KH-UBND', date: '2022-01-05', issuer: '', subject: 'CCHC' }],
    'ket-qua:bang': [{ ten: 'Tổ 1', so: 5 }],
    'don-vi#0:so': { a: 3 },
  },
  instances: { 'don-vi': [{ name: 'Thôn A' }] },
  closing: 'Trên đây là báo cáo …',
  signature: { authority: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  distribution: ['- Lưu: VT.'],
} as Draft;

describe('nextPeriod', () => {
  it('moves each kind of period forward, across the year end', () => {
    expect(nextPeriod({ kind: 'thang', year: 2024, index: 11 })).toEqual({ kind: 'thang', year: 2024, index: 12 });
    expect(nextPeriod({ kind: 'thang', year: 2024, index: 12 })).toEqual({ kind: 'thang', year: 2025, index: 1 });
    expect(nextPeriod({ kind: 'quy', year: 2022, index: 4 })).toEqual({ kind: 'quy', year: 2023, index: 1 });
    expect(nextPeriod({ kind: '6-thang', year: 2022, index: 1 })).toEqual({ kind: '6-thang', year: 2022, index: 2 });
    expect(nextPeriod({ kind: '6-thang', year: 2022, index: 2 })).toEqual({ kind: '6-thang', year: 2023, index: 1 });
    expect(nextPeriod({ kind: '9-thang', year: 2022 })).toEqual({ kind: '9-thang', year: 2023 });
    expect(nextPeriod({ kind: 'nam', year: 2022 })).toEqual({ kind: 'nam', year: 2023 });
    expect(nextPeriod({ kind: 'khoang', year: 2024, from: '2024-01-01', to: '2024-01-31' })).toEqual({
      kind: 'khoang',
      year: 2024,
      from: '2024-02-01',
      to: '2024-03-02',
    });
  });
});

describe('rolloverDraft', () => {
  const today = new Date(2022, 11, 20);
  const next = rolloverDraft(draft, template, today);

  it('moves to the next period, dated today, with no number and the default title', () => {
    expect(next.header.period).toEqual({ kind: 'quy', year: 2022, index: 4 });
    expect(next.header.date).toBe('2022-12-20');
    expect(next.header.number).toBe('');
    expect(next.header.title).toBe('');
    // No unit named in this header ("ỦY BAN NHÂN DÂN" alone), so the period alone.
    expect(next.name).toBe('Kỳ quý IV năm 2022');
  });

  it('clears figures and the period’s documents, keeps prose, row names and item names', () => {
    expect(next.values['ket-qua:so-lieu']).toBeUndefined();
    expect(next.values['don-vi#0:so']).toBeUndefined();
    expect(next.values['ket-qua:van-ban']).toBeUndefined();
    expect(next.values['ket-qua:chung']).toBe('Nội dung kỳ trước');
    expect(next.values['ket-qua:bang']).toEqual([{ ten: 'Tổ 1', so: null }]);
    expect(next.instances).toEqual({ 'don-vi': [{ name: 'Thôn A' }] });
    expect(next.signature).toEqual(draft.signature);
    expect(next.header.recipients).toEqual(['UBND thị xã']);
  });

  it('does not change the original', () => {
    expect(draft.values['ket-qua:so-lieu']).toEqual({ 'tiep-nhan': 1660 });
    expect(draft.header.period.index).toBe(3);
  });
});
