import { describe, expect, it } from 'vitest';
import { documentCitation, formatCitation, formatShortCitation, isSuperseded, supersededBy } from '../../../src/lib/catalogue/citation.ts';

describe('standard citation', () => {
  const decree = {
    kind: 'Nghị định' as const,
    number: '61/2018/NĐ-CP',
    issued: '2018-04-23',
    issuer: 'Chính phủ',
    title: 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
  };

  it('reads type, number, date with Decree 30 leading zeros, issuer and title', () => {
    expect(formatCitation(decree)).toBe(
      'Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    );
    expect(formatCitation({ ...decree, issued: '2022-01-08' })).toContain('ngày 08/01/2022');
  });

  it('leaves out what is unknown rather than guessing', () => {
    expect(formatCitation({ kind: 'Thông tư', number: '01/2018/TT-VPCP', issuer: 'Văn phòng Chính phủ' })).toBe(
      'Thông tư số 01/2018/TT-VPCP của Văn phòng Chính phủ',
    );
  });

  it('cites laws by name, and later mentions by type and number', () => {
    expect(formatCitation({ kind: 'Luật', number: '45/2013/QH13', name: 'Luật Đất đai năm 2013' })).toBe('Luật Đất đai năm 2013');
    expect(formatShortCitation(decree)).toBe('Nghị định số 61/2018/NĐ-CP');
  });

  it('treats replaced and expired documents as superseded', () => {
    expect(isSuperseded({ status: 'replaced' })).toBe(true);
    expect(isSuperseded({ status: 'expired' })).toBe(true);
    expect(isSuperseded({ status: 'amended' })).toBe(false);
  });
});

describe('citing a document row', () => {
  it('writes document rows as standard citations', () => {
    expect(
      documentCitation({
        kind: 'Kế hoạch',
        number: '15/KH-UBND',
        date: '2022-01-28',
        issuer: 'UBND xã',
        subject: 'tuyên truyền CCHC năm 2022',
      }),
    ).toBe('Kế hoạch số 15/KH-UBND ngày 28/01/2022 của UBND xã về tuyên truyền CCHC năm 2022');
    expect(documentCitation({ kind: '', number: '5/QĐ-UBND', date: '2022-04-08', issuer: '', subject: 'v/v thành lập tổ công tác' })).toBe(
      'Quyết định số 05/QĐ-UBND ngày 08/4/2022 về việc thành lập tổ công tác',
    );
    expect(documentCitation({ kind: '', number: '44/UBND', date: '', issuer: 'UBND phường', subject: 'về góp ý' })).toBe(
      'Công văn số 44/UBND của UBND phường về góp ý',
    );
  });

  it('names the type from the symbol, Đề án and Phương án included', () => {
    expect(documentCitation({ kind: '', number: '12/ĐA-UBND', date: '', issuer: '', subject: '' })).toBe('Đề án số 12/ĐA-UBND');
    expect(documentCitation({ kind: '', number: '3/TTr-UBND', date: '', issuer: '', subject: '' })).toBe('Tờ trình số 03/TTr-UBND');
  });
});

describe('superseded documents', () => {
  const byId = new Map([['moi', { kind: 'Nghị định' as const, number: '118/2025/NĐ-CP' }]]);
  it('names what replaces an entry, when the catalogue has it', () => {
    expect(supersededBy({ status: 'replaced', replacedBy: ['moi', 'khong-co'] }, byId)).toEqual({
      status: 'replaced',
      replacements: ['Nghị định số 118/2025/NĐ-CP'],
    });
    expect(supersededBy({ status: 'expired', replacedBy: [] }, byId)).toEqual({ status: 'expired', replacements: [] });
  });
  it('says nothing of an entry in force or of unknown status', () => {
    expect(supersededBy({ status: 'in-force', replacedBy: [] }, byId)).toBeUndefined();
    expect(supersededBy({ status: 'unknown', replacedBy: ['moi'] }, byId)).toBeUndefined();
  });
});
