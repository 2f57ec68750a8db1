import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $draft, $evaluation, $notice, $revealAll, engineReady, loadEngine } from './store.ts';
import { useModule } from '../ui/lazy.ts';
import { Pending } from '../ui/Pending.tsx';
import { t } from './strings/page.ts';
import { Button } from '../ui/Button.tsx';

const loadParts = () => import('./DownloadParts.tsx');

// Once the user starts editing (a change to a draft already open, not the first one shown), the download's code loads
// and makes the .docx once in the background when the page is idle, so that the first click finds the renderer warm.
const stopWarming = $draft.listen((_, shown) => {
  if (!shown) return;
  stopWarming();
  (window.requestIdleCallback ?? setTimeout)(
    () =>
      void loadParts()
        .then((p) => p.warm())
        .catch(() => undefined),
  );
});

/** Open points worth a look: errors and warnings (notes are shown beside their fields only). */
const openIssues = (ev = $evaluation.get()) => (ev?.issues ?? []).filter((i) => i.severity !== 'info');

/**
 * "Tải .docx" and "Tải bản dự thảo". The checks, the confirm step and the .docx code load with the first click
 * (DownloadParts.tsx). Asking to download shows every field's problems; a blocking one withholds the .docx (the confirm
 * step links to it) — but for the copy for comments, marked "DỰ THẢO", which only what signing adds may lack.
 */
export function Download() {
  const [parts, setParts] = useState<Awaited<ReturnType<typeof loadParts>>>();
  const [confirming, setConfirming] = useState<'final' | 'draft' | undefined>();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const run = async (draftCopy = false) => {
    setConfirming(undefined);
    setFailed(false);
    setBusy(true);
    $notice.set({ text: t.downloading, kind: 'ok' });
    try {
      const [p, { saveBlob }] = await Promise.all([loadParts(), import('../ui/save-blob.ts')]);
      const { blob, name } = await p.makeDocx(draftCopy);
      await saveBlob(blob, name);
      $notice.set({ text: p.downloadedNotice(name), kind: 'ok' });
    } catch (e) {
      console.error(e);
      $notice.set(undefined);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const check = async (draftCopy: boolean) => {
    const [p] = await Promise.all([loadParts(), loadEngine()]).catch(() => [setFailed(true)]);
    if (!p) return;
    $revealAll.set(true);
    setParts(() => p);
    // A copy for comments stops only at what it cannot print; the signed one shows every open point first.
    if (draftCopy ? p.draftBlocked(openIssues()) : openIssues().length) setConfirming(draftCopy ? 'draft' : 'final');
    else void run(draftCopy);
  };

  return (
    <section class="cchc-download" aria-labelledby="cchc-download-h">
      <h2 id="cchc-download-h" class="cchc-visually-hidden">
        {t.download}
      </h2>
      <Button id="cchc-download-btn" kind="primary" size="big" disabled={busy} onClick={() => check(false)}>
        {busy ? t.downloading : t.download}
      </Button>{' '}
      <Button disabled={busy} onClick={() => check(true)}>
        {t.downloadDraft}
      </Button>
      {failed && (
        <p class="cchc-notice cchc-notice--error" role="alert">
          {t.downloadFailed}
        </p>
      )}
      {confirming && parts && (
        <parts.Confirm open={openIssues} copy={confirming} onDownload={run} onBack={() => setConfirming(undefined)} />
      )}
    </section>
  );
}

/** The running list of open points near the download button; the checks run from the first edit or when it is opened. */
export function IssuesPanel() {
  const issues = openIssues(useStore($evaluation));
  const checked = useStore(engineReady);
  const parts = useModule(loadParts, issues.length > 0);
  return (
    <details class="cchc-issues-panel" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && void loadEngine()}>
      <summary>{!checked ? t.issuesUnchecked : issues.length ? t.issuesCount(issues.length) : t.issuesNone}</summary>
      {issues.length > 0 && (parts ? <parts.IssueSummary issues={issues} /> : <Pending mod={parts} />)}
    </details>
  );
}
