import { Field, type FieldProps } from './Field.tsx';

/** A labelled drop-down list: each option a value and the text shown for it, in order. */
export function Select<V extends string | number>({
  value,
  options,
  onValue,
  ...field
}: FieldProps & { value: V; options: readonly (readonly [V, string])[]; onValue: (value: V) => void }) {
  return (
    <Field
      {...field}
      control={(described) => (
        <select
          id={field.id}
          value={value}
          onChange={(e) => {
            const chosen = (e.currentTarget as HTMLSelectElement).value;
            const option = options.find(([v]) => String(v) === chosen);
            if (option) onValue(option[0]);
          }}
          {...described}
        >
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    />
  );
}
