import { domId, IssueList, useShownIssues } from '../fields.tsx';
import { t } from './strings.ts';

/** Up, down and remove buttons of row `i` of `count`; `what` names the row for screen readers ("Văn bản 2"). */
export function RowButtons({
  i,
  count,
  what,
  onMove,
  onRemove,
}: {
  i: number;
  count: number;
  what: string;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  return (
    <div class="cchc-row-buttons">
      <button
        type="button"
        class="cchc-btn cchc-btn--small"
        disabled={i === 0}
        aria-label={t.moveUpLabel(what)}
        onClick={() => onMove(i - 1)}
      >
        ↑ {t.moveUp}
      </button>
      <button
        type="button"
        class="cchc-btn cchc-btn--small"
        disabled={i === count - 1}
        aria-label={t.moveDownLabel(what)}
        onClick={() => onMove(i + 1)}
      >
        ↓ {t.moveDown}
      </button>
      <button type="button" class="cchc-btn cchc-btn--small cchc-btn--danger" aria-label={t.removeRowLabel(what)} onClick={onRemove}>
        ✕ {t.removeRow}
      </button>
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
  const issues = useShownIssues(path, scope);
  const described = [formula && `${id}-formula`, issues.length && `${id}-issues`].filter(Boolean).join(' ');
  return (
    <div class="cchc-field cchc-field--computed">
      <label for={id}>
        {label} ({t.computed})
      </label>
      <output id={id} aria-live="polite" aria-describedby={described || undefined}>
        {text}
      </output>
      {formula && (
        <p class="cchc-hint cchc-formula" id={`${id}-formula`}>
          {formula}
        </p>
      )}
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}
