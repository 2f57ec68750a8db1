import { needsExplanation, rowField, type ScoreTotals } from '../../../../lib/report/index.ts';
import { formatPercent } from '../../../../lib/format/number.ts';
import { useIssues } from '../../fields.tsx';
import { LeafEditor } from './LeafEditor.tsx';
import { n, type RowEditorProps as Props } from './shared.tsx';
import { t } from './strings.ts';

/** The rows under row `index` (its whole subtree), in document order. */
function subtree(totals: ScoreTotals, index: number): number[] {
  const out: number[] = [];
  const walk = (i: number) => {
    for (const c of totals.rows[i].children) {
      out.push(c);
      walk(c);
    }
  };
  walk(index);
  return out;
}

/**
 * One lĩnh vực, folded: its summary says how many points it has of its maximum and what is left to do; inside, each
 * tiêu chí with its total, and each criterion scored with its editor. The content stays in the page while folded, so
 * a link from the list of open points can reach a field (the browser unfolds it).
 */
export function AreaEditor({ block, path, table, totals, index, onTable, known }: Props) {
  const row = table.rows[index];
  const x = totals.rows[index];
  const rows = x.leaf ? [index] : subtree(totals, index);
  const toExplain = rows.filter((i) => needsExplanation(table.rows[i], totals.rows[i])).length;
  const status =
    x.scorable === 0 && x.surveyMax > 0
      ? t.areaSurvey(n(x.surveyMax))
      : x.scorable === 0
        ? t.areaNotApplicable
        : x.score == null
          ? t.areaUnscored(n(x.selfMax))
          : t.areaStatus(n(x.score), n(x.selfMax), x.share == null ? '' : formatPercent(x.share));
  const errors = useIssues(rowField(path, index, 'name')).length;
  return (
    <details class="cchc-scores__area" data-row={index}>
      <summary>
        <span class="cchc-scores__area-title">
          {row.tt && `${row.tt}. `}
          {row.name}
        </span>{' '}
        <span class="cchc-section__status" data-testid={`area-status-${row.tt || index}`}>
          {status}
          {x.scorable > 0 && ` · ${t.progress(x.scored, x.scorable)}`}
          {x.rejected > 0 && ` · ${t.rejected(x.rejected)}`}
          {x.naCount > 0 && ` · ${t.notApplicableCount(x.naCount, n(x.naMax))}`}
          {toExplain > 0 && ` · ${t.toExplain(toExplain)}`}
          {errors > 0 && ' · ⚠'}
        </span>
      </summary>
      {rows.map((i) => {
        const r = table.rows[i];
        const ti = totals.rows[i];
        if (!ti.leaf) {
          const H = r.level <= 2 ? 'h4' : 'h5';
          return (
            <H key={i} class="cchc-scores__group">
              {r.tt && `${r.tt}. `}
              {r.name}{' '}
              <span class="cchc-section__status">
                {ti.scorable ? t.parentTotal(n(ti.score), n(ti.selfMax)) : ti.surveyMax > 0 ? t.areaSurvey(n(ti.surveyMax)) : ''}
                {ti.rejected > 0 && ` (${t.rejected(ti.rejected)})`}
                {ti.naCount > 0 && ` · ${t.notApplicableCount(ti.naCount, n(ti.naMax))}`}
              </span>
            </H>
          );
        }
        return <LeafEditor key={i} block={block} path={path} table={table} totals={totals} index={i} onTable={onTable} known={known} />;
      })}
    </details>
  );
}
