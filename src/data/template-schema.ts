import { templateSchemaWith } from '../schemas/template.ts';
import { fieldSets } from '../lib/report/index.ts';

/** The schema of a report kind (content/templates/*.yaml), with the engine's named figure sets its blocks may take. */
export const templateSchema = templateSchemaWith(fieldSets);
