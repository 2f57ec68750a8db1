import type { ReportTemplate } from '../../schemas/template.ts';
import type { FigureColumn } from '../../lib/rollup/columns.ts';
import type { RollupResult, UnitRow } from '../../lib/rollup/compute.ts';
import { statusText } from '../../lib/rollup/row.ts';
import { formatShortDate, parseIsoDate } from '../../lib/format/date.ts';
import type { FigureSource } from '../../lib/rollup/state.ts';
import { removeReport, setUnitCount } from './actions.ts';
import { figureText } from './figure-text.ts';
import { t } from './strings/view.ts';
import { Button } from '../ui/Button.tsx';

type Props = {
  n: number;
  row: UnitRow;
  template: ReportTemplate;
  result: RollupResult;
  groups: { label: string; columns: FigureColumn[] }[];
  folded: ReadonlySet<string>;
};

/** A unit's row: its name, report, figures (a folded group as one empty cell), targets, flags and, for a report edited after download, which figures count. */
export function UnitRowView({ n, row, template, result, groups, folded }: Props) {
  const cls = [
    'cchc-rollup__row',
    row.missing && 'cchc-rollup__row--missing',
    !row.included && 'cchc-rollup__row--excluded',
    row.flags.some((f) => !f.quiet) && 'cchc-rollup__row--flagged',
  ]
    .filter(Boolean)
    .join(' ');
  const status = row.missing || row.noFigures || !row.included ? statusText(template, row) : '';
  const ref = t.reportRef(row.number, parseIsoDate(row.date) ? formatShortDate(row.date) : '');
  return (
    <tr class={cls} data-unit={row.name} data-flags={row.flags.map((f) => f.type).join(' ')} data-count={row.printed?.count}>
      <td class="cchc-rollup__num cchc-rollup__no">{n}</td>
      <th scope="row" class="cchc-rollup__sticky">
        {row.name}
      </th>
      <td data-testid="report">
        {ref}
        {status && (
          <>
            {ref && <br />}
            <span class="cchc-rollup__status">{status}</span>
          </>
        )}
      </td>
      {groups.flatMap((g) =>
        folded.has(g.label)
          ? [<td key={g.label} />]
          : g.columns.map((c) => (
              <td key={c.key} class="cchc-rollup__num" data-key={c.key}>
                {row.missing ? '' : figureText(c, row.figures[c.key])}
              </td>
            )),
      )}
      {result.targets.map((x) => {
        const met = row.targets[x.column.key];
        return <td key={x.column.key}>{!row.included || met == null ? '' : met ? t.met : t.notMet}</td>;
      })}
      <td class="cchc-rollup__flags">
        {row.flags.map((f, i) => (
          <p key={i} class={f.quiet ? 'cchc-rollup__note' : undefined}>
            <span class={`cchc-rollup__badge cchc-rollup__badge--${f.type}`}>{t.flag[f.type]}</span> {f.type !== 'missing' && f.message}
          </p>
        ))}
        {row.printed && <CountChoice row={row} count={row.printed.count} />}
      </td>
      <td>
        {!row.missing && (
          <Button size="small" aria-label={t.removeLabel(row.name)} onClick={() => removeReport(row.id)}>
            {t.remove}
          </Button>
        )}
      </td>
    </tr>
  );
}

/** Which figures of an edited report count: the printed ones (what was signed, the default) or the draft's. */
function CountChoice({ row, count }: { row: UnitRow; count: FigureSource }) {
  const id = `cchc-rollup-count-${row.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <div class="cchc-field cchc-rollup__count">
      <label for={id}>{t.countLabel(row.name)}</label>
      <select id={id} value={count} data-testid="count" onChange={(e) => setUnitCount(row.id, e.currentTarget.value as FigureSource)}>
        <option value="printed">{t.countPrinted}</option>
        <option value="draft">{t.countDraft}</option>
      </select>
    </div>
  );
}
