import type { ComponentType } from 'preact';
import type { BlockKindName } from '../../../lib/report/index.ts';
import type { BlockEditorProps } from './types.ts';
import { ProseEditor } from './prose/ProseEditor.tsx';
import { AssessmentEditor } from './assessment/AssessmentEditor.tsx';
import { DocumentsEditor } from './documents/DocumentsEditor.tsx';
import { IndicatorsEditor } from './indicators/IndicatorsEditor.tsx';
import { TableEditor } from './table/TableEditor.tsx';
import { ScoresEditor } from './scores/Lazy.tsx';

/** The editor of each block kind; a new kind adds its editor here (in blocks/<kind>/, as its engine module is in src/lib/report/blocks/<kind>/). */
export const blockEditors: { [K in BlockKindName]: ComponentType<BlockEditorProps<K>> } = {
  prose: ProseEditor,
  assessment: AssessmentEditor,
  documents: DocumentsEditor,
  indicators: IndicatorsEditor,
  table: TableEditor,
  scores: ScoresEditor,
};
