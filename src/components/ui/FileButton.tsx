import { useRef } from 'preact/hooks';
import { Button } from './Button.tsx';

/**
 * A button that opens the system's file picker, and its hidden file input: the file chosen is handed to `onFile`
 * and the input is cleared, so the same file can be chosen again.
 */
export function FileButton({
  id,
  label,
  accept,
  onFile,
  skipInput,
}: {
  id: string;
  label: string;
  accept: string;
  onFile: (file: File) => void;
  /** Leave the hidden input out of the Tab order (the button is the way to it). */
  skipInput?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()}>{label}</Button>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        aria-label={label}
        class="cchc-visually-hidden"
        tabIndex={skipInput ? -1 : undefined}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
