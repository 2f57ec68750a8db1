import { describe, expect, it } from 'vitest';
import { catalogueKinds, typeAbbr, typeByAbbr, writtenTypes } from '../../../src/schemas/document-types.ts';

describe('document types', () => {
  it('lists the catalogue kinds in the order the catalogue index shows them', () => {
    expect(catalogueKinds).toEqual([
      'Luật',
      'Nghị quyết',
      'Nghị định',
      'Quyết định',
      'Thông tư',
      'Thông tư liên tịch',
      'Chỉ thị',
      'Kế hoạch',
      'Công văn',
      'Tiêu chuẩn',
    ]);
  });
  it('names the documents the tool writes in capitals, with their symbols', () => {
    expect([...writtenTypes].sort()).toEqual(['BÁO CÁO', 'KẾ HOẠCH', 'THÔNG BÁO']);
    expect(writtenTypes.map(typeAbbr).sort()).toEqual(['BC', 'KH', 'TB']);
    expect(typeAbbr('QUYẾT ĐỊNH')).toBe('QĐ');
    expect(typeAbbr('KHÔNG CÓ')).toBe('BC');
  });
  it('reads a type from its abbreviation', () => {
    expect(typeByAbbr('KH')).toBe('Kế hoạch');
    expect(typeByAbbr('TTr')).toBe('Tờ trình');
    expect(typeByAbbr('XYZ')).toBe('');
  });
});
