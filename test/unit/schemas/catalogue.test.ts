import { describe, expect, it } from 'vitest';
import { catalogueEntrySchema } from '../../../src/schemas/catalogue.ts';

const valid = {
  kind: 'Nghị định',
  number: '61/2018/NĐ-CP',
  issued: '2018-04-23',
  issuer: 'Chính phủ',
  title: 'về thực hiện cơ chế một cửa',
  summary: 'Một câu tóm tắt.',
  status: 'in-force',
  sources: [{ url: 'https://example.org/van-ban' }],
  statusChecked: { date: '2026-11-30', against: 'Toàn văn trên trang thử.' },
};
const replacedEvent = { date: '2025-07-01', status: 'replaced', note: 'Được thay bằng văn bản mới.' };

const problems = (data: unknown) => {
  const result = catalogueEntrySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('catalogue entry schema', () => {
  it('accepts a complete entry', () => {
    expect(problems(valid)).toEqual([]);
    expect(catalogueEntrySchema.parse(valid).replacedBy).toEqual([]);
  });

  it('asks for quoted dates, since YAML turns an unquoted 2020-02-30 into 1 March', () => {
    expect(problems({ ...valid, issued: new Date(Date.UTC(2020, 2, 1)) })).toEqual([
      expect.stringMatching(/^issued: ngày phải viết trong dấu nháy, ví dụ '2020-03-01'/),
    ]);
  });

  it('names the field of a malformed number', () => {
    expect(problems({ ...valid, number: '61-2018 NĐCP' })).toEqual([expect.stringMatching(/^number: số, ký hiệu không đúng dạng/)]);
  });

  it('accepts the number forms the seeds cite', () => {
    for (const number of ['76/NQ-CP', '30c/NQ-CP', '80/2015/QH13', '01/2018/TT-VPCP', '1085/QĐ-TTg', 'TCVN ISO 9001:2015'])
      expect(problems({ ...valid, number }), number).toEqual([]);
  });

  it('rejects impossible dates', () => {
    expect(problems({ ...valid, issued: '2018-02-30' })).toEqual([expect.stringMatching(/^issued: ngày không hợp lệ/)]);
    expect(problems({ ...valid, effective: '23/4/2018' })).toEqual([expect.stringMatching(/^effective: ngày không hợp lệ/)]);
  });

  it('requires at least one source', () => {
    expect(problems({ ...valid, sources: [] })).toEqual(['sources: mỗi văn bản cần ít nhất một nguồn đã kiểm tra']);
    expect(problems({ ...valid, sources: [{ url: 'thuvienphapluat' }] })[0]).toMatch(/^sources.0.url:/);
  });

  it('requires a replacement or a note for a replaced document, and a name for a law', () => {
    expect(problems({ ...valid, status: 'replaced', history: [replacedEvent] })[0]).toMatch(/^replacedBy:/);
    expect(problems({ ...valid, status: 'replaced', history: [replacedEvent], notes: 'Thay bằng văn bản mới.' })).toEqual([]);
    expect(problems({ ...valid, kind: 'Luật', number: '80/2015/QH13' })[0]).toMatch(/^name:/);
  });

  it('records when the status was last checked, and against what', () => {
    const { statusChecked: _omit, ...unchecked } = valid;
    expect(problems(unchecked)[0]).toMatch(/^statusChecked:/);
    expect(problems({ ...valid, statusChecked: { date: '2026-11-30', against: '' } })[0]).toMatch(/^statusChecked.against:/);
  });

  it('dates every change of a replaced or expired document, oldest first, and agrees with the status', () => {
    expect(problems({ ...valid, status: 'expired', notes: 'Hết hiệu lực.' })[0]).toMatch(/^history: .*ngày và căn cứ/);
    expect(
      problems({
        ...valid,
        history: [
          { date: '2026-07-01', status: 'amended', note: 'Sửa đổi.' },
          { date: '2025-07-01', status: 'in-force', note: 'Có hiệu lực.' },
        ],
      }),
    ).toContain('history.1.date: các mốc trong history phải xếp theo ngày, cũ trước mới sau');
    expect(problems({ ...valid, history: [{ date: '2026-05-01', status: 'expired', note: 'Hết hiệu lực.' }] })[0]).toMatch(
      /^status: tình trạng "in-force" khác mốc gần nhất trong history \(2026-05-01: "expired"\)/,
    );
    // A change dated after the check is a scheduled one: the status stays as checked until that day.
    expect(problems({ ...valid, history: [{ date: '2027-01-01', status: 'expired', note: 'Sẽ hết hiệu lực.' }] })).toEqual([]);
  });

  it('flags a crawler copy of an official text as a secondary source', () => {
    const copy = 'https://github.com/diepxuan/diepxuan.github.io/blob/abc/van-ban/x.md';
    expect(problems({ ...valid, sources: [{ url: copy }] })[0]).toMatch(/^sources.0: .*secondary: true/);
    expect(problems({ ...valid, sources: [{ url: copy, secondary: true }] })).toEqual([]);
  });

  it('rejects decomposed (non-NFC) Vietnamese text', () => {
    expect(problems({ ...valid, summary: 'Cải cách'.normalize('NFD') })[0]).toMatch(/^summary: .*NFC/);
  });
});
