import { describe, expect, it } from 'vitest';
import { formatCitation, formatShortCitation, isSuperseded } from '../../../src/lib/catalogue/citation.ts';

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
