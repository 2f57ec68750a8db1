import { describe, expect, it } from 'vitest';
import { partOf } from '../../../src/lib/builder/field-part.ts';
import { mini, periodic } from '../../support/fixtures.ts';
import { templateParts } from '../../../src/lib/report/walk.ts';

describe('the part of the form that holds a field', () => {
  it('finds the header, the signing part and a section from a field path', () => {
    expect(partOf(periodic.sections, 'header.place')).toBe('header');
    expect(partOf(periodic.sections, 'signature.name')).toBe('signing');
    expect(partOf(periodic.sections, 'distribution')).toBe('signing');
    expect(partOf(periodic.sections, 'ket-qua/cai-cach-tthc:giai-quyet.tiep-nhan')).toBe('ket-qua');
    expect(partOf(mini.sections, 'bang:t.1.kq')).toBe('bang');
    expect(partOf(mini.sections, 'don-vi#1/tthc/so-lieu:hs.a')).toBe('don-vi');
    expect(partOf(mini.sections, 'instances.don-vi')).toBe('don-vi');
    expect(partOf(mini.sections, 'khong-co:x')).toBeUndefined();
  });
  it('finds the decision’s texts in the header, a renamed heading or câu dẫn beside its section, an appendix', () => {
    expect(partOf(periodic.sections, 'decision.articles.1')).toBe('header');
    expect(partOf(periodic.sections, 'heading:ket-qua/cai-cach-tthc')).toBe('ket-qua');
    expect(partOf(periodic.sections, 'intro:ket-qua/cai-cach-tthc:giai-quyet')).toBe('ket-qua');
    expect(partOf(templateParts(periodic), 'phu-luc-don-vi:theo-don-vi.0.don-vi')).toBe('phu-luc-don-vi');
  });
});
