import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { draftCopyBlockers, draftCopyName, templateParts, type Evaluation, type Issue } from '../../lib/report/index.ts';
import { reportFileName } from '../../lib/builder/filename.ts';
import { partOf } from '../../lib/builder/field-part.ts';
import { $draft, $evaluation, catalogueEntries, getProps, loadEngine } from './store.ts';
import { domId } from './fields.tsx';
import { t } from './strings/download.ts';
import { t as tf } from '../ui/strings/fields.ts';
import { Button } from '../ui/Button.tsx';

/**
 * The download's code: loaded once the user starts editing (Download.tsx warms it then), on the first click of
 * "Tải .docx" at the latest.
 */

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Said once the file is saved. */
export const downloadedNotice = t.downloaded;

/**
 * Loads what a download needs and makes the open draft's .docx once, unused, so that the first real one is quick. A
 * draft with a problem that withholds the file still warms the renderer: its problems are set aside for this run only.
 */
export async function warm(): Promise<void> {
  const [{ renderReport }, engine] = await Promise.all([
    import('../engine/render.ts'),
    loadEngine(),
    import('../ui/save-blob.ts'),
    import('file-saver'),
  ]);
  const draft = $draft.get();
  if (!draft) return;
  const { template } = getProps();
  const evaluation = engine.evaluate(template, draft, catalogueEntries());
  await renderReport(template, draft, catalogueEntries(), { ...evaluation, issues: evaluation.issues.filter((i) => !i.blocking) });
}

/**
 * Builds the .docx the way the CLI does (renderReport): the signed document, or the copy for comments marked "DỰ THẢO"
 * (`draftCopy`). The confirm step never offers one while a problem that withholds it remains, and renderReport would
 * refuse it then.
 */
export async function makeDocx(draftCopy = false): Promise<{ blob: Blob; name: string }> {
  const draft = $draft.get()!;
  const { template } = getProps();
  const [{ renderReport }] = await Promise.all([import('../engine/render.ts'), loadEngine()]);
  const r = await renderReport(template, draft, catalogueEntries(), $evaluation.get(), { draftCopy });
  if (!r.ok) throw new Error(`blocking issues, no .docx: ${r.blocking.map((i) => i.message).join(' | ')}`);
  const name = reportFileName(template.fileCode, draft.header.period, draft.header.place, 'docx', draft.header.issuer);
  return { blob: new Blob([r.bytes as BlobPart], { type: DOCX_MIME }), name: draftCopy ? draftCopyName(name) : name };
}

/** Whether open points withhold the copy for comments too (a blocking problem signing does not resolve). */
export const draftBlocked = (issues: Issue[]) => draftCopyBlockers(issues).length > 0;

/**
 * "Trước khi tải về": the open points as they stand (it follows the checks while the user fixes them). With a blocking
 * problem left ("Chưa tải được báo cáo") there is no way to download, only links to the fields; otherwise the user may
 * download anyway. Takes the focus when it appears.
 */
export function Confirm({
  open,
  copy,
  onDownload,
  onBack,
}: {
  /** The open points of an evaluation (Download.tsx). */
  open: (ev: Evaluation | undefined) => Issue[];
  /** The signed document ("final") or the copy for comments ("draft"). */
  copy: 'final' | 'draft';
  onDownload: (draftCopy?: boolean) => void;
  onBack: () => void;
}) {
  const issues = open(useStore($evaluation));
  // The copy for comments is withheld only by what it cannot print; what signing adds may be missing from it.
  const blocking = copy === 'draft' ? draftCopyBlockers(issues) : issues.filter((i) => i.blocking);
  const rest = issues.filter((i) => !blocking.includes(i));
  const onlySigning = copy === 'final' && blocking.length > 0 && !draftCopyBlockers(blocking).length;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div class="cchc-confirm" role="dialog" aria-modal="false" aria-labelledby="cchc-confirm-h" tabIndex={-1} ref={panel}>
      <h3 id="cchc-confirm-h">{blocking.length ? t.blockedHeading : t.confirmHeading}</h3>
      {blocking.length ? (
        <>
          <p class="cchc-issue--error">{t.blockedIntro(blocking.length)}</p>
          <IssueSummary issues={blocking} blocking />
          {onlySigning && (
            <p>
              {t.draftCopyOffer}{' '}
              <Button kind="primary" onClick={() => onDownload(true)}>
                {t.draftCopyDownload}
              </Button>
            </p>
          )}
          {rest.length > 0 && <p>{t.alsoCheck}</p>}
          {rest.length > 0 && <IssueSummary issues={rest} />}
        </>
      ) : (
        <>
          <p>{t.confirmIntro(issues.length)}</p>
          <IssueSummary issues={issues} />
          <Button kind="primary" onClick={() => onDownload(copy === 'draft')}>
            {copy === 'draft' ? t.draftCopyDownload : t.confirmDownload}
          </Button>{' '}
        </>
      )}
      <Button onClick={onBack}>{t.confirmBack}</Button>
    </div>
  );
}

/** Open points, each linked to its field: the link opens the field's part of the form, scrolls to it and focuses it. */
export function IssueSummary({ issues, blocking = false }: { issues: Issue[]; blocking?: boolean }) {
  return (
    <ul class={`cchc-issues cchc-summary${blocking ? ' cchc-summary--blocking' : ''}`}>
      {issues.map((i) => {
        const part = i.field && partOf(templateParts(getProps().template), i.field);
        return (
          <li key={i.key} class={`cchc-issue cchc-issue--${i.severity}`}>
            <span class="cchc-issue__sev">{tf.severity[i.severity]}:</span>{' '}
            {part ? (
              <a
                href={`#${domId(i.field!)}`}
                onClick={(e) => {
                  e.preventDefault();
                  void goToField(part, i.field!);
                }}
              >
                {i.message}
              </a>
            ) : (
              i.message
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Opens part `part` (its editors load on first opening), then scrolls to the field, or its list of problems, and focuses it. */
async function goToField(part: string, field: string): Promise<void> {
  const details = document.querySelector<HTMLDetailsElement>(`details[data-part="${part}"]`);
  if (details && !details.open) details.open = true;
  const id = domId(field);
  const find = () => document.getElementById(id) ?? document.getElementById(`${id}-issues`);
  let el = find();
  for (let waited = 0; !el && waited < 10_000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    el = find();
  }
  const target = el ?? details;
  if (!target) return;
  if (!target.matches('input, textarea, select, button, a[href], summary')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
