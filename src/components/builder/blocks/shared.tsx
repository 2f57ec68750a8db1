import { domId, useShownIssues } from '../fields.tsx';
import { Field } from '../../ui/Field.tsx';
import { moveRow, removeRow } from '../../../lib/drafts/rows.ts';
import { t } from './strings.ts';
import { Button } from '../../ui/Button.tsx';

/** Up, down and remove buttons of row `i` of `rows`, which give `onRows` the rows after; `what` names the row for screen readers ("Văn bản 2"). */
export function RowButtons<T>({ rows, i, what, onRows }: { rows: T[]; i: number; what: string; onRows: (rows: T[]) => void }) {
  const onMove = (to: number) => onRows(moveRow(rows, i, to));
  return (
    <div class="cchc-row-buttons">
      <Button size="small" disabled={i === 0} aria-label={t.moveUpLabel(what)} onClick={() => onMove(i - 1)}>
        ↑ {t.moveUp}
      </Button>
      <Button size="small" disabled={i === rows.length - 1} aria-label={t.moveDownLabel(what)} onClick={() => onMove(i + 1)}>
        ↓ {t.moveDown}
      </Button>
      <Button kind="danger" size="small" aria-label={t.removeRowLabel(what)} onClick={() => onRows(removeRow(rows, i))}>
        ✕ {t.removeRow}
      </Button>
    </div>
  );
}

/** A figure the engine computes: shown, not typed, with its formula, and its checks' findings once a figure of its block (`scope`) was. */
export function ComputedFigure({
  path,
  scope,
  label,
  text,
  formula,
}: {
  path: string;
  scope: string;
  label: string;
  text: string;
  formula?: string;
}) {
  const id = domId(path);
  return (
    <Field
      id={id}
      label={`${label} (${t.computed})`}
      issues={useShownIssues(path, scope)}
      describedBy={formula && `${id}-formula`}
      variant="computed"
      control={(described) => (
        <>
          <output id={id} aria-live="polite" aria-describedby={described['aria-describedby']}>
            {text}
          </output>
          {formula && (
            <p class="cchc-hint cchc-formula" id={`${id}-formula`}>
              {formula}
            </p>
          )}
        </>
      )}
    />
  );
}
