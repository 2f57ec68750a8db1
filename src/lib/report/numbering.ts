import { roman } from '../format/period.ts';
import type { ReportTemplate } from '../../schemas/template.ts';

const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** a, b, c, d, đ, e, g … (Vietnamese alphabet order, as Decree 30 numbers điểm); aa, ab … beyond y. */
export const letter = (i: number): string =>
  i < VI_LETTERS.length ? VI_LETTERS[i] : letter(Math.floor(i / VI_LETTERS.length) - 1) + VI_LETTERS[i % VI_LETTERS.length];

/**
 * A section heading's label at `level` (1 = top) for its `index` (from 1) among its siblings: "I.", "1.", "1.2.", "a)".
 * `number` is what nested numbering ("1.2.") builds on below it.
 */
export function headingLabel(
  styles: ReportTemplate['numbering'],
  level: number,
  index: number,
  parentNumber: string,
): { text: string; number: string } {
  switch (styles[level - 1] ?? 'alpha') {
    case 'roman':
      return { text: `${roman(index)}.`, number: '' };
    case 'arabic':
      return { text: `${index}.`, number: String(index) };
    case 'nested': {
      const n = parentNumber ? `${parentNumber}.${index}` : String(index);
      return { text: `${n}.`, number: n };
    }
    case 'alpha':
      return { text: `${letter(index - 1)})`, number: '' };
  }
}
