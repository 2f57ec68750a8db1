import type { z } from 'zod';
import type { fieldSchema, ruleSchema } from '../../../../../schemas/template.ts';
import { bieu06 } from './bieu-06.ts';

/**
 * Named figure sets: figures that several report kinds print the same way, written once. A template's indicators
 * block takes one with `fieldSet: <id>` (src/schemas/template.ts puts the set's fields and rules first); the guides
 * show a set's figures and formulas from the same data (src/components/FigureSet.astro).
 */
export type FieldSet = {
  /** What the set holds, for the guides ("Số hồ sơ thủ tục hành chính theo Biểu số 06/VPCP/KSTT"). */
  label: string;
  fields: z.input<typeof fieldSchema>[];
  rules: z.input<typeof ruleSchema>[];
};

export const fieldSetIds = ['bieu-06'] as const;
export type FieldSetId = (typeof fieldSetIds)[number];
export const fieldSets: Record<FieldSetId, FieldSet> = { 'bieu-06': bieu06 };
