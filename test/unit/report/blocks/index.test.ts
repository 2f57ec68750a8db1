import { describe, expect, it } from 'vitest';
import { blockHasContent, blockKind, valueShapeOk } from '../../../../src/lib/report/blocks/index.ts';
import { templateBlocks } from '../../../../src/lib/report/walk.ts';
import { mini } from '../../../support/fixtures.ts';

const blocks = templateBlocks(mini.sections);
const block = (key: string) => blocks.get(key)!;

describe('block kinds', () => {
  it('know the shape of their values; no value is always fine', () => {
    expect(valueShapeOk(block('trong:p'), 'chữ')).toBe(true);
    expect(valueShapeOk(block('trong:p'), ['chữ'])).toBe(false);
    expect(valueShapeOk(block('bang:t'), 'không phải bảng')).toBe(false);
    expect(valueShapeOk(block('don-vi/tthc/so-lieu:hs'), { a: 1, b: null })).toBe(true);
    // Text typed where a figure goes is kept (and flagged); anything else is the wrong shape.
    expect(valueShapeOk(block('don-vi/tthc/so-lieu:hs'), { a: '1' })).toBe(true);
    expect(valueShapeOk(block('don-vi/tthc/so-lieu:hs'), { a: { b: 1 } })).toBe(false);
    expect(valueShapeOk(block('don-vi/chi-dao:danh-gia'), { good: 'x', limits: 3 })).toBe(false);
    for (const b of blocks.values()) expect(valueShapeOk(b, undefined)).toBe(true);
  });
  it('have content only when something would print', () => {
    expect(blockHasContent(block('trong:p'), ' \n ')).toBe(false);
    expect(blockHasContent(block('van-ban:ds'), [{ kind: 'Kế hoạch', number: '', date: '', issuer: '', subject: '' }])).toBe(false);
    expect(blockHasContent(block('don-vi/tthc/so-lieu:hs'), { c: 50 })).toBe(false);
    expect(blockHasContent(block('bang:t'), [{ ten: ' ', kq: null }])).toBe(false);
    expect(blockHasContent(block('bang:t'), [{ ten: 'A' }])).toBe(true);
    expect(blockHasContent(block('trong:p'), 42)).toBe(false);
  });
  it('say what the next period keeps: prose and row names, not figures or documents', () => {
    const keep = (key: string, value: Parameters<ReturnType<typeof blockKind>['rollover']>[1]) =>
      blockKind(block(key)).rollover(block(key), value);
    expect(keep('trong:p', 'Nội dung')).toBe('Nội dung');
    expect(keep('don-vi/tthc/so-lieu:hs', { a: 1 })).toBeUndefined();
    expect(keep('van-ban:ds', [])).toBeUndefined();
    expect(keep('bang:t', [{ ten: 'A', kq: 3, ct: 4 }])).toEqual([{ ten: 'A', kq: null, ct: null, tl: null }]);
  });
});
