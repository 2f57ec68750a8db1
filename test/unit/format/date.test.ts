import { describe, expect, it } from 'vitest';
import { formatShortDate, parseIsoDate } from '../../../src/lib/format/date.ts';

describe('Vietnamese administrative dates', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatShortDate('2022-04-08')).toBe('08/4/2022');
    expect(formatShortDate('2022-01-28')).toBe('28/01/2022');
    expect(formatShortDate('2021-12-06')).toBe('06/12/2021');
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(formatShortDate('không rõ')).toBe('không rõ');
  });
});
