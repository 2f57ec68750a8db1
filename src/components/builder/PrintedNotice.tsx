import { useStore } from '@nanostores/preact';
import { $currentId, $notice, getProps, update } from './store.ts';
import { takePrinted } from './printed-import.ts';
import { $printedNote } from './printed-note.ts';
import { t } from './strings/printed.ts';
import { Button } from '../ui/Button.tsx';

/**
 * The imported .docx was edited after download: says so, lists the figures its text prints otherwise than the draft,
 * and offers to take the printed ones (what was signed) into the draft just imported.
 */
export function PrintedNotice() {
  const note = useStore($printedNote);
  const current = useStore($currentId);
  if (!note || note.id !== current) return null;
  const take = () => {
    update((d) => takePrinted(getProps().template, d, note));
    $printedNote.set(undefined);
    $notice.set({ text: t.taken(note.differences.length), kind: 'ok' });
  };
  const keep = () => {
    $printedNote.set(undefined);
    $notice.set({ text: t.kept, kind: 'ok' });
  };
  const typed = note.check.differences.length > 0;
  return (
    <div class="cchc-notice cchc-notice--error" role="alert" data-testid="printed-notice">
      <p>
        <strong>{note.check.edited ? t.heading : t.headingUnknown}</strong>
      </p>
      <p>{t.intro(note.name)}</p>
      {typed && (
        <>
          <p>{t.differences}</p>
          <ul data-testid="printed-differences">
            {note.differences.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
          {note.computed && <p class="cchc-hint">{t.computedNote}</p>}
        </>
      )}
      {note.unfound.length > 0 && <p>{t.unfound(note.unfound.join('; '))}</p>}
      {!typed && !note.unfound.length && <p>{t.proseOnly}</p>}
      <p>
        {typed && (
          <Button kind="primary" onClick={take}>
            {t.take}
          </Button>
        )}{' '}
        <Button onClick={keep}>{typed ? t.keep : t.close}</Button>
      </p>
    </div>
  );
}
