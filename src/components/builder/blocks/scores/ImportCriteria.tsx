import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScoreTable } from '../../../../schemas/draft.ts';
import type { BlockOf } from '../../../../lib/report/blocks/types.ts';
import {
  mappingOf,
  readSheet,
  reassign,
  SheetReadError,
  CRITERIA_TARGETS,
  type CriteriaNode,
  type Workbook,
} from '../../../../lib/import/index.ts';
import {
  readTree,
  recogniseCriteria,
  tableFromTree,
  treeCounts,
  type CriteriaImport,
} from '../../../../lib/report/blocks/scores/import.ts';
import { mappingKey, parseMapping } from '../../../../lib/report/blocks/indicators/import.ts';
import { formatNumber } from '../../../../lib/format/number.ts';
import { $notice } from '../../store.ts';
import { localSettings } from '../../../../lib/storage/local.ts';
import { domId } from '../../fields.tsx';
import { t } from './import-strings.ts';
import { ColumnSelect } from '../../ColumnSelect.tsx';

type Props = { block: BlockOf<'scores'>; path: string; table: ScoreTable; onTable: (t: ScoreTable) => void; onClose: () => void };
type Loaded = { workbook: Workbook } & CriteriaImport;

const ISSUES_SHOWN = 6;
const n = (x: number | null) => (x == null ? '' : formatNumber(x, 2));

/**
 * The criteria import: choose a file, see which column gives what and the tree read from it (counts per level, the
 * maximum total, the sheet's own total row and every sum that does not add up), correct a column, then use it.
 * Nothing reaches the draft before "Dùng bảng tiêu chí này"; a file that cannot be read leaves the table as it was.
 */
export function ImportCriteria({ block, path, table, onTable, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (part: string) => `${domId(path)}-criteria-${part}`;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const saved = (signature: string) => parseMapping(localSettings().get(mappingKey(signature)));
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const workbook = await readSheet(new Uint8Array(await file.arrayBuffer()), file.name);
      const r = recogniseCriteria(workbook, saved);
      setLoaded(r ? { workbook, ...r } : undefined);
      setError(r ? '' : t.noColumnFound(file.name));
    } catch (err) {
      setLoaded(undefined);
      setError(err instanceof SheetReadError ? err.message : t.failed);
    } finally {
      setBusy(false);
    }
  };
  const choose = (target: string, column: number | null) => {
    if (!loaded) return;
    const recognition = reassign(loaded.recognition, CRITERIA_TARGETS, target, column);
    setLoaded({ workbook: loaded.workbook, ...readTree(loaded.workbook, loaded.sheetIndex, recognition, loaded.signature) });
  };
  const pickSheet = (i: number) => {
    if (!loaded) return;
    const r = recogniseCriteria(loaded.workbook, saved, i);
    if (r) setLoaded({ workbook: loaded.workbook, ...r });
  };
  const usable = !!loaded?.recognition.assignments.ten && loaded.tree.leafCount > 0;
  const apply = () => {
    if (!loaded || !usable) return;
    const file = loaded.workbook.fileName;
    onTable(tableFromTree(loaded.tree, t.sourceName(file)));
    if (loaded.recognition.layout.rows.length)
      localSettings().set(mappingKey(loaded.signature), JSON.stringify(mappingOf(loaded.recognition)));
    $notice.set({ text: t.applied(loaded.tree.leafCount, file), kind: 'ok' });
    dialog.current?.close();
  };

  const sheet = loaded?.workbook.sheets[loaded.sheetIndex];
  const layout = loaded?.recognition.layout;
  const counts = loaded && treeCounts(loaded.tree);
  const problems = loaded ? [...loaded.tree.checks.map((c) => c.message), ...loaded.tree.notes] : [];
  const cellIssues = loaded?.sheet.issues ?? [];
  return (
    <dialog ref={dialog} class="cchc-import" aria-labelledby={id('h')} onClose={onClose}>
      <h2 id={id('h')}>{t.title(block.label)}</h2>
      <p class="cchc-hint">{t.intro}</p>
      <div class="cchc-field">
        <label for={id('file')}>{t.file}</label>
        <input
          id={id('file')}
          type="file"
          accept=".xlsx,.xls,.xlsm,.ods,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv"
          onChange={onFile}
        />
      </div>
      {busy && <p role="status">{t.reading}</p>}
      {error && (
        <p class="cchc-notice cchc-notice--error" role="alert">
          {error}
        </p>
      )}
      {loaded && sheet && layout && counts && (
        <section class="cchc-import__result" aria-labelledby={id('map')}>
          <h3 id={id('map')}>{t.mappingHeading}</h3>
          <p class="cchc-import__summary">
            {t.source(loaded.workbook.fileName)}
            {loaded.workbook.format !== 'csv' && loaded.workbook.sheets.length === 1 ? ` — ${sheet.name}` : ''}
            {layout.rows.length ? ` — ${t.headerRows(layout.rows[0] + 1, layout.rows[layout.rows.length - 1] + 1)}` : ''}.
          </p>
          {loaded.workbook.sheets.length > 1 && (
            <div class="cchc-field">
              <label for={id('sheet')}>{t.sheet}</label>
              <select
                id={id('sheet')}
                value={loaded.sheetIndex}
                onChange={(e) => pickSheet(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {loaded.workbook.sheets.map((s, i) => (
                  <option key={i} value={i}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {loaded.recognition.source === 'saved' && <p class="cchc-hint">{t.savedMapping}</p>}
          <p class="cchc-hint">{t.mappingHint}</p>
          <ul class="cchc-import__map">
            {CRITERIA_TARGETS.map((target) => {
              const a = loaded.recognition.assignments[target.id];
              return (
                <li key={target.id} class="cchc-import__row" data-field={target.id}>
                  <label for={id(`col-${target.id}`)}>{target.label}</label>
                  <ColumnSelect
                    id={id(`col-${target.id}`)}
                    columns={layout.columns}
                    column={a?.column}
                    onChoose={(c) => choose(target.id, c)}
                  />
                </li>
              );
            })}
          </ul>
          {!loaded.recognition.assignments.ten && (
            <p class="cchc-issue cchc-issue--error" role="alert">
              {t.noNameColumn}
            </p>
          )}
          <h3 id={id('tree-h')}>{t.treeHeading}</h3>
          <div data-testid="criteria-summary">
            <p>
              {t.counts(counts.perLevel.map((k, i) => `${k} ${t.levels[i] ?? t.levels[t.levels.length - 1]}`).join(', '), counts.leaves)}
            </p>
            <p>
              <strong data-testid="criteria-max-total">{t.maxTotal(n(loaded.tree.maxTotal))}</strong>
              {loaded.tree.selfTotal != null && ` ${t.selfTotal(n(loaded.tree.selfTotal))}`}
            </p>
            <p class="cchc-hint">
              {loaded.sheet.total?.maxScore != null ? t.totalRow(loaded.sheet.total.row, n(loaded.sheet.total.maxScore)) : t.noTotalRow}
            </p>
          </div>
          {problems.length > 0 && (
            <div class="cchc-issue cchc-issue--warning" data-testid="criteria-checks">
              <p>{t.checks}</p>
              <ul>
                {problems.slice(0, ISSUES_SHOWN).map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              {problems.length > ISSUES_SHOWN && <p>{t.more(problems.length - ISSUES_SHOWN)}</p>}
            </div>
          )}
          {cellIssues.length > 0 && (
            <div class="cchc-issue cchc-issue--warning">
              <p>{t.cellIssues(cellIssues.length)}</p>
              <ul>
                {cellIssues.slice(0, ISSUES_SHOWN).map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
              {cellIssues.length > ISSUES_SHOWN && <p>{t.more(cellIssues.length - ISSUES_SHOWN)}</p>}
            </div>
          )}
          <div class="cchc-import__tree" role="region" aria-labelledby={id('tree-h')} tabIndex={0}>
            <Tree nodes={loaded.tree.roots} />
          </div>
          {table.rows.length > 0 && <p class="cchc-issue cchc-issue--warning">{t.replaceWarning}</p>}
        </section>
      )}
      <div class="cchc-import__actions">
        <button type="button" class="cchc-btn cchc-btn--primary" disabled={!usable} onClick={apply}>
          {t.apply}
        </button>
        <button type="button" class="cchc-btn" onClick={() => dialog.current?.close()}>
          {loaded ? t.cancel : t.close}
        </button>
      </div>
    </dialog>
  );
}

/** The tree read from the sheet: TT, name and maximum of every row, nested as the report will show them. */
function Tree({ nodes }: { nodes: CriteriaNode[] }) {
  return (
    <ul class="cchc-import__nodes" data-testid="criteria-tree">
      {nodes.map((node) => (
        <li key={node.row} data-tt={node.tt} data-max={node.maxTotal ?? ''} data-leaf={node.children.length ? undefined : ''}>
          <span class="cchc-import__node">
            {node.tt && <span class="cchc-scores__tt">{node.tt}</span>} {node.name}{' '}
            <span class="cchc-hint">({node.maxTotal == null ? t.noMax : t.point(n(node.maxTotal))})</span>
          </span>
          {node.children.length > 0 && <Tree nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}
