import { describe, expect, it } from 'vitest';
import { byIssuedDesc, catalogueBrief, searchCatalogue } from '../../../src/lib/builder/catalogue-search.ts';
import type { CatalogueBrief } from '../../../src/schemas/catalogue.ts';
import { CATALOGUE } from '../../support/helpers.ts';

describe('the catalogue a builder page receives', () => {
  it('keeps what search, citation and the superseded mark need, and drops empty fields', () => {
    const entry = { ...CATALOGUE[1], name: undefined };
    const brief = catalogueBrief(entry);
    const { id, kind, number, issued, issuer, title, status, replacedBy } = entry;
    expect(brief).toEqual({ id, kind, number, issued, issuer, title, status, replacedBy });
    expect('name' in brief).toBe(false);
  });
  it('sorts newest first, undated last', () => {
    const list = [{ issued: '2018-04-23' }, {}, { issued: '2022-01-08' }];
    expect(list.sort(byIssuedDesc)).toEqual([{ issued: '2022-01-08' }, { issued: '2018-04-23' }, {}]);
  });
});

describe('catalogue search', () => {
  const entries: CatalogueBrief[] = [
    {
      id: '61-2018-nd-cp',
      kind: 'Nghị định',
      number: '61/2018/NĐ-CP',
      title: 'Về thực hiện cơ chế một cửa, một cửa liên thông',
      status: 'amended',
      replacedBy: [],
    },
    { id: '30-2020-nd-cp', kind: 'Nghị định', number: '30/2020/NĐ-CP', title: 'Về công tác văn thư', status: 'in-force', replacedBy: [] },
  ];
  it('ignores diacritics and case', () => {
    expect(searchCatalogue(entries, 'mot cua').map((e) => e.id)).toEqual(['61-2018-nd-cp']);
    expect(searchCatalogue(entries, 'VĂN THƯ').map((e) => e.id)).toEqual(['30-2020-nd-cp']);
    expect(searchCatalogue(entries, '30/2020').map((e) => e.id)).toEqual(['30-2020-nd-cp']);
    expect(searchCatalogue(entries, 'nd-cp').length).toBe(2);
  });
});
