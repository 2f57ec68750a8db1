import type { ScoreTable } from '../../../../schemas/draft.ts';
import { formatNumber, formatPercent } from '../../../../lib/format/number.ts';
import { adjustmentsOf, citationField, type BlockOf, type KnownDocument, type ScoreTotals } from '../../../../lib/report/index.ts';
import { TextInput } from '../../fields.tsx';
import { ColumnHeads } from '../../../ui/ColumnHeads.tsx';
import { t } from './strings.ts';

/** What the score table's editor and its views share: how a score shows, where the criteria come from, the summary. */

type Scores = BlockOf<'scores'>;

/** What an editor of one row of the score table (a criterion, or an area and its subtree) is given. */
export type RowEditorProps = {
  block: Scores;
  path: string;
  table: ScoreTable;
  totals: ScoreTotals;
  index: number;
  onTable: (t: ScoreTable) => void;
  known: KnownDocument[];
};

/** A score as the editor shows it: "12,5", "—" when there is none. */
export const n = (x: number | null | undefined) => (x == null ? '—' : formatNumber(x, 2));

/**
 * Where the criteria come from; a loud notice when the set is an illustration, not an official one. Where the table is
 * edited, the decision an imported set was issued by can be typed or corrected (the appendix cites it).
 */
export function SetNotice({ table, path, onTable }: { table: ScoreTable; path?: string; onTable?: (t: ScoreTable) => void }) {
  const set = table.set;
  if (!set) return null;
  if (set.illustrative)
    return (
      <p class="cchc-notice cchc-scores__illustrative" role="note" data-testid="illustrative-notice">
        {t.illustrative(set.name)}
      </p>
    );
  if (path && onTable && !set.id)
    return (
      <TextInput
        path={citationField(path)}
        label={t.citationLabel}
        hint={t.citationHint}
        value={set.citation}
        onValue={(citation) => onTable({ ...table, set: { ...set, citation } })}
      />
    );
  return set.citation ? <p class="cchc-hint">{t.setFrom(set.citation)}</p> : null;
}

/** The summary per lĩnh vực, as printed in the report (TT, lĩnh vực, maxima, scores, share), then bonus, penalty, total. */
export function SummaryTable({ block, table, totals }: { block: Scores; table: ScoreTable; totals: ScoreTotals }) {
  const c = t.columns;
  const adjusted = adjustmentsOf(table).length > 0;
  const { result, appraisedResult: ap, adjustments } = totals;
  const signed = (x: number | null) => (x != null && x > 0 ? `+${n(x)}` : n(x));
  const line = (tt: string, name: string, x: Omit<ScoreTotals['total'], 'children'>, strong = false) => {
    const Cell = strong ? 'th' : 'td';
    return (
      <tr>
        <Cell>{tt}</Cell>
        <Cell class="cchc-scores__name">{name}</Cell>
        <Cell class="cchc-num">{n(x.max)}</Cell>
        <Cell class="cchc-num">{x.scorable ? n(x.score) : '—'}</Cell>
        {block.appraisal && <Cell class="cchc-num">{n(x.appraised)}</Cell>}
        {block.appraisal && <Cell class="cchc-num">{signed(x.diff)}</Cell>}
        <Cell class="cchc-num">{x.share == null ? '—' : formatPercent(x.share)}</Cell>
      </tr>
    );
  };
  const extra = (name: string, max: string, self: string, appraised: string) => (
    <tr>
      <th />
      <th class="cchc-scores__name">{name}</th>
      <th class="cchc-num">{max}</th>
      <th class="cchc-num">{self}</th>
      {block.appraisal && <th class="cchc-num">{appraised}</th>}
      {block.appraisal && <th />}
      <th />
    </tr>
  );
  return (
    <div class="cchc-scores__scroll" role="region" aria-label={block.label} tabIndex={0}>
      <table class="cchc-scores__summary">
        <ColumnHeads labels={[c.tt, c.area, c.max, c.self, ...(block.appraisal ? [c.appraised, c.diff] : []), c.share]} />
        <tbody>
          {totals.roots.map((i) => line(table.rows[i].tt, table.rows[i].name, totals.rows[i]))}
          {line('', adjusted ? t.criteriaTotal : t.total, totals.total, true)}
          {adjusted && adjustments.bonus.count > 0 && extra(t.adjust.side.bonus, '', `+${n(result.bonus ?? 0)}`, `+${n(ap.bonus ?? 0)}`)}
          {adjusted &&
            adjustments.penalty.count > 0 &&
            extra(t.adjust.side.penalty, '', `-${n(result.penalty ?? 0)}`, `-${n(ap.penalty ?? 0)}`)}
          {adjusted && extra(t.total, n(totals.total.max), n(result.total), n(ap.total))}
          {result.converted && extra(t.scale100Row, '100', n(result.scale100), n(ap.scale100))}
        </tbody>
      </table>
    </div>
  );
}
