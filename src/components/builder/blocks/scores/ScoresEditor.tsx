import { useMemo } from 'preact/hooks';
import type { ScoreTable } from '../../../../schemas/draft.ts';
import type { BlockOf } from '../../../../lib/report/blocks/types.ts';
import { asScoreTable, needsExplanation, scoreTotals, type ScoreTotals } from '../../../../lib/report/blocks/scores/tree.ts';
import { viewOf } from '../../../../lib/report/walk.ts';
import { formatNumber, formatPercent } from '../../../../lib/format/number.ts';
import { useStore } from '@nanostores/preact';
import { $draft, getProps, setValue } from '../../store.ts';
import { knownDocuments } from '../../../../lib/report/blocks/scores/edit.ts';
import { domId, IssueList, useIssues } from '../../fields.tsx';
import type { BlockEditorProps } from '../index.ts';
import { AreaEditor } from './AreaEditor.tsx';
import { SetPicker } from './SetPicker.tsx';
import { ScoresView } from './ScoresView.tsx';
import { t } from './strings.ts';
import './scores.css';

type Scores = BlockOf<'scores'>;
export const n = (x: number | null | undefined) => (x == null ? '—' : formatNumber(x, 2));

/**
 * A score table as edited: the set it comes from (with a notice when it is only an illustration), the totals, one
 * folded group per lĩnh vực with its criteria, and the ways to start or replace the table. A block that prints another
 * block's table (`from`) shows what it will print instead.
 */
export function ScoresEditor({ block, path, value }: BlockEditorProps<'scores'>) {
  const table = useMemo(() => asScoreTable(value), [value]);
  const totals = useMemo(() => scoreTotals(table), [table]);
  const issues = useIssues(path);
  const draft = useStore($draft)!;
  const known = useMemo(() => knownDocuments(getProps().template, draft), [draft.values]);
  if (viewOf(block)) return <ScoresView block={block} table={table} totals={totals} />;
  const set = (next: ScoreTable | undefined) => setValue(path, next && next.rows.length ? next : undefined);
  return (
    <fieldset class="cchc-block cchc-scores" id={domId(path)}>
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      <SetNotice table={table} />
      {table.rows.length === 0 ? (
        <SetPicker block={block} path={path} table={table} onTable={set} />
      ) : (
        <>
          <Totals block={block} totals={totals} table={table} />
          {totals.roots.map((i) => (
            <AreaEditor key={i} block={block} path={path} table={table} totals={totals} index={i} onTable={set} known={known} />
          ))}
          <SetPicker block={block} path={path} table={table} onTable={set} />
        </>
      )}
      <IssueList id={domId(path) + '-issues'} issues={issues} />
    </fieldset>
  );
}

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

function Totals({ block, totals, table }: { block: Scores; totals: ScoreTotals; table: ScoreTable }) {
  const total = totals.total;
  const toExplain = table.rows.filter((r, i) => needsExplanation(r, totals.rows[i])).length;
  return (
    <div class="cchc-scores__totals" aria-live="polite" data-testid="scores-totals">
      <p>
        <strong data-testid="scores-total-self">{t.totalSelf(n(total.score ?? 0), n(total.selfMax))}</strong>
        {total.share != null && ` (${formatPercent(total.share)})`}; {t.totalMax(n(total.max), total.surveyMax ? n(total.surveyMax) : '')}.
      </p>
      {block.appraisal && total.appraisedCount > 0 && (
        <p>{t.totalAppraised(n(total.appraised), total.diff != null && total.diff > 0 ? `+${n(total.diff)}` : n(total.diff))}.</p>
      )}
      <p class="cchc-hint">
        {t.progress(total.scored, total.scorable)}
        {toExplain > 0 && ` · ${t.toExplain(toExplain)}`}.
      </p>
    </div>
  );
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
