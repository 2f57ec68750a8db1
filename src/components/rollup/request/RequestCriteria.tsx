import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { Select } from '../../ui/Select.tsx';
import { useModule } from '../../ui/lazy.ts';
import { Pending } from '../../ui/Pending.tsx';
import { IMPORTED, type RequestForm } from '../../../lib/request/form.ts';
import { criteriaTable, embedTable } from '../../../lib/request/criteria.ts';
import { scoreTotals } from '../../../lib/report/index.ts';
import { formatNumber } from '../../../lib/format/number.ts';
import { getProps } from '../store.ts';
import { $errors, $message, setForm } from './actions.ts';
import { t } from './strings.ts';

const loadImport = () => import('../../import/CriteriaImport.tsx');
const ID = 'cchc-request-criteria';

/**
 * "Bộ tiêu chí" of a request for a kind with a score table: one of the site's sets (an illustrative one says so), or the
 * province's own, read from its spreadsheet by the one criteria import (loaded on the first click) and embedded in the
 * request.
 */
export function RequestCriteria({ form }: { form: RequestForm }) {
  const errors = useStore($errors);
  const sets = getProps().criteriaSets ?? [];
  const [importing, setImporting] = useState(false);
  const dialog = useModule(loadImport, importing);
  const choice = form.criteria?.choice ?? '';
  const imported = form.criteria?.imported;
  const set = sets.find((s) => s.id === choice);
  const importedTable = imported && criteriaTable(imported, []);
  const importedTotals = importedTable && scoreTotals(importedTable);
  const setCriteria = (criteria: RequestForm['criteria']) => {
    setForm({ criteria });
    // The message at the field was about the choice just changed.
    $errors.set({ ...$errors.get(), criteria: undefined });
  };
  const choose = (next: string) => setCriteria({ choice: next, ...(imported ? { imported } : {}) });
  return (
    <fieldset class="cchc-request__group" data-testid="request-criteria">
      <legend>{t.criteriaHeading}</legend>
      <Select
        id={ID}
        label={t.criteria}
        hint={t.criteriaHint}
        value={choice}
        options={[
          ['', t.criteriaNone] as const,
          ...sets.map((s) => [s.id, t.setOption(s.name, s.year, s.illustrative)] as const),
          [IMPORTED, t.criteriaImported] as const,
        ]}
        onValue={choose}
        issues={errors.criteria ? [{ key: 'criteria', severity: 'error', message: errors.criteria }] : []}
      />
      {set?.illustrative && (
        <p class="cchc-issue cchc-issue--warning" data-testid="request-criteria-illustrative">
          {t.illustrative(set.name)}
        </p>
      )}
      {choice === IMPORTED && (
        <>
          {importedTotals ? (
            <p data-testid="request-criteria-read">
              {t.importedRead(
                importedTotals.rows.filter((r) => r.leaf).length,
                formatNumber(importedTotals.total.max ?? 0, 2),
                imported?.citation ?? '',
              )}
            </p>
          ) : (
            <p class="cchc-hint">{t.importHint}</p>
          )}
          <button type="button" class="cchc-btn" aria-haspopup="dialog" onClick={() => setImporting(true)}>
            {imported ? t.importAgain : t.importCriteria}
          </button>
        </>
      )}
      {importing &&
        (dialog ? (
          <dialog.CriteriaImport
            id={`${ID}-import`}
            into={t.criteriaInto}
            replacing={false}
            applied={t.importedNotice}
            onTable={(table) => setCriteria({ choice: IMPORTED, imported: embedTable(table, t.importedName) })}
            notify={(text) => $message.set({ text, kind: 'ok' })}
            onClose={() => setImporting(false)}
          />
        ) : (
          <Pending mod={dialog} />
        ))}
    </fieldset>
  );
}
