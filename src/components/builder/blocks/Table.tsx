import { useStore } from '@nanostores/preact';
import { asRows, type Row } from '../../../lib/report/values.ts';
import { emptyTableRow } from '../../../lib/report/blocks/table.ts';
import { moveRow, patchRow, removeRow } from '../../../lib/drafts/rows.ts';
import { formatPercent } from '../../../lib/format/number.ts';
import { $evaluation, setValue } from '../store.ts';
import { domId, IssueList, TextInput, useIssues } from '../fields.tsx';
import { FigureInput } from '../FigureInput.tsx';
import { t } from '../strings/blocks.ts';
import { ComputedFigure, RowButtons } from './shared.tsx';
import type { BlockEditorProps } from './index.ts';

export function TableEditor({ block, path, value }: BlockEditorProps<'table'>) {
  const rows = asRows(value);
  const ev = useStore($evaluation);
  const issues = useIssues(path);
  const computedRows = ev?.tables[path] ?? [];
  const set = (next: Row[]) => setValue(path, next.length ? next : undefined);
  return (
    <fieldset class="cchc-block cchc-table">
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      {rows.map((r, i) => (
        <div class="cchc-table__row" key={i} role="group" aria-label={t.tableRow(i + 1)}>
          <span class="cchc-docs__n">{i + 1}.</span>
          {block.columns.map((c) => {
            const cp = `${path}.${i}.${c.id}`;
            const x = r[c.id];
            if (c.type === 'percent-of') {
              const v = computedRows[i]?.[c.id];
              return <ComputedFigure key={c.id} path={cp} label={c.label} text={v == null ? '—' : formatPercent(v)} />;
            }
            if (c.type === 'number')
              return (
                <FigureInput
                  key={c.id}
                  path={cp}
                  label={c.label}
                  unit={c.unit}
                  decimal
                  value={typeof x === 'number' ? x : null}
                  onValue={(v) => set(patchRow(rows, i, { [c.id]: v }))}
                />
              );
            return (
              <TextInput
                key={c.id}
                path={cp}
                label={c.label}
                value={typeof x === 'string' ? x : ''}
                onValue={(v) => set(patchRow(rows, i, { [c.id]: v }))}
              />
            );
          })}
          <RowButtons
            i={i}
            count={rows.length}
            what={t.tableRow(i + 1)}
            onMove={(to) => set(moveRow(rows, i, to))}
            onRemove={() => set(removeRow(rows, i))}
          />
        </div>
      ))}
      <button type="button" class="cchc-btn" onClick={() => set([...rows, emptyTableRow(block)])}>
        + {t.addTableRow}
      </button>
      <IssueList id={domId(path) + '-issues'} issues={issues} />
    </fieldset>
  );
}
