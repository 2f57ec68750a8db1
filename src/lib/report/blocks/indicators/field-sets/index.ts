import type { FieldSet } from '../../../../../schemas/template.ts';
import { bieu06 } from './bieu-06.ts';

/**
 * Named figure sets: figures that several report kinds print the same way, written once. A template's indicators
 * block takes one with `fieldSet: <id>` (its fields and rules come first: src/schemas/template-blocks.ts, given these
 * sets by src/data/template-schema.ts); the guides show a set's figures and formulas from the same data
 * (src/components/FigureSet.astro).
 */
export const fieldSets = { 'bieu-06': bieu06 } satisfies Record<string, FieldSet>;
export type FieldSetId = keyof typeof fieldSets;
