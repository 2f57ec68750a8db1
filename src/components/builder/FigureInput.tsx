import { readFigure, showFigure } from '../../lib/format/figure-input.ts';
import { Field, type BaseProps } from './fields.tsx';
import { useBoundText, type TextCodec } from './bind.ts';

/** What a figure field holds: a number, the text typed when it is not one (kept and flagged, never printed), or nothing. */
export type FigureValue = number | string | null;

const figureCodec: TextCodec<FigureValue> = {
  read: (text) => {
    const r = readFigure(text);
    return r.error ? text.trim() : r.value;
  },
  show: (v) => (typeof v === 'string' ? v : showFigure(v)),
  key: (v) => (v === null ? '' : `${typeof v}:${v}`),
};

/**
 * A figure typed the Vietnamese way ("1.660" or "1660"), shown grouped once the field is left. Text that is not a
 * number stays in the field and in the draft; the checks flag it and withhold the download until it is fixed.
 */
export function FigureInput({
  path,
  label,
  unit,
  value,
  onValue,
  hint,
  decimal = false,
}: BaseProps & { unit?: string; value: unknown; onValue: (v: FigureValue) => void; decimal?: boolean }) {
  const v: FigureValue = typeof value === 'number' || typeof value === 'string' ? value : null;
  const bind = useBoundText(path, v, onValue, figureCodec);
  return (
    <Field
      path={path}
      variant="figure"
      label={`${label}${unit ? ` (${unit})` : ''}`}
      hint={hint}
      control={(id, described, issues) => (
        <input
          id={id}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          {...bind}
          ref={bind.ref as import('preact').Ref<HTMLInputElement>}
          onBlur={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const read = figureCodec.read(el.value);
            if (typeof read === 'number') el.value = showFigure(read);
            bind.onBlur();
          }}
          aria-describedby={described}
          aria-invalid={issues.some((i) => i.severity === 'error') || undefined}
        />
      )}
    />
  );
}
