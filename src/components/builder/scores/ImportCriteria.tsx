import type { ScoreTable } from '../../../schemas/draft.ts';
import type { BlockOf } from '../../../lib/report/blocks/types.ts';

/** Placeholder until the spreadsheet dialog is shared (see ImportFigures). */
export function ImportCriteria(_props: { block: BlockOf<'scores'>; path: string; table: ScoreTable; onClose: () => void }) {
  return null;
}
