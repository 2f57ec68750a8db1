import { useState } from 'preact/hooks';
import type { ScoreTable } from '../../../../schemas/draft.ts';
import { tableFromSet, type BlockOf } from '../../../../lib/report/index.ts';
import { getProps } from '../../store.ts';
import { domId } from '../../fields.tsx';
import { useModule } from '../../../ui/lazy.ts';
import { Pending } from '../../../ui/Pending.tsx';
import { t } from './strings.ts';
import { Button } from '../../../ui/Button.tsx';

type Props = { block: BlockOf<'scores'>; path: string; table: ScoreTable; onTable: (t: ScoreTable | undefined) => void };

const loadImport = () => import('./ImportCriteria.tsx');

/**
 * Starting (or replacing) the table: one of the site's criteria sets, or the province's spreadsheet through the
 * import dialog (loaded on the first click, with the import library). Replacing a table with scores in it asks first
 * (the dialog says so before its button).
 */
export function SetPicker({ block, path, table, onTable }: Props) {
  const sets = getProps().criteriaSets ?? [];
  const [chosen, setChosen] = useState(sets[0]?.id ?? '');
  const [importing, setImporting] = useState(false);
  const dialog = useModule(loadImport, importing);
  const filled = table.rows.length > 0;
  const replace = (next: ScoreTable | undefined) => {
    if (filled && !window.confirm(next ? t.replaceConfirm : t.clearConfirm)) return;
    onTable(next);
  };
  const id = domId(`${path}.set`);
  return (
    <div class={filled ? 'cchc-scores__actions' : 'cchc-scores__start'}>
      {!filled && <p>{t.empty}</p>}
      {sets.length > 0 && (
        <div class="cchc-buttons">
          <span class="cchc-field cchc-scores__pick">
            <label for={id}>{t.setLabel}</label>
            <select id={id} value={chosen} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
              {sets.map((s) => (
                <option key={s.id} value={s.id}>
                  {t.setOption(s.name, s.year, s.illustrative)}
                </option>
              ))}
            </select>
          </span>
          <Button
            onClick={() => {
              const set = sets.find((s) => s.id === chosen);
              if (set) replace(tableFromSet(set));
            }}
          >
            {t.useSet}
          </Button>
        </div>
      )}
      <div class="cchc-buttons">
        <Button aria-haspopup="dialog" onClick={() => setImporting(true)}>
          {t.importSheet}
        </Button>
        {filled && (
          <Button kind="danger" onClick={() => replace(undefined)}>
            {t.clear}
          </Button>
        )}
      </div>
      {importing &&
        (dialog ? (
          <dialog.ImportCriteria block={block} path={path} table={table} onTable={onTable} onClose={() => setImporting(false)} />
        ) : (
          <Pending mod={dialog} />
        ))}
    </div>
  );
}
