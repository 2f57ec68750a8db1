import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, joinVi } from '../../../src/lib/format/text.ts';

describe('text clean-up', () => {
  it('normalises to NFC and strips control, bidi and XML-invalid characters', () => {
    const decomposed = 'Hoa\u0300i Ta\u0302n';
    expect(cleanText(decomposed)).toBe('Hoài Tân');
    expect(cleanText('a\u0000b\u0007c\u001Fd\uFFFEe\u202Ef')).toBe('abcdef');
    expect(cleanText('x\uD800y\uDC00z')).toBe('xyz');
    expect(cleanText('😀')).toBe('😀');
    expect(cleanText('a\r\nb\rc\td')).toBe('a\nb\nc d');
    expect(cleanLine('  a \n  b  ')).toBe('a b');
    expect(cleanText(42 as unknown as string)).toBe('');
  });
});

describe('joinVi', () => {
  it('joins with commas and "và" before the last', () => {
    expect(joinVi([])).toBe('');
    expect(joinVi(['a'])).toBe('a');
    expect(joinVi(['a', 'b'])).toBe('a và b');
    expect(joinVi(['a', 'b', 'c'])).toBe('a, b và c');
  });
});
