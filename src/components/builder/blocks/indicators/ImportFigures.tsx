import { useMemo, useState } from 'preact/hooks';
import { extractFigures } from '../../../../lib/import/index.ts';
import {
  applyFigures,
  importTargets,
  linkedRows,
  noColumnMessage,
  recognise,
  type BlockOf,
  type SheetImport as Read,
} from '../../../../lib/report/index.ts';
import { formatFigure } from '../../../../lib/format/figure.ts';
import { SheetImport, IssueBox, type SheetImportUse } from '../../../import/SheetImport.tsx';
import { $draft, $notice, getProps, setValue, update } from '../../store.ts';
import { setAppendixPrinted } from '../../../../lib/drafts/structure.ts';
import { ImportRows } from './ImportRows.tsx';
import { domId } from '../../fields.tsx';
import { sheetMemory } from '../../../import/sheet-memory.ts';
import { t } from './import-strings.ts';

type Props = { block: BlockOf<'indicators'>; path: string; value: Record<string, number | string>; onClose: () => void };

/**
 * The spreadsheet import of a figure block: a file or cells pasted from Excel; beside each figure's column the figure
 * read and the one typed; the rows used, unreadable cells and total-row mismatches. "Áp dụng vào báo cáo" takes the
 * figures read; those the sheet lacks keep what was typed. The sheet's rows by lĩnh vực go to the table that breaks
 * the block down (linkedRows), printed as its Phụ lục if the user ticks it. Loaded on the first click.
 */
export function ImportFigures({ block, path, value, onClose }: Props) {
  const targets = useMemo(() => importTargets(block), [block]);
  const fields = new Map(block.fields.map((f) => [f.id, f]));
  const rowsOf = (read: Read) => linkedRows(getProps().template, path, read.figures);
  const [print, setPrint] = useState<boolean | undefined>();
  const printing = (appendix?: string) => (appendix ? (print ?? $draft.get()?.appendices?.[appendix] ?? false) : undefined);
  const use: SheetImportUse<Read> = {
    id: `${domId(path)}-import`,
    title: t.title(block.label),
    intro: t.intro,
    paste: true,
    targets,
    recognise: (workbook, saved, sheetIndex) => recognise(workbook, targets, saved, sheetIndex),
    reread: (workbook, read, recognition) => ({
      ...read,
      recognition,
      figures: extractFigures(workbook.sheets[read.sheetIndex], recognition, targets),
    }),
    noColumn: (fileName) => noColumnMessage(targets, fileName),
    failed: t.failed,
    mappingHint: t.mappingHint,
    summary: (read) => t.rowsUsed(read.figures.used.text),
    beside(read, target) {
      const f = fields.get(target.id)!;
      const got = read.figures.values[f.id];
      const now = value[f.id];
      // A date, a formula's error or text in this column: said here, at the column (the import result's ColumnProblem).
      const problem = read.figures.columns.find((c) => c.targetId === f.id);
      return (
        <>
          <span class="cchc-import__value" data-testid={`import-value-${f.id}`}>
            {!read.recognition.assignments[f.id] ? t.notInSheet : got?.value != null ? formatFigure(f, got.value) : t.unreadable}
          </span>
          {now != null && (
            <span class="cchc-hint">
              {t.now}: {typeof now === 'number' ? formatFigure(f, now) : now}
            </span>
          )}
          {problem && (
            <p class="cchc-issue cchc-issue--warning cchc-import__problem" data-testid={`import-problem-${f.id}`}>
              {problem.message}
            </p>
          )}
        </>
      );
    },
    details: (read) => (
      <>
        {read.figures.incomplete && (
          <p class="cchc-notice cchc-notice--error" role="alert" data-testid="import-incomplete">
            {read.figures.incomplete}
          </p>
        )}
        <IssueBox
          heading={t.cellIssues(read.figures.issues.length)}
          items={read.figures.issues.map((i) => i.message)}
          more={t.moreIssues}
        />
        <IssueBox heading={t.checks} items={read.figures.checks} shown={Infinity} />
        <ImportRows
          id={`${domId(path)}-import-rows`}
          rows={rowsOf(read)?.rows ?? []}
          print={printing(rowsOf(read)?.appendix)}
          onPrint={setPrint}
        />
        {!applyFigures(block, value, read.figures).taken.length && <p class="cchc-hint">{t.nothing}</p>}
      </>
    ),
    usable: (read) => applyFigures(block, value, read.figures).taken.length > 0,
    applyLabel: t.apply,
    apply(read, workbook) {
      const applied = applyFigures(block, value, read.figures);
      setValue(path, applied.value);
      const linked = rowsOf(read);
      const rows = linked?.rows ?? [];
      if (rows.length) setValue(linked!.key, rows);
      const on = printing(linked?.appendix);
      if (rows.length && linked?.appendix && on !== undefined) update((d) => setAppendixPrinted(d, linked.appendix!, on));
      return t.applied(applied.taken.length, t.appliedSource(workbook.fileName)) + (rows.length ? t.appliedRows(rows.length) : '');
    },
  };
  return <SheetImport use={use} memory={sheetMemory} notify={(text) => $notice.set({ text, kind: 'ok' })} onClose={onClose} />;
}
