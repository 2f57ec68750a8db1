import { useStore } from '@nanostores/preact';
import { asRows, emptyTableRow, type Row } from '../../../../lib/report/index.ts';
import { patchRow } from '../../../../lib/drafts/rows.ts';
import { formatFigureAs } from '../../../../lib/format/figure.ts';
import { $evaluation, getProps, setValue } from '../../store.ts';
import { domId, IssueList, TextInput, useShownIssues } from '../../fields.tsx';
import { FigureInput } from '../../fields.tsx';
import { t } from './strings.ts';
import { ComputedFigure, RowButtons } from '../shared.tsx';
import type { BlockEditorProps } from '../types.ts';
import { Button } from '../../../ui/Button.tsx';

export function TableEditor({ block, path, value }: BlockEditorProps<'table'>) {
  const rows = asRows(value);
  const ev = useStore($evaluation);
  const issues = useShownIssues(path);
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
              return (
                <ComputedFigure
                  key={c.id}
                  path={cp}
                  scope={path}
                  label={c.label}
                  text={v == null ? '—' : formatFigureAs('percent', v, '', getProps().template.figures)}
                />
              );
            }
            if (c.type === 'number' || c.type === 'count')
              return (
                <FigureInput
                  key={c.id}
                  path={cp}
                  label={c.label}
                  unit={c.unit}
                  decimal={c.type === 'number'}
                  value={x}
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
          <RowButtons rows={rows} i={i} what={t.tableRow(i + 1)} onRows={set} />
        </div>
      ))}
      <Button onClick={() => set([...rows, emptyTableRow(block)])}>+ {t.addTableRow}</Button>
      <IssueList id={domId(path) + '-issues'} issues={issues} />
    </fieldset>
  );
}
