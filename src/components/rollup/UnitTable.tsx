import type { FigureColumn } from '../../lib/rollup/columns.ts';
import type { RollupResult } from '../../lib/rollup/compute.ts';
import type { UnitRow } from '../../lib/rollup/unit-row.ts';
import { targetText } from '../../lib/rollup/rank.ts';
import { formatNumber, formatPercent } from '../../lib/format/number.ts';
import { formatShortDate, parseIsoDate } from '../../lib/format/date.ts';
import { removeReport } from './actions.ts';
import { t } from './strings/view.ts';

/** A figure as the table prints it: "1.234", "97,82%", "—" when unknown. */
export const figureText = (c: Pick<FigureColumn, 'type'>, x: number | null | undefined) =>
  x == null ? '—' : c.type === 'percent' ? formatPercent(x) : formatNumber(x);

/** The column groups in order, with how many columns each spans. */
function groups(columns: FigureColumn[]): { label: string; span: number }[] {
  const out: { label: string; span: number }[] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && last.label === c.group) last.span++;
    else out.push({ label: c.group, span: 1 });
  }
  return out;
}

/** One row per unit (missing units in the list's order), every figure of the kind, target columns, and its flags. */
export function UnitTable({ result }: { result: RollupResult }) {
  const { columns, targets } = result;
  return (
    <section aria-labelledby="cchc-rollup-table-h">
      <h2 id="cchc-rollup-table-h">{t.tableHeading}</h2>
      <p class="cchc-hint">{t.tableHint}</p>
      <div class="cchc-rollup__scroll" tabIndex={0} role="region" aria-label={t.tableLabel}>
        <table class="cchc-rollup__table cchc-rollup__units" data-testid="unit-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t.colNo}
              </th>
              <th scope="col" rowSpan={2} class="cchc-rollup__sticky">
                {t.colUnit}
              </th>
              <th scope="col" rowSpan={2}>
                {t.colReport}
              </th>
              {groups(columns).map((g, i) => (
                <th key={i} scope="colgroup" colSpan={g.span} class="cchc-rollup__group-head">
                  {g.label}
                </th>
              ))}
              {targets.map((x) => (
                <th key={x.column.key} scope="col" rowSpan={2}>
                  {t.colTarget(x.column.short.toLocaleLowerCase('vi'), targetText(x))}
                </th>
              ))}
              <th scope="col" rowSpan={2}>
                {t.colFlags}
              </th>
              <th scope="col" rowSpan={2}>
                <span class="cchc-visually-hidden">{t.remove}</span>
              </th>
            </tr>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" data-key={c.key} title={c.label}>
                  {c.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r, i) => (
              <Row key={r.id} n={i + 1} row={r} result={result} />
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="total-row">
              <td />
              <th scope="row" class="cchc-rollup__sticky">
                {t.totalRow(result.included.length)}
              </th>
              <td />
              {columns.map((c) => (
                <td key={c.key} class="cchc-rollup__num" data-key={c.key}>
                  {figureText(c, result.totals[c.key])}
                </td>
              ))}
              {targets.map((x) => (
                <td key={x.column.key}>{x.totalMet == null ? '' : x.totalMet ? t.met : t.notMet}</td>
              ))}
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

function Row({ n, row, result }: { n: number; row: UnitRow; result: RollupResult }) {
  const cls = [
    'cchc-rollup__row',
    row.missing && 'cchc-rollup__row--missing',
    !row.included && 'cchc-rollup__row--excluded',
    row.flags.length && 'cchc-rollup__row--flagged',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr class={cls} data-unit={row.name} data-flags={row.flags.map((f) => f.type).join(' ')}>
      <td class="cchc-rollup__num">{n}</td>
      <th scope="row" class="cchc-rollup__sticky">
        {row.name}
      </th>
      <td>{t.reportRef(row.number, parseIsoDate(row.date) ? formatShortDate(row.date) : '')}</td>
      {result.columns.map((c) => (
        <td key={c.key} class="cchc-rollup__num" data-key={c.key}>
          {row.missing ? '' : figureText(c, row.figures[c.key])}
        </td>
      ))}
      {result.targets.map((x) => {
        const met = row.targets[x.column.key];
        return <td key={x.column.key}>{!row.included || met == null ? '' : met ? t.met : t.notMet}</td>;
      })}
      <td class="cchc-rollup__flags">
        {row.flags.map((f, i) => (
          <p key={i}>
            <span class={`cchc-rollup__badge cchc-rollup__badge--${f.type}`}>{t.flag[f.type]}</span> {f.type !== 'missing' && f.message}
          </p>
        ))}
      </td>
      <td>
        {!row.missing && (
          <button type="button" class="cchc-btn cchc-btn--small" aria-label={t.removeLabel(row.name)} onClick={() => removeReport(row.id)}>
            {t.remove}
          </button>
        )}
      </td>
    </tr>
  );
}
