import { describe, expect, it } from 'vitest';
import { importMessages, parseDraftFile } from '../../../src/lib/drafts/import.ts';
import { serializeDraft } from '../../../src/lib/drafts/export.ts';
import { DRAFT_VERSION, type Draft } from '../../../src/schemas/draft.ts';

const draft: Draft = {
  format: 'cam-nang-cchc/draft',
  version: DRAFT_VERSION,
  kind: 'bao-cao-cchc-dinh-ky',
  name: 'Quý III',
  updatedAt: '',
  header: {
    parentBody: 'ỦY BAN NHÂN DÂN THỊ XÃ HOÀI NHƠN',
    issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN',
    issuerAbbr: 'UBND',
    number: '',
    place: 'Hoài Tân',
    date: '2022-09-20',
    leaveDayBlank: false,
    period: { kind: '9-thang', year: 2022 },
    recipients: [],
    basis: '',
    title: '',
  },
  values: { 'chi-dao:noi-dung': 'Đã ban hành kế hoạch.', 'tthc:so-lieu': { 'tiep-nhan': 1660, 'da-giai-quyet': null } },
  instances: {},
  closing: '',
  signature: { authority: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  distribution: ['- Như trên;', '- Lưu: VT.'],
};
const names = { 'bao-cao-cchc-dinh-ky': 'Báo cáo CCHC định kỳ', 'bao-cao-tthc-thang': 'Báo cáo TTHC tháng' };

describe('parseDraftFile', () => {
  it('round-trips an exported draft', () => {
    const r = parseDraftFile(serializeDraft(draft), 'bao-cao-cchc-dinh-ky');
    expect(r).toEqual({ ok: true, draft });
  });

  it('accepts a byte-order mark', () => {
    expect(parseDraftFile('\uFEFF' + serializeDraft(draft), 'bao-cao-cchc-dinh-ky').ok).toBe(true);
  });

  it('rejects an empty file', () => {
    expect(parseDraftFile('  \n', 'bao-cao-cchc-dinh-ky')).toEqual({ ok: false, error: importMessages.empty });
  });

  it('rejects malformed JSON', () => {
    expect(parseDraftFile('{"format": "cam-nang-cchc/draft",', 'bao-cao-cchc-dinh-ky')).toEqual({
      ok: false,
      error: importMessages.malformed,
    });
  });

  it('rejects a foreign file', () => {
    for (const text of ['[1,2,3]', '"chuỗi"', '{"name":"package","version":"1.0.0"}', 'null'])
      expect(parseDraftFile(text, 'bao-cao-cchc-dinh-ky')).toEqual({ ok: false, error: importMessages.foreign });
  });

  it('rejects a draft of another kind, naming both kinds', () => {
    const r = parseDraftFile(serializeDraft(draft), 'bao-cao-tthc-thang', names);
    expect(r).toEqual({ ok: false, error: importMessages.otherKind('Báo cáo CCHC định kỳ', 'Báo cáo TTHC tháng') });
    expect(!r.ok && r.error).toContain('Báo cáo CCHC định kỳ');
  });

  it('rejects a newer version', () => {
    const text = JSON.stringify({ ...draft, version: DRAFT_VERSION + 1 });
    const r = parseDraftFile(text, 'bao-cao-cchc-dinh-ky');
    expect(r).toEqual({ ok: false, error: importMessages.newer(DRAFT_VERSION + 1) });
    expect(!r.ok && r.error).toMatch(/phiên bản mới hơn/);
  });

  it('rejects a draft whose content does not fit the schema, naming where', () => {
    const text = JSON.stringify({ ...draft, header: { ...draft.header, period: { kind: 'tuan', year: 2022 } } });
    const r = parseDraftFile(text, 'bao-cao-cchc-dinh-ky');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(importMessages.invalid('header.period.kind'));
  });

  it('migrates an older version', () => {
    const v0 = { ...draft, version: 0, header: { ...draft.header, period: '9-thang/2022' } };
    const r = parseDraftFile(JSON.stringify(v0), 'bao-cao-cchc-dinh-ky');
    expect(r.ok && r.migratedFrom).toBe(0);
    expect(r.ok && r.draft.header.period).toEqual({ kind: '9-thang', year: 2022 });
  });

  it('every message is Vietnamese with diacritics', () => {
    for (const m of [
      importMessages.empty,
      importMessages.malformed,
      importMessages.foreign,
      importMessages.newer(2),
      importMessages.otherKind('a', 'b'),
      importMessages.invalid('x'),
    ])
      expect(m).toMatch(/[àáảãạăâđêôơưếệộờ]/);
  });
});
