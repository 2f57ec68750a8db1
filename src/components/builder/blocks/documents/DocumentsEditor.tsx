import type { DocumentRow } from '../../../../schemas/draft.ts';
import { asDocumentRows, emptyDocumentRow } from '../../../../lib/report/index.ts';
import { patchRow } from '../../../../lib/drafts/rows.ts';
import { setValue } from '../../store.ts';
import { domId, IssueList, TextInput, useShownIssues } from '../../fields.tsx';
import { t } from './strings.ts';
import { RowButtons } from '../shared.tsx';
import type { BlockEditorProps } from '../types.ts';
import { Button } from '../../../ui/Button.tsx';

const columns: [keyof DocumentRow, string, string][] = [
  ['kind', t.docKind, 'text'],
  ['number', t.docNumber, 'text'],
  ['date', t.docDate, 'date'],
  ['issuer', t.docIssuer, 'text'],
  ['subject', t.docSubject, 'text'],
];

export function DocumentsEditor({ block, path, value }: BlockEditorProps<'documents'>) {
  const rows = asDocumentRows(value);
  const set = (next: DocumentRow[]) => setValue(path, next.length ? next : undefined);
  // What is said of the list as a whole (text left from another unit or the sample in its rows).
  const issues = useShownIssues(path);
  return (
    <fieldset class="cchc-block cchc-docs">
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      {rows.length === 0 && <p class="cchc-hint">{t.noRows}</p>}
      {rows.map((r, i) => (
        <div class="cchc-docs__row" key={i} role="group" aria-label={t.docRow(i + 1)}>
          <span class="cchc-docs__n">{i + 1}.</span>
          {columns.map(([k, label, type]) => (
            <TextInput
              key={k}
              path={`${path}.${i}.${k}`}
              label={label}
              type={type}
              value={r[k]}
              onValue={(v) => set(patchRow(rows, i, { [k]: v }))}
            />
          ))}
          <RowButtons rows={rows} i={i} what={t.docRow(i + 1)} onRows={set} />
        </div>
      ))}
      <Button onClick={() => set([...rows, emptyDocumentRow()])}>+ {t.addRow}</Button>
      <IssueList id={domId(path) + '-issues'} issues={issues} />
    </fieldset>
  );
}
