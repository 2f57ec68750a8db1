import { useEffect, useMemo } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { computeRollup } from '../../lib/rollup/compute.ts';
import { $state } from './store.ts';
import { catalogue, downloadDocx, downloadXlsx, openInBuilder, templateOf } from './actions.ts';
import type { ViewProps } from './view-props.ts';
import { Problems } from './Problems.tsx';
import { Overview } from './Overview.tsx';
import { Settings } from './Settings.tsx';
import { Flags } from './Flags.tsx';
import { UnitTable } from './UnitTable.tsx';
import { Rankings, Targets, Totals } from './Results.tsx';
import { t } from './strings/view.ts';

/** The roll-up once reports are in: what could not be used, the overview and settings, the table, totals, rankings, targets, downloads. */
export default function View() {
  const state = useStore($state);
  const template = state ? templateOf(state.kind) : undefined;
  const result = useMemo(() => (template && state ? computeRollup(template, state, catalogue()) : undefined), [state]);
  // Drop (or file choice) to table on screen, for `npm run bench`.
  useEffect(() => {
    if (result && performance.getEntriesByName('cchc-rollup-start', 'mark').length) {
      performance.measure('cchc-rollup', 'cchc-rollup-start');
      performance.clearMarks('cchc-rollup-start');
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
          <UnitTable result={result} />
          <Totals result={result} />
          <Rankings result={result} />
          <Targets result={result} />
          <Downloads template={template} state={state} result={result} />
        </>
      )}
    </>
  );
}

function Downloads({ template, state, result }: ViewProps) {
  return (
    <section aria-labelledby="cchc-rollup-download-h">
      <h2 id="cchc-rollup-download-h">{t.downloadsHeading}</h2>
      <p class="cchc-hint">{t.downloadsHint(template.name)}</p>
      <div class="cchc-rollup__buttons">
        <button type="button" class="cchc-btn cchc-btn--primary" onClick={() => void downloadDocx(template, state, result)}>
          {t.docx}
        </button>
        <button type="button" class="cchc-btn" onClick={() => void downloadXlsx(template, result)}>
          {t.xlsx}
        </button>
        <button type="button" class="cchc-btn" onClick={() => openInBuilder(template, state, result)}>
          {t.openBuilder}
        </button>
      </div>
    </section>
  );
}
