import { describe, expect, it } from 'vitest';
import { allBlocks, groupBySection, resolveSections } from '../../../src/lib/report/walk.ts';
import { draftFor, mini } from '../../support/fixtures.ts';

describe('resolved sections', () => {
  const draft = draftFor('mini', { instances: { 'don-vi': [{ name: ' Xã A ' }, { name: '' }] } });

  it('expands a repeated section into its items, with their index, name and title', () => {
    const sections = resolveSections(mini, draft, '…');
    const items = sections.filter((s) => s.section.id === 'don-vi');
    expect(items.map((s) => [s.key, s.item, s.instanceName, s.title])).toEqual([
      ['don-vi#0', 0, 'Xã A', 'Kết quả kiểm tra tại Xã A'],
      ['don-vi#1', 1, '', 'Kết quả kiểm tra tại …'],
    ]);
    expect(items[1].children[1].children[0].blocks[0].key).toBe('don-vi#1/tthc/so-lieu:hs');
  });
  it('lists every block key a draft can fill', () => {
    expect(allBlocks(resolveSections(mini, draft)).map((b) => b.key)).toEqual([
      'don-vi#0/chi-dao:danh-gia',
      'don-vi#0/tthc/so-lieu:hs',
      'don-vi#1/chi-dao:danh-gia',
      'don-vi#1/tthc/so-lieu:hs',
      'van-ban:ds',
      'bang:t',
      'trong:p',
    ]);
  });
  it('groups resolved sections by template section, a repeated one with no item included', () => {
    const groups = groupBySection(mini.sections, resolveSections(mini, draftFor('mini')));
    expect(groups.map((g) => [g.section.id, g.items.length])).toEqual([
      ['don-vi', 0],
      ['van-ban', 1],
      ['bang', 1],
      ['trong', 1],
    ]);
  });
});
