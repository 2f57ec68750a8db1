import type { ScoreTable } from '../../../../schemas/draft.ts';
import type { BlockOf } from '../../../../lib/report/index.ts';
import { CriteriaImport } from '../../../import/CriteriaImport.tsx';
import { $notice } from '../../store.ts';
import { domId } from '../../fields.tsx';

type Props = { block: BlockOf<'scores'>; path: string; table: ScoreTable; onTable: (t: ScoreTable) => void; onClose: () => void };

/** "Nhập bảng tiêu chí từ bảng tính" of a score table: the shared criteria import, replacing the table. */
export function ImportCriteria({ block, path, table, onTable, onClose }: Props) {
  return (
    <CriteriaImport
      id={`${domId(path)}-criteria`}
      into={block.label}
      replacing={table.rows.length > 0}
      onTable={onTable}
      notify={(text) => $notice.set({ text, kind: 'ok' })}
      onClose={onClose}
    />
  );
}
