import { useState } from 'preact/hooks';
import { summaryTextBlocks } from '../../lib/rollup/summary.ts';
import { TextArea } from '../ui/inputs.tsx';
import { setSummaryText } from './actions.ts';
import { fillPlaceholders } from '../../lib/report/index.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { ViewProps } from './view-props.ts';
import { t } from './strings/summary.ts';

/**
 * The summary's sections the roll-up cannot fill (evaluation, shortcomings, tasks, proposals): a text box each, bound
 * through the UI kit; what is typed goes into the summary as the section's text. Folded until opened.
 */
export function SummaryTexts({ template, state, result }: ViewProps) {
  const [open, setOpen] = useState(false);
  const blocks = summaryTextBlocks(template);
  if (!blocks.length) return null;
  const texts = state.settings.texts;
  // Headings may name the period ("{ky}"): shown filled, never as a placeholder.
  const header = { issuer: state.settings.issuer, place: state.settings.place, period: result.period ?? { kind: 'nam', year: 2026 } };
  const title = (s: string) => fillPlaceholders(s, { header: header as Draft['header'] });
  return (
    <details class="cchc-rollup__settings" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="summary-texts">
      <summary>{t.textsHeading}</summary>
      <p class="cchc-hint">{t.textsIntro}</p>
      {blocks.map((b) => (
        <TextArea
          key={b.key}
          id={`cchc-rollup-text-${b.key.replace(/[^a-z0-9-]/g, '-')}`}
          label={title(b.where)}
          hint={b.label !== b.where.split(' › ').at(-1) ? b.label : undefined}
          value={texts[b.key] ?? ''}
          rows={3}
          onValue={(v) => setSummaryText(b.key, v)}
        />
      ))}
    </details>
  );
}
