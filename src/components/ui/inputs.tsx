import { useEffect } from 'preact/hooks';
import type { JSX, Ref } from 'preact';
import { spliceText } from '../../lib/format/paste.ts';
import { stringCodec, useBoundText, type BindOptions, type TextCodec } from './bind.ts';
import { Field, type FieldProps } from './Field.tsx';

/** A field bound to a value (bind.ts): what it shows, where its edits go, what happens when the user leaves it. */
export type BoundProps<T> = FieldProps & BindOptions & { value: T; onValue: (value: T) => void };

/** A one-line text field (also a date or number field: `type`). */
export function TextInput({
  value,
  onValue,
  onLeave,
  commit,
  type = 'text',
  attrs = {},
  ...field
}: BoundProps<string> & { type?: string; attrs?: JSX.InputHTMLAttributes<HTMLInputElement> }) {
  const bind = useBoundText(value, onValue, stringCodec, { onLeave, commit });
  return (
    <Field
      {...field}
      control={(described) => (
        <input id={field.id} type={type} {...bind} ref={bind.ref as Ref<HTMLInputElement>} {...described} {...attrs} />
      )}
    />
  );
}

/**
 * A multi-line field that grows with its text. `paste` rewrites text pasted into it (the builder turns Word's bullets
 * into the prose syntax); `onFocus` tells who inserts at the cursor (the builder's citation picker) where to.
 */
export function TextArea<T = string>({
  value,
  onValue,
  onLeave,
  commit,
  codec = stringCodec as unknown as TextCodec<T>,
  rows = 3,
  placeholder,
  paste,
  onFocus,
  ...field
}: BoundProps<T> & {
  codec?: TextCodec<T>;
  rows?: number;
  placeholder?: string;
  paste?: (text: string) => string;
  onFocus?: (el: HTMLTextAreaElement) => void;
}) {
  const bind = useBoundText(value, onValue, codec, { onLeave, commit });
  const grow = () => {
    const el = bind.ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  };
  useEffect(grow, [codec.show(value)]);
  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain');
    if (text == null || !paste) return;
    e.preventDefault();
    const el = e.currentTarget as HTMLTextAreaElement;
    const { value: next, caret } = spliceText(el.value, el.selectionStart, el.selectionEnd, paste(text));
    el.value = next;
    el.setSelectionRange(caret, caret);
    bind.onInput({ currentTarget: el } as unknown as Event);
    grow();
  };
  return (
    <Field
      {...field}
      control={(described) => (
        <textarea
          id={field.id}
          rows={rows}
          placeholder={placeholder}
          {...bind}
          ref={bind.ref as Ref<HTMLTextAreaElement>}
          onInput={(e) => {
            bind.onInput(e);
            grow();
          }}
          onPaste={onPaste}
          onFocus={onFocus && ((e) => onFocus(e.currentTarget as HTMLTextAreaElement))}
          {...described}
        />
      )}
    />
  );
}

/** One item a line; blank lines dropped, spaces at line ends kept on screen but not in the value. */
export const linesCodec: TextCodec<string[]> = {
  read: (text) =>
    text
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim()),
  show: (lines) => lines.join('\n'),
  key: (lines) => lines.join('\n'),
};
