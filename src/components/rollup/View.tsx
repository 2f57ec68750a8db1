import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { computeRollup } from '../../lib/rollup/compute.ts';
import { canSummarise } from '../../lib/rollup/columns.ts';
import { $state } from './store.ts';
import { catalogue, templateOf } from './actions.ts';
import { Downloads } from './Downloads.tsx';
import { Problems } from './Problems.tsx';
import { Overview } from './Overview.tsx';
import { Settings } from './Settings.tsx';
import { Flags } from './Flags.tsx';
import { UnitTable } from './UnitTable.tsx';
import { Rankings, Targets, Totals } from './Results.tsx';

/** The roll-up once reports are in: what could not be used, the overview and settings, the table, totals, rankings, targets, downloads. */
export default function View() {
  const state = useStore($state);
  const template = state ? templateOf(state.kind) : undefined;
  const result = useMemo(() => (template && state ? computeRollup(template, state, catalogue()) : undefined), [state]);
  // Drop (or file choice) to table on screen, for `npm run bench`.
  useEffect(() => {
    const start = performance.getEntriesByName('cchc-rollup-start', 'mark')[0];
    if (result && start) {
      performance.measure('cchc-rollup', 'cchc-rollup-start');
      performance.clearMarks('cchc-rollup-start');
      // The rest of a large table's rows come in later tasks (UnitRows.tsx), measured to the last.
      performance.mark('cchc-rollup-rows-start', { startTime: start.startTime });
    }
  }, [result]);
  return (
    <>
      <Problems />
      {template && state && result && state.units.length > 0 && (
        <>
          <Overview template={template} state={state} result={result} />
          <Settings template={template} state={state} result={result} />
          <Flags result={result} />
          <UnitTable template={template} result={result} />
          {canSummarise(result.columns) && <Totals result={result} />}
          <Rankings result={result} />
          {canSummarise(result.columns) && <Targets result={result} />}
          <Downloads template={template} state={state} result={result} />
        </>
      )}
    </>
  );
}
