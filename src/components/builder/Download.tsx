import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { reportFileName } from '../../lib/builder/filename.ts';
import { $draft, $evaluation, $notice, catalogueEntries, getProps } from './store.ts';
import { domId } from './fields.tsx';
import { saveBlob } from './DraftBar.tsx';
import { t } from './strings.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Loads the .docx renderer (the `docx` library) on first use only. */
async function makeDocx(): Promise<{ blob: Blob; name: string }> {
  const draft = $draft.get()!;
  const { template } = getProps();
  const [{ buildDocument }, { renderDocx }] = await Promise.all([import('../../lib/report/build.ts'), import('../../lib/docx/render.ts')]);
  const doc = buildDocument(template, draft, catalogueEntries(), { evaluation: $evaluation.get() });
  const bytes = await renderDocx(doc);
  return { blob: new Blob([bytes as BlobPart], { type: DOCX_MIME }), name: reportFileName(template.fileCode, draft.header.period, draft.header.place, 'docx', draft.header.issuer) };
}

/** Open points worth a look: errors and warnings (notes are shown beside their fields only). */
export const useOpenIssues = () => (useStore($evaluation)?.issues ?? []).filter((i) => i.severity !== 'info');

export function Download() {
  const issues = useOpenIssues();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  const run = async () => {
    setConfirming(false);
    setBusy(true);
    $notice.set({ text: t.downloading, kind: 'ok' });
    try {
      const { blob, name } = await makeDocx();
      await saveBlob(blob, name);
      $notice.set({ text: t.downloaded(name), kind: 'ok' });
    } catch (e) {
      console.error(e);
      $notice.set({ text: t.downloadFailed, kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="cchc-download" aria-labelledby="cchc-download-h">
      <h2 id="cchc-download-h" class="cchc-visually-hidden">{t.download}</h2>
      <button type="button" class="cchc-btn cchc-btn--primary cchc-btn--big" disabled={busy} onClick={() => (issues.length ? setConfirming(true) : run())}>
        {busy ? t.downloading : t.download}
      </button>
      {confirming && (
        <div class="cchc-confirm" role="dialog" aria-modal="false" aria-labelledby="cchc-confirm-h" tabIndex={-1} ref={panel}>
          <h3 id="cchc-confirm-h">{t.confirmHeading}</h3>
          <p>{t.confirmIntro(issues.length)}</p>
          {issues.some((i) => i.blocking) && <p class="cchc-issue--error">{t.confirmBlocking}</p>}
          <IssueSummary issues={issues} />
          <button type="button" class="cchc-btn cchc-btn--primary" onClick={run}>{t.confirmDownload}</button>{' '}
          <button type="button" class="cchc-btn" onClick={() => setConfirming(false)}>{t.confirmBack}</button>
        </div>
      )}
    </section>
  );
}

function IssueSummary({ issues }: { issues: ReturnType<typeof useOpenIssues> }) {
  return (
    <ul class="cchc-issues cchc-summary">
      {issues.map((i) => {
        const target = i.field ? document.getElementById(domId(i.field)) : null;
        return (
          <li key={i.key} class={`cchc-issue cchc-issue--${i.severity}`}>
            <span class="cchc-issue__sev">{t.severity[i.severity]}:</span>{' '}
            {target ? <a href={`#${target.id}`}>{i.message}</a> : i.message}
          </li>
        );
      })}
    </ul>
  );
}

/** The running list of open points, always visible near the download button. */
export function IssuesPanel() {
  const issues = useOpenIssues();
  return (
    <details class="cchc-issues-panel">
      <summary>{issues.length ? t.issuesCount(issues.length) : t.issuesNone}</summary>
      {issues.length > 0 && <IssueSummary issues={issues} />}
    </details>
  );
}
