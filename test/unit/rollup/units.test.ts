import { describe, expect, it } from 'vitest';
import { isPlaceholderName, matchList, parseUnitList, placeKey, unitKey, unitName } from '../../../src/lib/rollup/units.ts';

describe('unit names', () => {
  it('compares names whatever the case, spacing, "UBND" and old tone placement', () => {
    const key = unitKey('xã hòa thủy');
    for (const name of ['ỦY BAN NHÂN DÂN\nXÃ HÒA THỦY', 'UBND xã Hoà Thuỷ', '  Xã   Hòa Thủy. ', 'Uỷ ban nhân dân xã Hoà Thủy'])
      expect(unitKey(name)).toBe(key);
    expect(unitKey('Xã Tân Hóa')).not.toBe(unitKey('Xã Tân Hòa'));
    expect(placeKey(unitKey('Phường An Bình'))).toBe('an bình');
  });

  it('joins the header lines and knows a template placeholder names no unit', () => {
    expect(unitName('ỦY BAN NHÂN DÂN\nXÃ AN BÌNH')).toBe('Xã An Bình');
    expect(unitName('ỦY BAN NHÂN DÂN\nPHƯỜNG 3')).toBe('Phường 3');
    expect(unitName('UBND XÃ ĐẮK R’LẤP', 'Đắk R’Lấp')).toBe('Xã Đắk R’Lấp');
    expect(unitName('SỞ NỘI VỤ')).toBe('Sở Nội vụ');
    // The unit's own name, as typed, wins over the header's capitals.
    expect(unitName("ỦY BAN NHÂN DÂN\nXÃ EA H'LEO", '', "Ủy ban nhân dân xã Ea H'leo")).toBe("Xã Ea H'leo");
    expect(unitName('ỦY BAN NHÂN DÂN\nXÃ …', '', 'Ủy ban nhân dân xã Ia Grai')).toBe('Xã Ia Grai');
    expect(unitName('ỦY BAN NHÂN DÂN\nXÃ …')).toBe('ỦY BAN NHÂN DÂN XÃ …');
    expect(isPlaceholderName('ỦY BAN NHÂN DÂN XÃ …')).toBe(true);
    expect(isPlaceholderName('ỦY BAN NHÂN DÂN')).toBe(true);
    expect(isPlaceholderName('ỦY BAN NHÂN DÂN XÃ AN BÌNH')).toBe(false);
  });

  it('reads a pasted list: numbering, extra cells and repeats dropped', () => {
    const list = parseUnitList('1. Xã An Bình\n2) Phường Tân Hòa\n- Xã An Bình\n\n3\tXã Mỹ Lợi\t1.234\nII. Đặc khu Côn Đảo\r\n');
    expect(list).toEqual(['Xã An Bình', 'Phường Tân Hòa', 'Xã Mỹ Lợi', 'Đặc khu Côn Đảo']);
  });

  it('matches listed names to units, by the name without its kind only when one unit fits', () => {
    const keys = ['xã an bình', 'phường tân hòa', 'xã tân hòa'].map(unitKey);
    expect(matchList(['UBND xã An Bình', 'An Bình', 'Tân Hòa', 'Phường Tân Hoà', 'Xã Mỹ Lợi'], keys)).toEqual([0, 0, -1, 1, -1]);
  });
});
