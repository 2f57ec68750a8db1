import { useEffect, useState } from 'preact/hooks';
import { readFigure, showFigure } from '../../lib/builder/figures.ts';
import { Field, type BaseProps } from './fields.tsx';

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
  const [text, setText] = useState(showFigure(value));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const r = readFigure(text);
    if (r.error || r.value !== value) {
      if (!(r.error && value === null)) setText(showFigure(value));
    }
  }, [value]);
  return (
    <Field
      path={path}
      variant="figure"
      label={`${label}${unit ? ` (${unit})` : ''}`}
      hint={hint}
      extraIssues={error ? [{ key: 'typed', severity: 'error', message: error }] : []}
      control={(id, described) => (
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
          aria-describedby={described}
          aria-invalid={!!error || undefined}
        />
      )}
    />
  );
}
