import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { FigureColumn } from '../../lib/rollup/columns.ts';
import { targetText, type RollupResult } from '../../lib/rollup/compute.ts';
import { coverageText, partial } from '../../lib/rollup/totals.ts';
import { hasTotal } from '../../lib/rollup/columns.ts';
import { figureText } from './figure-text.ts';
import { UnitRows } from './UnitRows.tsx';
import { ScrollTable, Section } from './Section.tsx';
import { t } from './strings/view.ts';
import { Button } from '../ui/Button.tsx';

/** The column groups in order (a figure block each: Biểu 06, PAKN…), with their columns. */
export function groups(columns: FigureColumn[]): { label: string; columns: FigureColumn[] }[] {
  const out: { label: string; columns: FigureColumn[] }[] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && last.label === c.group) last.columns.push(c);
    else out.push({ label: c.group, columns: [c] });
  }
  return out;
}

/**
 * One row per unit (missing units in the list's order), every figure of the kind by group — a group can be folded to
 * one column — target columns, and its flags; a total row whose partial totals are marked with their coverage.
 */
export function UnitTable({ template, result }: { template: ReportTemplate; result: RollupResult }) {
  const { targets } = result;
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const all = useMemo(() => groups(result.columns), [result.columns]);
  const shown = all.flatMap((g) => (folded.has(g.label) ? [] : g.columns));
  const toggle = (label: string) =>
    setFolded((f) => {
      const next = new Set(f);
      if (!next.delete(label)) next.add(label);
      return next;
    });
  const partials = result.columns.filter((c) => partial(result.coverage[c.key]));
  // The second header row sticks just under the first, whose height depends on the groups' labels (rollup.css).
  const head = useRef<HTMLTableRowElement>(null);
  // Measured when the browser lays the row out anyway (a ResizeObserver), never by forcing a layout of the whole table.
  useEffect(() => {
    const row = head.current;
    const table = row?.closest('table');
    if (!row || !table || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) =>
      table.style.setProperty('--cchc-rollup-head1', `${entry.borderBoxSize?.[0]?.blockSize ?? row.offsetHeight}px`),
    );
    observer.observe(row, { box: 'border-box' });
    return () => observer.disconnect();
  }, []);
  return (
    <Section id="cchc-rollup-table" heading={t.tableHeading} hint={t.tableHint} class="cchc-rollup__wide">
      <ScrollTable label={t.tableLabel} box="cchc-rollup__units-box" table="cchc-rollup__units" testId="unit-table">
        <thead>
          <tr ref={head}>
            <th scope="col" rowSpan={2} class="cchc-rollup__no">
              {t.colNo}
            </th>
            <th scope="col" rowSpan={2} class="cchc-rollup__sticky">
              {t.colUnit}
            </th>
            <th scope="col" rowSpan={2}>
              {t.colReport}
            </th>
            {all.map((g) => {
              const isFolded = folded.has(g.label);
              return (
                <th
                  key={g.label}
                  scope="colgroup"
                  colSpan={isFolded ? 1 : g.columns.length}
                  rowSpan={isFolded ? 2 : 1}
                  class="cchc-rollup__group-head"
                >
                  <span class="cchc-rollup__group-label">{g.label}</span>{' '}
                  <Button
                    size="small"
                    class="cchc-rollup__fold"
                    aria-expanded={!isFolded}
                    aria-label={isFolded ? t.unfoldLabel(g.label, g.columns.length) : t.foldLabel(g.label)}
                    onClick={() => toggle(g.label)}
                  >
                    {isFolded ? t.unfold(g.columns.length) : t.fold}
                  </Button>
                </th>
              );
            })}
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
            {shown.map((c) => (
              <th key={c.key} scope="col" data-key={c.key} title={c.label}>
                {c.short}
              </th>
            ))}
          </tr>
        </thead>
        <UnitRows template={template} result={result} groups={all} folded={folded} />
        <tfoot>
          <tr data-testid="total-row">
            <td class="cchc-rollup__no" />
            <th scope="row" class="cchc-rollup__sticky">
              {t.totalRow(result.included.length)}
            </th>
            <td />
            {all.flatMap((g) =>
              folded.has(g.label)
                ? [<td key={g.label} />]
                : g.columns.map((c) => {
                    const cov = result.coverage[c.key];
                    const some = partial(cov);
                    return (
                      <td
                        key={c.key}
                        class="cchc-rollup__num"
                        data-key={c.key}
                        data-partial={some ? 'true' : undefined}
                        title={some ? t.partialMark(coverageText(cov)) : undefined}
                      >
                        {hasTotal(c) ? figureText(c, result.totals[c.key]) : ''}
                        {some && (
                          <span class="cchc-rollup__coverage" data-testid="coverage-mark">
                            <span aria-hidden="true">{`${cov.counted}/${cov.of} đv`}</span>
                            <span class="cchc-visually-hidden">{t.partialMark(coverageText(cov, 3))}</span>
                          </span>
                        )}
                      </td>
                    );
                  }),
            )}
            {targets.map((x) => (
              <td key={x.column.key}>{x.totalMet == null ? '' : x.totalMet ? t.met : t.notMet}</td>
            ))}
            <td />
            <td />
          </tr>
        </tfoot>
      </ScrollTable>
      {partials.length > 0 && (
        <p class="cchc-hint" data-testid="partial-note">
          {t.partialTotals(partials.length)}
        </p>
      )}
    </Section>
  );
}
