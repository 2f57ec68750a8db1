import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Issue } from '../../lib/report/index.ts';
import { summaryWarnings } from '../../lib/rollup/summary-check.ts';
import { canSummarise } from '../../lib/rollup/columns.ts';
import { catalogue, downloadDocx, downloadXlsx, openInBuilder, summaryOf } from './actions.ts';
import { SummaryFields, fieldId } from './SummaryFields.tsx';
import { SummaryTexts } from './SummaryTexts.tsx';
import type { ViewProps } from './view-props.ts';
import { Section } from './Section.tsx';
import { t as tv } from './strings/view.ts';
import { t } from './strings/summary.ts';
import { Button } from '../ui/Button.tsx';

/** The field of the page a blocking problem of the summary's draft is fixed in (the engine names the draft's field). */
const FIELDS: Record<string, Parameters<typeof fieldId>[0]> = {
  'header.issuer': 'issuer',
  'header.parentBody': 'parentBody',
  'header.place': 'place',
  'header.issuerAbbr': 'issuerAbbr',
  'header.recipients': 'recipients',
  'header.basis': 'requestNumber',
  distribution: 'distribution',
  'signature.authority': 'signAuthority',
  'signature.title': 'signTitle',
  'signature.name': 'signName',
};

/**
 * "Tải về": the summary's header fields and its own sections, what would print unfinished ("…", an empty section),
 * and the downloads. A download refused for a missing field says why beside the button pressed, with a link to each
 * field, and takes the focus there.
 */
export function Downloads(props: ViewProps) {
  if (canSummarise(props.result.columns)) return <Summary {...props} />;
  // A kind whose figures do not add up (a self-assessment's scores): no summary report, the table by unit only.
  return (
    <Section id="cchc-rollup-download" heading={tv.downloadsHeading} hint={tv.noSummary(props.template.name)} testId="no-summary">
      <div class="cchc-rollup__buttons">
        <button type="button" class="cchc-btn cchc-btn--primary" onClick={() => void downloadXlsx(props.template, props.result)}>
          {tv.xlsx}
        </button>
      </div>
    </Section>
  );
}

function Summary({ template, state, result }: ViewProps) {
  const [blocked, setBlocked] = useState<Issue[]>([]);
  const message = useRef<HTMLDivElement>(null);
  const warnings = useMemo(() => summaryWarnings(template, summaryOf(template, state, result), catalogue()), [state, result]);
  useEffect(() => {
    if (blocked.length) message.current?.focus();
  }, [blocked]);
  const docx = async () => {
    setBlocked([]);
    const problems = await downloadDocx(template, state, result);
    if (problems?.length) setBlocked(problems);
  };
  return (
    <Section id="cchc-rollup-download" heading={tv.downloadsHeading} hint={tv.downloadsHint(template.name)}>
      <SummaryFields template={template} state={state} result={result} />
      <SummaryTexts template={template} state={state} result={result} />
      {warnings.length > 0 && (
        <div class="cchc-notice" data-testid="summary-warnings">
          <p>
            <strong>{t.warningsHeading}</strong>
          </p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div class="cchc-rollup__buttons">
        <Button kind="primary" data-testid="download-docx" onClick={() => void docx()}>
          {tv.docx}
        </Button>
        <Button onClick={() => void downloadXlsx(template, result)}>{tv.xlsx}</Button>
        <Button onClick={() => void openInBuilder(template, state, result)}>{tv.openBuilder}</Button>
      </div>
      {blocked.length > 0 && (
        <div ref={message} tabIndex={-1} class="cchc-notice cchc-notice--error" role="alert" data-testid="download-blocked">
          <p>
            <strong>{t.blocked}</strong>
          </p>
          <ul>
            {blocked.map((i) => (
              <li key={i.key}>
                {i.message}{' '}
                {i.field && FIELDS[i.field] && (
                  <a
                    href={`#${fieldId(FIELDS[i.field])}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(fieldId(FIELDS[i.field!]))?.focus();
                    }}
                  >
                    {t.fix}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
