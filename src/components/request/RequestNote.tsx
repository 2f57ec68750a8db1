import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { RequestRef } from '../../schemas/request.ts';
import type { ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import { formatShortDate, parseIsoDate } from '../../lib/format/date.ts';
import { $evaluation, loadEngine } from '../builder/store.ts';
import { t } from './strings/open.ts';
import './request.css';

/**
 * At the top of a draft that answers a province's request: which request (the asking document), the deadline, and the
 * targets it sets (each is also shown beside the figure it judges), as the engine reads them from the draft. Loaded
 * only for such a draft.
 */
export function RequestNote({ request, template }: { request: RequestRef; template: ReportTemplate }) {
  const evaluation = useStore($evaluation);
  useEffect(() => void loadEngine().catch(() => undefined), []);
  const targets = request.targets.flatMap((x) => {
    const judged = evaluation?.targets[x.field];
    return judged ? [{ field: x.field, label: fieldLabel(template.sections, x.field), text: judged.text, citation: judged.citation }] : [];
  });
  return (
    <section class="cchc-notice cchc-request-note" aria-labelledby="cchc-request-note-h" data-testid="request-note">
      <p>
        <strong id="cchc-request-note-h">{t.noteHeading}:</strong>{' '}
        {t.answers(request.citation || `${request.document.number}, ${request.document.issuer}`)}
        {parseIsoDate(request.deadline) && <strong> {t.deadline(formatShortDate(request.deadline))}</strong>}
      </p>
      {targets.length > 0 && (
        <>
          <p>{t.targets}</p>
          <ul>
            {targets.map((x) => (
              <li key={x.field}>
                {x.label}: {x.text} — {x.citation}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="cchc-hint">{t.carried}</p>
    </section>
  );
}

/** The label of the figure "<block key>.<field id>" (the engine has checked that the draft's target names one). */
function fieldLabel(sections: SectionTemplate[], key: string): string {
  const id = key.slice(key.lastIndexOf('.') + 1);
  for (const s of sections) {
    for (const b of s.blocks) {
      const f = 'fields' in b ? b.fields?.find((x) => x.id === id) : undefined;
      if (f) return f.label;
    }
    const deeper = fieldLabel(s.children, key);
    if (deeper !== id) return deeper;
  }
  return id;
}
