import type { FigureImport } from '../../../src/lib/import/index.ts';
import { BIEU06_ORDER, columnSums } from './fixtures.ts';

/** Target id → column letter, for assertions. */
export const letters = (imp: FigureImport) =>
  Object.fromEntries(Object.values(imp.recognition.assignments).map((a) => [a.targetId, a.letter] as const));

/** Target id → value, for the eleven Biểu 06 columns. */
export const valuesOf = (imp: FigureImport) => Object.fromEntries(BIEU06_ORDER.map((id) => [id, imp.figures.values[id].value] as const));

/** The expected values: sums of the fixture's data rows, by target id. */
export const expectedSums = (data: number[][]) => {
  const sums = columnSums(data);
  return Object.fromEntries(BIEU06_ORDER.map((id, i) => [id, sums[i]] as const));
};

/** The fixture's standard mapping: C…M in BIEU06_ORDER. */
export const STANDARD_LETTERS = Object.fromEntries(BIEU06_ORDER.map((id, i) => [id, String.fromCharCode(67 + i)] as const));
