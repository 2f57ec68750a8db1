import { describe, expect, it } from 'vitest';
import { headerFilled, sectionFilled, signingFilled } from '../../../src/lib/drafts/filled.ts';
import { draftFor, mini } from '../../support/fixtures.ts';

describe('filled counts of the closed parts', () => {
  it('counts a section’s values and its repeated items', () => {
    const draft = draftFor('mini', {
      instances: { 'don-vi': [{ name: 'A' }, { name: 'B' }] },
      values: { 'don-vi#0/chi-dao:danh-gia': { good: 'x', limits: '', proposals: '' }, 'don-vi#1/tthc/so-lieu:hs': { a: 1 }, 'bang:t': [] },
    });
    const [donVi, vanBan, bang] = mini.sections;
    expect(sectionFilled(donVi, draft)).toBe(4);
    expect(sectionFilled(vanBan, draft)).toBe(0);
    expect(sectionFilled(bang, draft)).toBe(1);
  });
  it('counts header and signing fields with something in them', () => {
    const draft = draftFor('mini', { header: { parentBody: '', number: '12', recipients: [] }, closing: '' });
    expect(headerFilled(draft)).toBe(5);
    expect(signingFilled(draft)).toBe(4);
  });
});
