import type { RequestRef } from '../../schemas/request.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { citeDocument } from '../../lib/request/basis.ts';
import { targetFields, targetSource, targetText } from '../../lib/request/targets.ts';
import { formatShortDate, parseIsoDate } from '../../lib/format/date.ts';
import { t } from './strings/open.ts';
import './request.css';

/**
 * At the top of a draft that answers a province's request: which request (the asking document), the deadline, and the
 * targets it sets (each is also shown beside the figure it judges). Loaded only for such a draft.
 */
export function RequestNote({ request, template }: { request: RequestRef; template: ReportTemplate }) {
  const columns = new Map(targetFields(template).map((c) => [c.key, c]));
  const targets = request.targets.filter((x) => columns.has(x.field));
  return (
    <section class="cchc-notice cchc-request-note" aria-labelledby="cchc-request-note-h" data-testid="request-note">
      <p>
        <strong id="cchc-request-note-h">{t.noteHeading}:</strong> {t.answers(citeDocument(request.document))}
        {parseIsoDate(request.deadline) && <strong> {t.deadline(formatShortDate(request.deadline))}</strong>}
      </p>
      {targets.length > 0 && (
        <>
          <p>{t.targets}</p>
          <ul>
            {targets.map((x) => {
              const c = columns.get(x.field)!;
              return (
                <li key={x.field}>
                  {c.label}: {targetText(x, c)} — {targetSource(x, request)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p class="cchc-hint">{t.carried}</p>
    </section>
  );
}
