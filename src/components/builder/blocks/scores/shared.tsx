import type { ScoreTable } from '../../../../schemas/draft.ts';
import { formatNumber, formatPercent } from '../../../../lib/format/number.ts';
import type { BlockOf, ScoreTotals } from '../../../../lib/report/index.ts';
import { t } from './strings.ts';

/** What the score table's editor and its views share: how a score shows, where the criteria come from, the summary. */

type Scores = BlockOf<'scores'>;

/** A score as the editor shows it: "12,5", "—" when there is none. */
export const n = (x: number | null | undefined) => (x == null ? '—' : formatNumber(x, 2));

/** Where the criteria come from; a loud notice when the set is an illustration, not an official one. */
export function SetNotice({ table }: { table: ScoreTable }) {
  if (!table.set) return null;
  if (table.set.illustrative)
    return (
      <p class="cchc-notice cchc-scores__illustrative" role="note" data-testid="illustrative-notice">
        {t.illustrative(table.set.name)}
      </p>
    );
  return table.set.citation ? <p class="cchc-hint">{t.setFrom(table.set.citation)}</p> : null;
}

/** The summary per lĩnh vực, as printed in the report (TT, lĩnh vực, maxima, scores, share). */
export function SummaryTable({ block, table, totals }: { block: Scores; table: ScoreTable; totals: ScoreTotals }) {
  const c = t.columns;
  const line = (tt: string, name: string, x: Omit<ScoreTotals['total'], 'children'>, strong = false) => {
    const Cell = strong ? 'th' : 'td';
    return (
      <tr>
        <Cell>{tt}</Cell>
        <Cell class="cchc-scores__name">{name}</Cell>
        <Cell class="cchc-num">{n(x.max)}</Cell>
        <Cell class="cchc-num">{x.scorable ? n(x.score) : '—'}</Cell>
        {block.appraisal && <Cell class="cchc-num">{n(x.appraised)}</Cell>}
        {block.appraisal && <Cell class="cchc-num">{x.diff != null && x.diff > 0 ? `+${n(x.diff)}` : n(x.diff)}</Cell>}
        <Cell class="cchc-num">{x.share == null ? '—' : formatPercent(x.share)}</Cell>
      </tr>
    );
  };
  return (
    <div class="cchc-scores__scroll" role="region" aria-label={block.label} tabIndex={0}>
      <table class="cchc-scores__summary">
        <thead>
          <tr>
            <th scope="col">{c.tt}</th>
            <th scope="col">{c.area}</th>
            <th scope="col">{c.max}</th>
            <th scope="col">{c.self}</th>
            {block.appraisal && <th scope="col">{c.appraised}</th>}
            {block.appraisal && <th scope="col">{c.diff}</th>}
            <th scope="col">{c.share}</th>
          </tr>
        </thead>
        <tbody>
          {totals.roots.map((i) => line(table.rows[i].tt, table.rows[i].name, totals.rows[i]))}
          {line('', t.total, totals.total, true)}
        </tbody>
      </table>
    </div>
  );
}
