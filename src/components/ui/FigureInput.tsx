import type { Ref } from 'preact';
import { readFigure, showFigure } from '../../lib/format/figure-input.ts';
import { useBoundText, type TextCodec } from './bind.ts';
import { Field } from './Field.tsx';
import type { BoundProps } from './inputs.tsx';

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
 * number stays in the field and reaches `onValue` as text (the builder's checks flag it and withhold the download).
 */
export function FigureInput({
  label,
  unit,
  value,
  onValue,
  onLeave,
  commit,
  decimal = false,
  ...field
}: Omit<BoundProps<FigureValue>, 'value'> & { value: unknown; unit?: string; decimal?: boolean }) {
  const v: FigureValue = typeof value === 'number' || typeof value === 'string' ? value : null;
  const bind = useBoundText(v, onValue, figureCodec, { onLeave, commit });
  return (
    <Field
      {...field}
      variant="figure"
      label={`${label}${unit ? ` (${unit})` : ''}`}
      control={(described) => (
        <input
          id={field.id}
          type="text"
          inputMode={decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          {...bind}
          ref={bind.ref as Ref<HTMLInputElement>}
          onBlur={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const read = figureCodec.read(el.value);
            if (typeof read === 'number') el.value = showFigure(read);
            bind.onBlur();
          }}
          {...described}
        />
      )}
    />
  );
}
