import { useEffect, useState } from 'preact/hooks';
import { readFigure, showFigure } from '../../lib/builder/figures.ts';
import { describedBy, domId, useIssues, type BaseProps } from './fields.tsx';
import { t } from './strings-editors.ts';

/** A figure typed the Vietnamese way ("1.660" or "1660"); bad input shows a message and leaves the figure empty. */
export function FigureInput({
  path,
  label,
  unit,
  value,
  onValue,
  hint,
  decimal = false,
}: BaseProps & { unit?: string; value: number | null; onValue: (v: number | null) => void; decimal?: boolean }) {
  const id = domId(path);
  const [text, setText] = useState(showFigure(value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const r = readFigure(text);
    if (r.error || r.value !== value) {
      if (!(r.error && value === null)) setText(showFigure(value));
    }
  }, [value]);
  const issues = useIssues(path);
  const hasMsg = issues.length > 0 || !!error;
  return (
    <div class="cchc-field cchc-field--figure">
      <label for={id}>
        {label}
        {unit && unit !== '%' ? ` (${unit})` : unit === '%' ? ' (%)' : ''}
      </label>
      <input
        id={id}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        autoComplete="off"
        value={text}
        onInput={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value;
          setText(v);
          const r = readFigure(v);
          setError(r.error);
          if (!r.error) onValue(r.value);
          else if (value !== null) onValue(null);
        }}
        onBlur={() => {
          const r = readFigure(text);
          if (!r.error) setText(showFigure(r.value));
        }}
        aria-describedby={describedBy([hint && `${id}-hint`, hasMsg && `${id}-issues`])}
        aria-invalid={!!error || undefined}
      />
      {hint && (
        <p class="cchc-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {hasMsg && (
        <ul class="cchc-issues" id={`${id}-issues`}>
          {error && (
            <li class="cchc-issue cchc-issue--error">
              <span class="cchc-issue__sev">{t.severity.error}:</span> {error}
            </li>
          )}
          {issues.map((i) => (
            <li key={i.key} class={`cchc-issue cchc-issue--${i.severity}`}>
              <span class="cchc-issue__sev">{t.severity[i.severity]}:</span> {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
