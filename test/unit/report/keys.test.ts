import { describe, expect, it } from 'vitest';
import { blockKey, childKey, isUnder, itemKey, shiftItemKey, templateKey, templateSections } from '../../../src/lib/report/keys.ts';
import { templateBlocks } from '../../../src/lib/report/walk.ts';
import { mini } from '../../support/fixtures.ts';

describe('draft value keys', () => {
  it('builds "section/child#i:block"', () => {
    expect(blockKey(childKey(itemKey(childKey('', 'don-vi'), 2), 'chi-dao'), 'danh-gia')).toBe('don-vi#2/chi-dao:danh-gia');
    expect(blockKey(childKey('ket-qua', 'cai-cach-tthc'), 'giai-quyet')).toBe('ket-qua/cai-cach-tthc:giai-quyet');
  });
  it('reads the template key and the top-level section of a key', () => {
    expect(templateKey('don-vi#12/tthc/so-lieu:hs')).toBe('don-vi/tthc/so-lieu:hs');
    expect(['ket-qua:a', 'ket-qua/x:b', 'ket-qua#0/x:c', 'ket-qua-khac:d'].filter((k) => isUnder(k, 'ket-qua'))).toEqual([
      'ket-qua:a',
      'ket-qua/x:b',
      'ket-qua#0/x:c',
    ]);
  });
  it('moves later items up one when an item is removed, only in that section', () => {
    expect(shiftItemKey('don-vi#2/con:a', 'don-vi', 1)).toBe('don-vi#1/con:a');
    expect(shiftItemKey('don-vi#1:a', 'don-vi', 1)).toBeUndefined();
    expect(shiftItemKey('don-vi#0:a', 'don-vi', 1)).toBe('don-vi#0:a');
    expect(shiftItemKey('don-vi-khac#3:a', 'don-vi', 1)).toBe('don-vi-khac#3:a');
  });
  it('walks a template depth first and finds its blocks by template key', () => {
    expect(templateSections(mini.sections).map((s) => s.key)).toEqual([
      'don-vi',
      'don-vi/chi-dao',
      'don-vi/tthc',
      'don-vi/tthc/so-lieu',
      'van-ban',
      'bang',
      'trong',
    ]);
    expect([...templateBlocks(mini.sections).keys()]).toEqual([
      'don-vi/chi-dao:danh-gia',
      'don-vi/tthc/so-lieu:hs',
      'van-ban:ds',
      'bang:t',
      'trong:p',
    ]);
  });
});
