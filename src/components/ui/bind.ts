import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { onPageLeave } from './page-leave.ts';

/**
 * Text controls are bound to their value, never controlled by it. A controlled <input value={…}> is written by every
 * render of every component between the store and the field, and some of those renders carry a value older than
 * what is on screen: a field's own list of issues re-renders it with the value its parent last passed, a block
 * re-renders on the checks' store with the draft it last got, renders run on timers after the keystrokes that caused
 * them, and a setting saved on Tab re-renders the fields after it while the user already types there. Writing such a
 * value back deleted the characters typed since ("XÃ " → "XÃ", then "XÃĐƯNG"; "98 ⇥ 2" lost the "2") and, in the
 * middle of an IME composition (Telex, a phone keyboard), reset it so the commit inserted the word twice ("thựcthực").
 *
 * Here the element keeps what the user typed; each input is read (`read`) and sent on (`onValue`), or, with
 * `commit: 'change'`, once the field is left. The value is written into the element only when it changed since the
 * owning component last rendered and it is not what the element already says (an import, another draft opened, a
 * citation inserted), and never during a composition. A render that repeats an older value therefore writes nothing.
 * A field edited but not yet left when the page is hidden or closed sends its value then (page-leave.ts).
 */
export type TextCodec<T> = {
  /** The value an element's text stands for ("1.660" → 1660; lines → string[]). */
  read: (text: string) => T;
  /** The text that shows a value. */
  show: (value: T) => string;
  /** Equality of values, as a string (String(value) by default). */
  key?: (value: T) => string;
};

export const stringCodec: TextCodec<string> = { read: (s) => s, show: (s) => s };

export type BindOptions = {
  /** Called when the user leaves the field after editing it (the builder then shows the field's findings). */
  onLeave?: () => void;
  /** 'input' (default): every keystroke is sent; 'change': the value is sent when the field is left. */
  commit?: 'input' | 'change';
};

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** Props for an <input> or <textarea> bound to `value`. */
export function useBoundText<T>(
  value: T,
  onValue: (value: T) => void,
  codec: TextCodec<T>,
  { onLeave, commit = 'input' }: BindOptions = {},
) {
  const ref = useRef<TextElement>(null);
  const rendered = useRef<string | undefined>(undefined);
  const composing = useRef(false);
  const edited = useRef(false);
  const unsent = useRef(false);
  const latest = useRef(onValue);
  latest.current = onValue;
  const key = codec.key ?? String;
  useEffect(() => {
    if (commit !== 'change') return;
    return onPageLeave(() => {
      const el = ref.current;
      if (!unsent.current || !el) return;
      unsent.current = false;
      latest.current(codec.read(el.value));
    }, 'send');
  }, [commit]);
  useLayoutEffect(() => {
    const k = key(value);
    if (rendered.current === k) return;
    rendered.current = k;
    const el = ref.current;
    if (el && !composing.current && key(codec.read(el.value)) !== k) el.value = codec.show(value);
  });
  const send = (e: Event) => latest.current(codec.read((e.currentTarget as TextElement).value));
  return {
    ref,
    onInput: (e: Event) => {
      edited.current = true;
      if (commit === 'input') send(e);
      else unsent.current = true;
    },
    onChange: (e: Event) => {
      if (commit !== 'change') return;
      unsent.current = false;
      send(e);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: () => {
      composing.current = false;
    },
    onBlur: () => {
      if (edited.current) onLeave?.();
    },
  };
}
