import { describe, expect, it } from 'vitest';
import { hasUserContent } from '../../../src/lib/drafts/content.ts';
import { newDraft } from '../../../src/lib/drafts/new.ts';
import { exampleOf, periodic } from '../../support/fixtures.ts';

describe('hasUserContent', () => {
  it('is false for a new draft, whatever its date and period', () => {
    expect(hasUserContent(newDraft(periodic, new Date(2020, 0, 1)), periodic)).toBe(false);
  });
  it('is true once anything beyond the template’s defaults is typed', () => {
    const fresh = newDraft(periodic, new Date());
    expect(hasUserContent({ ...fresh, values: { 'x:y': 'z' } }, periodic)).toBe(true);
    expect(hasUserContent({ ...fresh, header: { ...fresh.header, number: '7' } }, periodic)).toBe(true);
    expect(hasUserContent({ ...fresh, signature: { ...fresh.signature, name: 'Trần Văn An' } }, periodic)).toBe(true);
    expect(hasUserContent(exampleOf('bao-cao-cchc-dinh-ky'), periodic)).toBe(true);
  });
});
