import { describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblems, missingReferences } from '../../../src/lib/catalogue/integrity.ts';
import type { CatalogueEntry } from '../../../src/schemas/catalogue.ts';

const entry = (
  id: string,
  links: Partial<Pick<CatalogueEntry, 'replaces' | 'replacedBy' | 'amends' | 'amendedBy'>> = {},
): CatalogueEntry => ({
  id,
  kind: 'Nghị định',
  number: '1/2020/NĐ-CP',
  summary: 'x',
  status: 'in-force',
  sources: [{ url: 'https://example.org', secondary: false }],
  unverified: [],
  statusChecked: { date: '2026-11-30', against: 'x' },
  history: [],
  replaces: [],
  replacedBy: [],
  amends: [],
  amendedBy: [],
  ...links,
});

describe('catalogue cross-references', () => {
  it('accepts mutual links', () => {
    expect(checkCatalogue([entry('old', { replacedBy: ['new'] }), entry('new', { replaces: ['old'] })])).toEqual([]);
  });

  it('names the file and field of a one-sided link', () => {
    const problems = checkCatalogue([entry('old', { replacedBy: ['new'] }), entry('new')]);
    expect(formatProblems(problems)).toBe('content/catalogue/new.yaml: replaces: thiếu "old" (vì old ghi replacedBy: new)');
  });

  it('names an unknown target', () => {
    const problems = checkCatalogue([entry('a', { amendedBy: ['ghost'] })]);
    expect(problems).toEqual([
      { file: 'content/catalogue/a.yaml', field: 'amendedBy', message: 'không có văn bản "ghost" trong danh mục' },
    ]);
  });

  it('reports ids used elsewhere that the catalogue lacks', () => {
    expect(missingReferences(['a', 'b'], new Set(['a']), 'content/areas/x.yaml', 'documents')).toEqual([
      { file: 'content/areas/x.yaml', field: 'documents', message: 'không có văn bản "b" trong danh mục' },
    ]);
  });
});
