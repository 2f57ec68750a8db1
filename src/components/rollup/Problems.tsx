import { useStore } from '@nanostores/preact';
import { $notes, $problems } from './store.ts';
import { t } from './strings/view.ts';
import { Button } from '../ui/Button.tsx';

/** Files that could not be used, with the reason, and reports replaced by a newer one; dismissed together. */
export function Problems() {
  const problems = useStore($problems);
  const notes = useStore($notes);
  if (!problems.length && !notes.length) return null;
  return (
    <section class="cchc-rollup__problems" aria-label={t.problemsHeading(problems.length)}>
      {problems.length > 0 && (
        <div class="cchc-notice cchc-notice--error" data-testid="problems">
          <h3>{t.problemsHeading(problems.length)}</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{p.file}</strong>: {p.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {notes.length > 0 && (
        <div class="cchc-notice" data-testid="notes">
          <h3>{t.notesHeading}</h3>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <Button
        size="small"
        onClick={() => {
          $problems.set([]);
          $notes.set([]);
        }}
      >
        {t.dismiss}
      </Button>
    </section>
  );
}
