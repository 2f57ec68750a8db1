import { useState } from 'preact/hooks';
import { targetText, type RollupResult } from '../../lib/rollup/compute.ts';
import { coverageText, partial } from '../../lib/rollup/totals.ts';
import { hasTotal } from '../../lib/rollup/columns.ts';
import { formatPercent } from '../../lib/format/number.ts';
import { figureText } from './figure-text.ts';
import { ColumnHeads } from '../ui/ColumnHeads.tsx';
import { ScrollTable, Section } from './Section.tsx';
import { t } from './strings/view.ts';

/** The roll-up's results below the table: totals of every figure, rankings by a rate, and the units below a target. */

export function Totals({ result }: { result: RollupResult }) {
  let group = '';
  return (
    <Section id="cchc-rollup-totals" heading={t.totalsHeading} hint={t.totalsHint} class="cchc-rollup__wide">
      <ScrollTable label={t.totalsTable} table="cchc-rollup__totals" testId="totals">
        <ColumnHeads labels={[t.colFigure, t.colTotal, t.colCoverage, t.colNote]} />
        <tbody>
          {result.columns.filter(hasTotal).flatMap((c) => {
            const head =
              c.group !== group ? (
                <tr key={`g:${c.key}`} class="cchc-rollup__group">
                  <th scope="colgroup" colSpan={4}>
                    {(group = c.group)}
                  </th>
                </tr>
              ) : null;
            const cov = result.coverage[c.key];
            return [
              head,
              <tr key={c.key} data-key={c.key} class={partial(cov) ? 'cchc-rollup__partial' : undefined}>
                <th scope="row">{c.label}</th>
                <td class="cchc-rollup__num">{figureText(c, result.totals[c.key])}</td>
                <td class="cchc-rollup__num">{cov ? `${cov.counted}/${cov.of}` : ''}</td>
                <td data-testid="coverage">
                  {partial(cov)
                    ? c.computed
                      ? t.coveredRate(coverageText(cov))
                      : t.covered(coverageText(cov))
                    : c.computed
                      ? t.computedNote
                      : ''}
                </td>
              </tr>,
            ];
          })}
        </tbody>
      </ScrollTable>
    </Section>
  );
}

export function Rankings({ result }: { result: RollupResult }) {
  const [at, setAt] = useState(0);
  if (!result.rankings.length) return null;
  const r = result.rankings[Math.min(at, result.rankings.length - 1)];
  return (
    <Section id="cchc-rollup-rank" heading={t.rankingHeading}>
      <div class="cchc-field cchc-rollup__narrow">
        <label for="cchc-rollup-rank-by">{t.rankBy}</label>
        <select id="cchc-rollup-rank-by" value={String(at)} onChange={(e) => setAt(Number(e.currentTarget.value))}>
          {result.rankings.map((x, i) => (
            <option key={x.column.key} value={String(i)}>
              {x.column.label} ({x.column.better === 'lower' ? t.rankLower : t.rankHigher})
            </option>
          ))}
        </select>
      </div>
      <ScrollTable label={`${t.rankingHeading}: ${r.column.label}`} testId="ranking">
        <ColumnHeads labels={[t.colRank, t.colUnit, r.column.short]} />
        <tbody>
          {r.ranked.map((x) => (
            <tr key={x.row.id} data-unit={x.row.name}>
              <td class="cchc-rollup__num">{x.rank}</td>
              <th scope="row">{x.row.name}</th>
              <td class="cchc-rollup__num">{figureText(r.column, x.value)}</td>
            </tr>
          ))}
          {r.marked.map((x) => (
            <tr key={x.row.id} data-unit={x.row.name} data-marked="figures" class="cchc-rollup__row--flagged">
              <td>
                <span class="cchc-rollup__badge cchc-rollup__badge--figures">{t.notRanked}</span>
              </td>
              <th scope="row">{x.row.name}</th>
              <td class="cchc-rollup__num">{figureText(r.column, x.value)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {r.marked.length > 0 && <p class="cchc-hint">{t.markedNote}</p>}
      {r.unranked.length > 0 && <p class="cchc-hint">{t.unranked(r.unranked.length, r.unranked.map((x) => x.name).join('; '))}</p>}
    </Section>
  );
}

export function Targets({ result }: { result: RollupResult }) {
  return (
    <Section id="cchc-rollup-targets" heading={t.targetsHeading} testId="targets">
      {!result.targets.length && (
        <p>
          {t.noTargets}{' '}
          {result.noNationalTarget.length > 0 &&
            t.noNationalTarget(result.noNationalTarget.map((c) => c.label.toLocaleLowerCase('vi')).join('; '))}
        </p>
      )}
      {result.targets.map((x) => (
        <div key={x.column.key} data-key={x.column.key}>
          <h3>
            {x.origin === 'national' ? t.targetNational(x.column.label, x.text, x.citation) : t.targetLocal(x.column.label, targetText(x))}
          </h3>
          <p>
            {x.below.length ? t.belowCount(x.below.length, x.below.length + x.met.length) : t.allMet}{' '}
            {x.totalMet != null && t.totalMeets(x.totalMet)}
          </p>
          {x.below.length > 0 && (
            <ul>
              {x.below.map((b) => (
                <li key={b.row.id}>
                  {b.row.name}: {formatPercent(b.value)}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </Section>
  );
}
