import { useMemo } from 'preact/hooks';
import type { ScoreTable } from '../../../../schemas/draft.ts';
import {
  asScoreTable,
  knownDocuments,
  needsExplanation,
  scoreTotals,
  viewOf,
  type BlockOf,
  type ScoreTotals,
} from '../../../../lib/report/index.ts';
import { formatPercent } from '../../../../lib/format/number.ts';
import { useStore } from '@nanostores/preact';
import { $draft, getProps, setValue } from '../../store.ts';
import { domId, IssueList, useIssues } from '../../fields.tsx';
import type { BlockEditorProps } from '../types.ts';
import { AreaEditor } from './AreaEditor.tsx';
import { AdjustmentsEditor } from './AdjustmentsEditor.tsx';
import { SetPicker } from './SetPicker.tsx';
import { ScoresView } from './ScoresView.tsx';
import { n, SetNotice } from './shared.tsx';
import { t } from './strings.ts';
import './scores.css';

type Scores = BlockOf<'scores'>;

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
      <SetNotice table={table} path={path} onTable={set} />
      {table.rows.length === 0 ? (
        <SetPicker block={block} path={path} table={table} onTable={set} />
      ) : (
        <>
          <Totals block={block} totals={totals} table={table} />
          {totals.roots.map((i) => (
            <AreaEditor key={i} block={block} path={path} table={table} totals={totals} index={i} onTable={set} known={known} />
          ))}
          <AdjustmentsEditor block={block} path={path} table={table} totals={totals} onTable={set} />
          <SetPicker block={block} path={path} table={table} onTable={set} />
        </>
      )}
      <IssueList id={domId(path) + '-issues'} issues={issues} />
    </fieldset>
  );
}

/** The table's totals: the criteria's score of the maximum scored, bonus and penalty, the total, the 100 scale. */
function Totals({ block, totals, table }: { block: Scores; totals: ScoreTotals; table: ScoreTable }) {
  const total = totals.total;
  const { result, appraisedResult } = totals;
  const adjusted = (table.adjustments ?? []).length > 0;
  const rejected = total.rejected + totals.adjustments.bonus.rejected + totals.adjustments.penalty.rejected;
  const toExplain = table.rows.filter((r, i) => needsExplanation(r, totals.rows[i])).length;
  const signed = (x: number | null) => (x == null ? '—' : x > 0 ? `+${n(x)}` : n(x));
  return (
    <div class="cchc-scores__totals" aria-live="polite" data-testid="scores-totals">
      <p>
        <strong data-testid="scores-total-self">{t.totalSelf(n(total.score ?? 0), n(total.selfMax))}</strong>
        {total.share != null && ` (${formatPercent(total.share)})`};{' '}
        {t.totalMax(n(total.max), total.surveyMax ? n(total.surveyMax) : '', total.naCount ? n(total.naMax) : '')}.
      </p>
      {adjusted && (
        <p data-testid="scores-total-result">{t.totalResult(n(result.bonus ?? 0), n(result.penalty ?? 0), n(result.total ?? 0))}</p>
      )}
      {result.converted && (
        <p data-testid="scores-scale100">
          <strong>{t.scale100(n(result.scale100), n(result.max))}</strong>
        </p>
      )}
      {block.appraisal && total.appraisedCount > 0 && (
        <p>
          {t.totalAppraised(n(adjusted ? appraisedResult.total : total.appraised), signed(total.diff))}
          {result.converted && ` ${t.scale100Short(n(appraisedResult.scale100))}`}.
        </p>
      )}
      {rejected > 0 && (
        <p class="cchc-issue cchc-issue--error" data-testid="scores-rejected">
          {t.totalRejected(rejected)}
        </p>
      )}
      <p class="cchc-hint">
        {t.progress(total.scored, total.scorable)}
        {toExplain > 0 && ` · ${t.toExplain(toExplain)}`}.
      </p>
    </div>
  );
}
