import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import {
  mappingOf,
  readPasted,
  readSheet,
  reassign,
  SheetReadError,
  type ColumnTarget,
  type Recognition,
  type SavedMapping,
  type Workbook,
} from '../../lib/import/index.ts';
import { ColumnSelect } from '../ui/ColumnSelect.tsx';
import { t } from './strings.ts';
import './import.css';
import { Button } from '../ui/Button.tsx';

/** What every use reads from a workbook: the sheet used, its columns (recognised or as remembered), its header signature. */
export type Recognised = { sheetIndex: number; recognition: Recognition; signature: string };

/**
 * One use of the dialog (a figure block's figures, a score table's criteria): its targets, how it reads a sheet, what
 * it shows of what it read and what applying it does.
 */
export type SheetImportUse<R extends Recognised> = {
  /** The start of the dialog's DOM ids ("f-ket-qua-so-lieu-import"). */
  id: string;
  title: string;
  intro: string;
  /** Cells pasted from Excel are read too, beside a chosen file. */
  paste?: boolean;
  targets: readonly ColumnTarget[];
  /** The sheet to use (or sheet `sheetIndex`), read with the mapping remembered for its header; null when no sheet will do. */
  recognise: (workbook: Workbook, saved: (signature: string) => SavedMapping | undefined, sheetIndex?: number) => R | null;
  /** The sheet read again after the user chose another column for a target. */
  reread: (workbook: Workbook, read: R, recognition: Recognition) => R;
  /** Said when no sheet has a column the use recognises. */
  noColumn: (fileName: string) => string;
  /** Said when the file cannot be read at all, with what stays as it was. */
  failed: string;
  mappingHint: string;
  /** Added to the line that says what was read ("Số liệu: dùng dòng Tổng cộng (dòng 23)."). */
  summary?: (read: R) => string;
  /** Beside a target's column: what the sheet gives for it. */
  beside?: (read: R, target: ColumnTarget) => JSX.Element;
  /** Below the columns: what was read and what to check in the sheet. */
  details: (read: R) => JSX.Element;
  usable: (read: R) => boolean;
  applyLabel: string;
  /** Puts what was read into the draft; returns what to tell the user. */
  apply: (read: R, workbook: Workbook) => string;
};

type Props<R extends Recognised> = {
  use: SheetImportUse<R>;
  /** The mapping remembered for a header signature, and where one the user corrected is kept. */
  memory: { get: (signature: string) => SavedMapping | undefined; set: (signature: string, mapping: SavedMapping) => void };
  notify: (text: string) => void;
  onClose: () => void;
};

const ACCEPT =
  '.xlsx,.xls,.xlsm,.ods,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';
const MARK = 'cchc-import';

/**
 * "Nhập … từ bảng tính": choose a file (or paste cells), see which column gives what and what was read, correct a column,
 * apply. Nothing reaches the draft before the apply button; a file that cannot be read, or with no column the use
 * recognises, gets a message and leaves the draft as it was. A corrected mapping is remembered for the sheet's header.
 * The dialog, the import library and SheetJS load when the user first asks to import.
 */
export function SheetImport<R extends Recognised>({ use, memory, notify, onClose }: Props<R>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<(R & { workbook: Workbook }) | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [pasted, setPasted] = useState('');
  const id = (part: string) => `${use.id}-${part}`;

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

  const open = (workbook: Workbook) => {
    const read = use.recognise(workbook, memory.get);
    setLoaded(read ? { ...read, workbook } : undefined);
    setError(read ? '' : use.noColumn(workbook.fileName));
  };
  const fail = (e: unknown) => {
    setLoaded(undefined);
    setError(e instanceof SheetReadError ? e.message : use.failed);
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

  const choose = (target: string, column: number | null) => {
    if (!loaded) return;
    const recognition = reassign(loaded.recognition, use.targets, target, column);
    setLoaded({ ...use.reread(loaded.workbook, loaded, recognition), workbook: loaded.workbook });
  };
  const pickSheet = (i: number) => {
    if (!loaded) return;
    const read = use.recognise(loaded.workbook, memory.get, i);
    if (read) setLoaded({ ...read, workbook: loaded.workbook });
  };
  const usable = !!loaded && use.usable(loaded);
  const apply = () => {
    if (!loaded || !usable) return;
    const text = use.apply(loaded, loaded.workbook);
    if (loaded.recognition.layout.rows.length) memory.set(loaded.signature, mappingOf(loaded.recognition));
    notify(text);
    dialog.current?.close();
  };

  const workbook = loaded?.workbook;
  const sheet = workbook?.sheets[loaded!.sheetIndex];
  const layout = loaded?.recognition.layout;
  return (
    <dialog ref={dialog} class="cchc-import" aria-labelledby={id('h')} onClose={onClose}>
      <h2 id={id('h')}>{use.title}</h2>
      <p class="cchc-hint">{use.intro}</p>
      <div class="cchc-import__sources">
        <div class="cchc-field">
          <label for={id('file')}>{t.file}</label>
          <input id={id('file')} type="file" accept={ACCEPT} onChange={onFile} />
        </div>
        {use.paste && (
          <div class="cchc-field">
            <label for={id('paste')}>{t.paste}</label>
            <textarea
              id={id('paste')}
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
            <Button size="small" onClick={() => onPaste(pasted)} disabled={!pasted.trim()}>
              {t.readPaste}
            </Button>
          </div>
        )}
      </div>
      {busy && <p role="status">{t.reading}</p>}
      {error && (
        <p class="cchc-notice cchc-notice--error" role="alert">
          {error}
        </p>
      )}
      {loaded && workbook && sheet && layout && (
        <section class="cchc-import__result" aria-labelledby={id('map')}>
          <h3 id={id('map')}>{t.mappingHeading}</h3>
          <p class="cchc-import__summary" data-testid="import-summary">
            {t.source(workbook.fileName)}
            {workbook.sheets.length === 1 && hasSheets(workbook) ? ` — ${sheet.name}` : ''}
            {layout.rows.length ? ` — ${t.headerRows(layout.rows[0] + 1, layout.rows[layout.rows.length - 1] + 1)}` : ''}.
            {use.summary && ` ${use.summary(loaded)}`}
          </p>
          {workbook.sheets.length > 1 && (
            <div class="cchc-field">
              <label for={id('sheet')}>{t.sheet}</label>
              <select
                id={id('sheet')}
                value={loaded.sheetIndex}
                onChange={(e) => pickSheet(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {workbook.sheets.map((s, i) => (
                  <option key={i} value={i}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {loaded.recognition.source === 'saved' && <p class="cchc-hint">{t.savedMapping}</p>}
          <p class="cchc-hint">{use.mappingHint}</p>
          {loaded.recognition.ambiguous.map((a) => (
            <p key={a.message} class="cchc-issue cchc-issue--warning">
              {a.message}
            </p>
          ))}
          <ul class="cchc-import__map">
            {use.targets.map((target) => (
              <li key={target.id} class="cchc-import__row" data-field={target.id}>
                <label for={id(`col-${target.id}`)}>{target.label}</label>
                <ColumnSelect
                  id={id(`col-${target.id}`)}
                  columns={layout.columns}
                  column={loaded.recognition.assignments[target.id]?.column}
                  onChoose={(c) => choose(target.id, c)}
                />
                {use.beside?.(loaded, target)}
              </li>
            ))}
          </ul>
          {use.details(loaded)}
        </section>
      )}
      <div class="cchc-import__actions">
        <Button kind="primary" disabled={!usable} onClick={apply}>
          {use.applyLabel}
        </Button>
        <Button onClick={() => dialog.current?.close()}>{loaded ? t.cancel : t.close}</Button>
      </div>
    </dialog>
  );
}

/** CSV files and pasted cells have no sheet names worth showing. */
const hasSheets = (w: Workbook) => w.format !== 'csv' && w.format !== 'paste';

/** What to check in the sheet: the first few items, and how many more there are. */
export function IssueBox({
  heading,
  items,
  more,
  shown = 6,
  testId,
}: {
  heading: string;
  items: string[];
  more?: (n: number) => string;
  shown?: number;
  testId?: string;
}) {
  if (!items.length) return null;
  return (
    <div class="cchc-issue cchc-issue--warning" data-testid={testId}>
      <p>{heading}</p>
      <ul>
        {items.slice(0, shown).map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      {more && items.length > shown && <p>{more(items.length - shown)}</p>}
    </div>
  );
}
