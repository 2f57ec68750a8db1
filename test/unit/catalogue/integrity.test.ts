import { describe, expect, it } from 'vitest';
import { checkCatalogue, checkContent, formatProblems, missingReferences } from '../../../src/lib/catalogue/integrity.ts';
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

describe('<Cite> in guidance pages, checked with the content (a bad one fails the build before any page is drawn)', () => {
  const expired = { ...entry('old-decree'), status: 'expired' as const };
  const page = (body: string) => ({ file: 'content/docs/huong-dan/thu.mdx', path: '/huong-dan/thu/', body });
  const check = (body: string) =>
    checkContent({ catalogue: [entry('in-force'), expired], areas: [], templates: [], examples: [], pages: [page(body)] }, '2026-12-07');

  it('passes a document in force, and a replaced one in a sentence about the past', () => {
    expect(check('Theo <Cite id="in-force" />; trước đây <Cite id="old-decree" historical />.')).toEqual([]);
  });

  it('names the page and the tag of an unknown id and of an expired document cited as today’s basis', () => {
    expect(formatProblems(check('Theo <Cite id="ghost" /> và <Cite id="old-decree" short />.'))).toBe(
      [
        'content/docs/huong-dan/thu.mdx → /huong-dan/thu/: <Cite id="ghost">: không có văn bản "ghost" trong danh mục (content/catalogue/ghost.yaml)',
        'content/docs/huong-dan/thu.mdx → /huong-dan/thu/: <Cite id="old-decree">: văn bản đã hết hiệu lực được dẫn như căn cứ hiện hành; dẫn văn bản đang có hiệu lực, hoặc nếu câu văn nói về giai đoạn trước (ví dụ "trước 01/7/2026: …") thì thêm historical',
      ].join('\n'),
    );
  });
});
