import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { FigureColumn } from '../../lib/rollup/columns.ts';
import type { RollupResult, UnitRow } from '../../lib/rollup/compute.ts';
import { UnitRowView } from './UnitRow.tsx';

/** Rows drawn a task at a time: the first ones at once, the others in the next tasks, so the tab keeps answering. */
const CHUNK = 100;

type Props = {
  template: ReportTemplate;
  result: RollupResult;
  groups: { label: string; columns: FigureColumn[] }[];
  folded: ReadonlySet<string>;
};

/**
 * The table's body, drawn progressively for a large roll-up (1 000 reports): CHUNK rows now, CHUNK more a task later
 * until all are drawn (the tbody then says data-complete; `npm run bench` reads the measure "cchc-rollup-rows"). A chunk already
 * drawn is drawn again only when the roll-up or the folded groups change.
 */
export function UnitRows(props: Props) {
  const total = props.result.rows.length;
  const [drawn, setDrawn] = useState(CHUNK);
  const complete = drawn >= total;
  useEffect(() => {
    if (!complete) {
      const id = setTimeout(() => setDrawn((d) => d + CHUNK), 0);
      return () => clearTimeout(id);
    }
    if (performance.getEntriesByName('cchc-rollup-rows-start', 'mark').length) {
      performance.measure('cchc-rollup-rows', 'cchc-rollup-rows-start');
      performance.clearMarks('cchc-rollup-rows-start');
    }
  }, [drawn, complete]);
  const chunks = [];
  for (let from = 0; from < Math.min(drawn, total); from += CHUNK)
    chunks.push(<Chunk key={from} {...props} from={from} rows={props.result.rows.slice(from, from + CHUNK)} />);
  return <tbody data-complete={complete ? 'true' : undefined}>{chunks}</tbody>;
}

type ChunkProps = Props & { from: number; rows: UnitRow[] };

class Chunk extends Component<ChunkProps> {
  shouldComponentUpdate(next: ChunkProps) {
    const p = this.props;
    return next.result !== p.result || next.folded !== p.folded || next.groups !== p.groups || next.template !== p.template;
  }
  render({ from, rows, template, result, groups, folded }: ChunkProps) {
    return rows.map((r, i) => (
      <UnitRowView key={r.id} n={from + i + 1} row={r} template={template} result={result} groups={groups} folded={folded} />
    ));
  }
}
