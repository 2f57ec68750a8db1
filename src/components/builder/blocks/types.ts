import type { BlockKindName, BlockOf } from '../../../lib/report/index.ts';

/** The props of every block editor: its block, the block's value key and the value stored there. */
export type BlockEditorProps<K extends BlockKindName> = { block: BlockOf<K>; path: string; value: unknown };
