import { useEffect, useRef } from 'preact/hooks';
import type { Issue } from '../../lib/report/evaluate.ts';
import { reportFileName } from '../../lib/builder/filename.ts';
import { $draft, $evaluation, catalogueEntries, getProps, loadEngine } from './store.ts';
import { domId } from './fields.tsx';
import { t } from './strings/download.ts';
import { t as tf } from './strings/fields.ts';

/** The download's code: loaded on the first click of "Tải .docx" (or when the checks first find open points). */

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Builds the .docx the way the CLI does (src/lib/report/pipeline.ts). */
export async function makeDocx(): Promise<{ blob: Blob; name: string }> {
  const draft = $draft.get()!;
  const { template } = getProps();
  const [{ renderReport }] = await Promise.all([import('../../lib/report/pipeline.ts'), loadEngine()]);
  const { bytes } = await renderReport(template, draft, catalogueEntries(), $evaluation.get());
  return {
    blob: new Blob([bytes as BlobPart], { type: DOCX_MIME }),
    name: reportFileName(template.fileCode, draft.header.period, draft.header.place, 'docx', draft.header.issuer),
  };
}

/** "Trước khi tải về": the open points, then download anyway or go back. Takes the focus when it appears. */
export function Confirm({ issues, onDownload, onBack }: { issues: Issue[]; onDownload: () => void; onBack: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  // A value that cannot be printed as typed (a score above its maximum) is fixed first: no "download anyway".
  const invalid = issues.some((i) => i.invalid);
  return (
    <div class="cchc-confirm" role="dialog" aria-modal="false" aria-labelledby="cchc-confirm-h" tabIndex={-1} ref={panel}>
      <h3 id="cchc-confirm-h">{t.confirmHeading}</h3>
      {invalid ? (
        <p class="cchc-issue--error" role="alert">
          {t.confirmInvalid(issues.filter((i) => i.invalid).length)}
        </p>
      ) : (
        <p>{t.confirmIntro(issues.length)}</p>
      )}
      {!invalid && issues.some((i) => i.blocking) && <p class="cchc-issue--error">{t.confirmBlocking}</p>}
      <IssueSummary issues={invalid ? issues.filter((i) => i.invalid) : issues} />
      {!invalid && (
        <>
          <button type="button" class="cchc-btn cchc-btn--primary" onClick={onDownload}>
            {t.confirmDownload}
          </button>{' '}
        </>
      )}
      <button type="button" class="cchc-btn" onClick={onBack}>
        {t.confirmBack}
      </button>
    </div>
  );
}

/** Open points, each linked to its field when the field is on the page. */
export function IssueSummary({ issues }: { issues: Issue[] }) {
  return (
    <ul class="cchc-issues cchc-summary">
      {issues.map((i) => {
        const target = i.field ? document.getElementById(domId(i.field)) : null;
        return (
          <li key={i.key} class={`cchc-issue cchc-issue--${i.severity}`}>
            <span class="cchc-issue__sev">{tf.severity[i.severity]}:</span> {target ? <a href={`#${target.id}`}>{i.message}</a> : i.message}
          </li>
        );
      })}
    </ul>
  );
}
