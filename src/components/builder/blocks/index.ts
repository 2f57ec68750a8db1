import type { ComponentType } from 'preact';
import type { BlockKindName, BlockOf } from '../../../lib/report/blocks/types.ts';
import { ProseEditor } from './prose/ProseEditor.tsx';
import { AssessmentEditor } from './assessment/AssessmentEditor.tsx';
import { DocumentsEditor } from './documents/DocumentsEditor.tsx';
import { IndicatorsEditor } from './indicators/IndicatorsEditor.tsx';
import { TableEditor } from './table/TableEditor.tsx';
import { ScoresEditor } from './scores/Lazy.tsx';

/** The props of every block editor: its block, the block's value key and the value stored there. */
export type BlockEditorProps<K extends BlockKindName> = { block: BlockOf<K>; path: string; value: unknown };

/** The editor of each block kind; a new kind adds its editor here (and its module in src/lib/report/blocks/). */
export const blockEditors: { [K in BlockKindName]: ComponentType<BlockEditorProps<K>> } = {
  prose: ProseEditor,
  assessment: AssessmentEditor,
  documents: DocumentsEditor,
  indicators: IndicatorsEditor,
  table: TableEditor,
  scores: ScoresEditor,
};
