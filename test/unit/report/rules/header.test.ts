import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/lib/report/evaluate.ts';
import { CATALOGUE } from '../../../support/helpers.ts';
import { draftFor, mini, periodic } from '../../../support/fixtures.ts';

describe('evaluate: header, signature and Nơi nhận', () => {
  it('blocks on what Decree 30 needs: issuer, place, signer name and authority', () => {
    const ev = evaluate(
      periodic,
      draftFor('bao-cao-cchc-dinh-ky', {
        header: { issuer: '  ', place: '123' },
        signature: { authority: [], title: 'TRƯỞNG PHÒNG', name: 'x' },
      }),
      CATALOGUE,
    );
    const blocking = ev.issues
      .filter((i) => i.blocking)
      .map((i) => i.key)
      .sort();
    expect(blocking).toEqual(['header.issuer', 'header.place', 'signature.authority', 'signature.name']);
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
