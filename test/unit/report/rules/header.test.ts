import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../support/helpers.ts';
import { draftFor, mini, periodic } from '../../../support/fixtures.ts';

describe('evaluate: header, signature and Nơi nhận', () => {
  it('blocks on what Decree 30 needs: issuer, place, signer title and name', () => {
    const ev = evaluate(
      periodic,
      draftFor('bao-cao-cchc-dinh-ky', {
        header: { issuer: '  ', place: '123' },
        signature: { authority: [], title: ' ', name: 'x' },
      }),
      CATALOGUE,
    );
    const blocking = ev.issues
      .filter((i) => i.blocking)
      .map((i) => i.key)
      .sort();
    expect(blocking).toEqual(['header.issuer', 'header.place', 'signature.name', 'signature.title']);
  });

  it('lets any title sign in its own right, and checks the authority lines only when there are some', () => {
    const sign = (authority: string[], title: string) =>
      evaluate(
        periodic,
        draftFor('bao-cao-cchc-dinh-ky', { signature: { authority, title, name: 'Lò Văn Hùng' } }),
        CATALOGUE,
      ).issues.filter((i) => i.field?.startsWith('signature.'));
    for (const title of ['CHÁNH VĂN PHÒNG', 'TRƯỞNG PHÒNG', 'CHỦ NHIỆM', 'Giám đốc Trung tâm Phục vụ hành chính công'])
      expect(sign([], title)).toEqual([]);
    expect(sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], 'PHÓ CHỦ TỊCH')).toEqual([]);
    expect(sign(['TL. CHỦ TỊCH'], 'CHÁNH VĂN PHÒNG')).toEqual([]);
    expect(sign(['TUQ. CHỦ TỊCH'], 'GIÁM ĐỐC SỞ NỘI VỤ')).toEqual([]);
    expect(sign(['tm ủy ban nhân dân'], 'CHỦ TỊCH')).toEqual([]);
    const bad = sign(['ỦY BAN NHÂN DÂN'], 'CHỦ TỊCH');
    expect(bad.map((i) => [i.severity, i.blocking])).toEqual([['warning', undefined]]);
    expect(bad[0].message).toContain('không bắt đầu bằng TM., KT., Q., TL. hoặc TUQ.');
    expect(sign(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], 'CHỦ TỊCH').map((i) => i.key)).toEqual(['signature.kt']);
  });

  it('blocks an empty date and a Nơi nhận with nothing but the storage line', () => {
    const ev = evaluate(mini, draftFor('mini', { header: { date: '' }, distribution: ['Lưu: VT'] }), CATALOGUE);
    expect(
      ev.issues
        .filter((i) => i.blocking)
        .map((i) => i.key)
        .sort(),
    ).toEqual(['distribution.empty', 'header.date']);
  });
});
