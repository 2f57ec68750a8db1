import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../../lib/report/blocks/types.ts';
import { readPasted, readSheet, reassign, extractFigures, mappingOf, SheetReadError, type Workbook } from '../../../../lib/import/index.ts';
import {
  applyFigures,
  importTargets,
  linkedRows,
  mappingKey,
  noColumnMessage,
  parseMapping,
  recognise,
  type SheetImport,
} from '../../../../lib/report/blocks/indicators/import.ts';
import { formatFigure } from '../../../../lib/format/figure.ts';
import { $draft, $notice, getProps, getStorage, setValue, update } from '../../store.ts';
import { setAppendixPrinted } from '../../../../lib/drafts/structure.ts';
import { ImportRows } from './ImportRows.tsx';
import { domId } from '../../fields.tsx';
import { t } from '../../strings/import.ts';
import { ColumnSelect } from '../../ColumnSelect.tsx';

type Indicators = BlockOf<'indicators'>;
type Props = { block: Indicators; path: string; value: Record<string, number | string>; onClose: () => void };
type Loaded = { workbook: Workbook } & SheetImport;

const MARK = 'cchc-import';
const ISSUES_SHOWN = 6;

/**
 * The import dialog of a figure block: choose a file or paste cells, see which column gives which figure and which
 * rows were used, fix a column, apply. Nothing reaches the draft before "Áp dụng"; a file that cannot be read, or
 * with no recognisable column, gets a message and leaves the draft as it was. Loaded on the first click.
 */
export function ImportFigures({ block, path, value, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const targets = useMemo(() => importTargets(block), [block]);
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    // How long reading and recognising took, for `npm run bench` (a mark set when the file was chosen).
    if (loaded && performance.getEntriesByName(`${MARK}:start`).length) {
      performance.measure(MARK, `${MARK}:start`);
      performance.clearMarks(`${MARK}:start`);
    }
  }, [loaded]);

  const saved = (signature: string) => parseMapping(getStorage().get(mappingKey(signature)));
  const open = (workbook: Workbook) => {
    const r = recognise(workbook, targets, saved);
    if (!r) {
      setLoaded(undefined);
      setError(noColumnMessage(targets, workbook.fileName));
      return;
    }
    setError('');
    setLoaded({ workbook, ...r });
  };
  const fail = (e: unknown) => {
    setLoaded(undefined);
    setError(e instanceof SheetReadError ? e.message : t.failed);
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    performance.mark(`${MARK}:start`);
    setBusy(true);
    try {
      open(await readSheet(new Uint8Array(await file.arrayBuffer()), file.name));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  const onPaste = (text: string) => {
    if (!text.trim()) return;
    try {
      open(readPasted(text));
    } catch (err) {
      fail(err);
    }
  };

  const sheet = loaded?.workbook.sheets[loaded.sheetIndex];
  const choose = (id: string, column: number | null) => {
    if (!loaded || !sheet) return;
    const recognition = reassign(loaded.recognition, targets, id, column);
    setLoaded({ ...loaded, recognition, figures: extractFigures(sheet, recognition, targets) });
  };
  const pickSheet = (i: number) => {
    if (!loaded) return;
    const r = recognise(loaded.workbook, targets, saved, i);
    if (r) setLoaded({ workbook: loaded.workbook, ...r });
  };
  const applied = loaded && applyFigures(block, value, loaded.figures);
  // The rows by lĩnh vực go to the table that breaks this block down, printed as a Phụ lục if the user wants.
  const linked = loaded && linkedRows(getProps().template, path, loaded.figures);
  const [print, setPrint] = useState<boolean | undefined>();
  const printing = linked?.appendix ? (print ?? $draft.get()?.appendices?.[linked.appendix] ?? false) : undefined;
  const apply = () => {
    if (!loaded || !applied?.taken.length) return;
    setValue(path, applied.value);
    const rows = linked?.rows ?? [];
    if (rows.length) setValue(linked!.key, rows);
    if (rows.length && linked?.appendix && printing !== undefined) update((d) => setAppendixPrinted(d, linked.appendix!, printing));
    if (loaded.recognition.layout.rows.length)
      getStorage().set(mappingKey(loaded.signature), JSON.stringify(mappingOf(loaded.recognition)));
    const text =
      t.applied(applied.taken.length, t.appliedSource(loaded.workbook.fileName)) + (rows.length ? t.appliedRows(rows.length) : '');
    $notice.set({ text, kind: 'ok' });
    dialog.current?.close();
  };

  const fields = block.fields.filter((f) => targets.some((x) => x.id === f.id));
  const layout = loaded?.recognition.layout;
  const issues = loaded?.figures.issues ?? [];
  return (
    <dialog ref={dialog} class="cchc-import" aria-labelledby={`${domId(path)}-import-h`} onClose={onClose}>
      <h2 id={`${domId(path)}-import-h`}>{t.title(block.label)}</h2>
      <p class="cchc-hint">{t.intro}</p>
      <div class="cchc-import__sources">
        <div class="cchc-field">
          <label for={`${domId(path)}-import-file`}>{t.file}</label>
          <input
            id={`${domId(path)}-import-file`}
            type="file"
            accept=".xlsx,.xls,.xlsm,.ods,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv"
            onChange={onFile}
          />
        </div>
        <div class="cchc-field">
          <label for={`${domId(path)}-import-paste`}>{t.paste}</label>
          <textarea
            id={`${domId(path)}-import-paste`}
            rows={3}
            value={pasted}
            placeholder={t.pastePlaceholder}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
            onPaste={(e) => {
              const text = e.clipboardData?.getData('text/plain');
              if (text == null) return;
              e.preventDefault();
              setPasted(text);
              onPaste(text);
            }}
          />
          <button type="button" class="cchc-btn cchc-btn--small" onClick={() => onPaste(pasted)} disabled={!pasted.trim()}>
            {t.readPaste}
          </button>
        </div>
      </div>
      {busy && <p role="status">{t.reading}</p>}
      {error && (
        <p class="cchc-notice cchc-notice--error" role="alert">
          {error}
        </p>
      )}
      {loaded && sheet && layout && (
        <section class="cchc-import__result" aria-labelledby={`${domId(path)}-import-map`}>
          <h3 id={`${domId(path)}-import-map`}>{t.mappingHeading}</h3>
          <p class="cchc-import__summary" data-testid="import-summary">
            {t.source(loaded.workbook.fileName)}
            {loaded.workbook.sheets.length > 1 || !hasSheets(loaded.workbook) ? '' : ` — ${sheet.name}`}
            {layout.rows.length ? ` — ${t.headerRows(layout.rows[0] + 1, layout.rows[layout.rows.length - 1] + 1)}` : ''}.{' '}
            {t.rowsUsed(loaded.figures.used.text)}
          </p>
          {loaded.workbook.sheets.length > 1 && (
            <div class="cchc-field">
              <label for={`${domId(path)}-import-sheet`}>{t.sheet}</label>
              <select
                id={`${domId(path)}-import-sheet`}
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
          {loaded.recognition.ambiguous.map((a) => (
            <p key={a.message} class="cchc-issue cchc-issue--warning">
              {a.message}
            </p>
          ))}
          <ul class="cchc-import__map">
            {fields.map((f) => {
              const a = loaded.recognition.assignments[f.id];
              const got = loaded.figures.values[f.id];
              const id = `${domId(path)}-import-col-${f.id}`;
              const now = value[f.id];
              return (
                <li key={f.id} class="cchc-import__row" data-field={f.id}>
                  <label for={id}>{f.label}</label>
                  <ColumnSelect id={id} columns={layout.columns} column={a?.column} onChoose={(c) => choose(f.id, c)} />
                  <span class="cchc-import__value" data-testid={`import-value-${f.id}`}>
                    {!a ? t.notInSheet : got?.value != null ? formatFigure(f, got.value) : t.unreadable}
                  </span>
                  {now != null && (
                    <span class="cchc-hint">
                      {t.now}: {typeof now === 'number' ? formatFigure(f, now) : now}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {issues.length > 0 && (
            <div class="cchc-issue cchc-issue--warning">
              <p>{t.cellIssues(issues.length)}</p>
              <ul>
                {issues.slice(0, ISSUES_SHOWN).map((i) => (
                  <li key={i.address}>{i.message}</li>
                ))}
              </ul>
              {issues.length > ISSUES_SHOWN && <p>{t.moreIssues(issues.length - ISSUES_SHOWN)}</p>}
            </div>
          )}
          {loaded.figures.checks.length > 0 && (
            <div class="cchc-issue cchc-issue--warning">
              <p>{t.checks}</p>
              <ul>
                {loaded.figures.checks.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          )}
          <ImportRows id={`${domId(path)}-import-rows`} rows={linked?.rows ?? []} print={printing} onPrint={setPrint} />
          {!applied?.taken.length && <p class="cchc-hint">{t.nothing}</p>}
        </section>
      )}
      <div class="cchc-import__actions">
        <button type="button" class="cchc-btn cchc-btn--primary" disabled={!applied?.taken.length} onClick={apply}>
          {t.apply}
        </button>
        <button type="button" class="cchc-btn" onClick={() => dialog.current?.close()}>
          {loaded ? t.cancel : t.close}
        </button>
      </div>
    </dialog>
  );
}

/** CSV files and pasted cells have no sheet names worth showing. */
const hasSheets = (w: Workbook) => w.format !== 'csv' && w.format !== 'paste';
