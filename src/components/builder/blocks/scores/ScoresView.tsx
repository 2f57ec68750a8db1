import type { JSX } from 'preact';
import type { ScoreTable } from '../../../../schemas/draft.ts';
import { differs, explained, needsExplanation, scoreOf, type BlockOf, type ScoreTotals } from '../../../../lib/report/index.ts';
import { SetNotice, SummaryTable, n } from './shared.tsx';
import { t } from './strings.ts';

type Scores = BlockOf<'scores'>;

/** A block that prints another block's score table: what it will print, read only (scores are edited in that table). */
export function ScoresView({ block, table, totals }: { block: Scores; table: ScoreTable; totals: ScoreTotals }) {
  const v = t.view;
  const body = () => {
    if (!table.rows.length) return <p class="cchc-hint">{v.noTable}</p>;
    switch (block.print) {
      case 'summary':
        return (
          <>
            <p class="cchc-hint">{v.summary}</p>
            <SummaryTable block={block} table={table} totals={totals} />
          </>
        );
      case 'explanations':
        return (
          <RowList
            rows={table.rows
              .map((r, i) => ({ r, i }))
              .filter(({ r, i }) => needsExplanation(r, totals.rows[i]) || explained(r, totals.rows[i]))}
            hint={v.explanations}
            none={v.explanationsNone}
            detail={(r, i) => (
              <>
                ({r.notApplicable ? t.naState : `${n(scoreOf(r.score))}/${n(r.max)}; ${t.evidenceState[totals.rows[i].evidence]}`}):{' '}
                {r.note.trim() || '…'}
              </>
            )}
          />
        );
      case 'appraisal':
        return (
          <RowList
            rows={table.rows.map((r, i) => ({ r, i })).filter(({ r, i }) => differs(r, totals.rows[i]))}
            hint={v.appraisal}
            none={v.appraisalNone}
            detail={(r) => (
              <>
                ({n(scoreOf(r.score))} → {n(scoreOf(r.appraised))}){r.review?.trim() ? `: ${r.review.trim()}` : ''}
                {r.reconsider ? ` ${t.reconsider}.` : ''}
              </>
            )}
          />
        );
      default:
        return <p class="cchc-hint">{v.table}</p>;
    }
  };
  return (
    <section class="cchc-block cchc-scores cchc-scores--view" aria-label={block.label}>
      <p class="cchc-scores__label">{block.label}</p>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      <SetNotice table={table} />
      {body()}
    </section>
  );
}

type Row = ScoreTable['rows'][number];

/** The rows a view lists, each named ("1.2 Tên tiêu chí") and followed by what it says of them; `none` when no row. */
function RowList({
  rows,
  hint,
  none,
  detail,
}: {
  rows: { r: Row; i: number }[];
  hint: string;
  none: string;
  detail: (r: Row, i: number) => JSX.Element;
}) {
  if (!rows.length) return <p class="cchc-hint">{none}</p>;
  return (
    <>
      <p class="cchc-hint">{hint}</p>
      <ul class="cchc-scores__list">
        {rows.map(({ r, i }) => (
          <li key={i}>
            <strong>
              {r.tt} {r.name}
            </strong>{' '}
            {detail(r, i)}
          </li>
        ))}
      </ul>
    </>
  );
}
