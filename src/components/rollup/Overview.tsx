import { periodLabel, type Period } from '../../lib/format/period.ts';
import { samePeriod } from '../../lib/rollup/flags.ts';
import { setPeriod } from './actions.ts';
import type { ViewProps } from './view-props.ts';
import { Section } from './Section.tsx';
import { t } from './strings/view.ts';

/** The kind and period rolled up, how many reports count, and the period to roll up when the reports disagree. */
export function Overview({ template, state, result }: ViewProps) {
  const periods: { period: Period; n: number }[] = [];
  for (const u of state.units) {
    const p = u.draft.header.period;
    const known = periods.find((x) => samePeriod(x.period, p));
    if (known) known.n++;
    else periods.push({ period: p, n: 1 });
  }
  const missing = result.rows.filter((r) => r.missing).length;
  const value = state.period ? String(periods.findIndex((x) => samePeriod(x.period, state.period!))) : 'auto';
  return (
    <Section id="cchc-rollup-overview" heading={t.overviewHeading}>
      <p data-testid="overview">
        {t.kindLine(template.name, result.period ? periodLabel(result.period) : t.noPeriod)}{' '}
        {t.counts(state.units.length, result.included.length)}{' '}
        {result.expected.length > 0 && t.expectedCounts(result.expected.length, missing)}
      </p>
      {periods.length > 1 && (
        <div class="cchc-field cchc-rollup__narrow">
          <label for="cchc-rollup-period">{t.period}</label>
          <select
            id="cchc-rollup-period"
            value={value}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setPeriod(v === 'auto' ? undefined : periods[Number(v)]?.period);
            }}
          >
            <option value="auto">{t.periodAuto(result.period && !state.period ? periodLabel(result.period) : '…')}</option>
            {periods.map((p, i) => (
              <option key={i} value={String(i)}>
                {t.periodOption(periodLabel(p.period), p.n)}
              </option>
            ))}
          </select>
        </div>
      )}
    </Section>
  );
}
