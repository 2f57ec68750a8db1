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
};

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
    expect(problems({ ...valid, status: 'replaced' })[0]).toMatch(/^replacedBy:/);
    expect(problems({ ...valid, status: 'replaced', notes: 'Thay bằng văn bản mới.' })).toEqual([]);
    expect(problems({ ...valid, kind: 'Luật', number: '80/2015/QH13' })[0]).toMatch(/^name:/);
  });

  it('rejects decomposed (non-NFC) Vietnamese text', () => {
    expect(problems({ ...valid, summary: 'Cải cách'.normalize('NFD') })[0]).toMatch(/^summary: .*NFC/);
  });
});
