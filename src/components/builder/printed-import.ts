/**
 * After "Nhập bản nháp" with a .docx: its printed text checked against the draft it carries (src/lib/printed/), and,
 * when the text was edited after download, what the page says (PrintedNotice.tsx) and the printed figures it offers.
 * Loaded with a .docx import, never before.
 */
import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import { checkPrinted, withPrinted } from '../../lib/printed/check.ts';
import { $printedNote, type PrintedNote } from './printed-note.ts';
import { describeFigures, differenceText } from '../../lib/printed/describe.ts';
import type { PrintedText } from '../../lib/printed/text.ts';

/** Checks the imported draft's printed text; says something only when the text was edited or a figure differs. */
export function notePrinted(template: ReportTemplate, draft: Draft, printed: PrintedText, catalogue: CatalogueBrief[], id: string): void {
  const check = checkPrinted(template, draft, printed, catalogue);
  if (!check.edited && !check.differences.length && !check.unfound.length) return $printedNote.set(undefined);
  const info = describeFigures(template, draft);
  $printedNote.set({
    id,
    name: draft.name,
    check,
    differences: check.differences.map((d) => differenceText(d, info(d.figure))),
    unfound: check.unfound.map((k) => info(k)?.label ?? k),
    computed: check.differences.some((d) => info(d.figure)?.computed),
  });
}

/** The draft with the printed figures (typed ones; computed ones are computed again). */
export const takePrinted = (template: ReportTemplate, draft: Draft, note: PrintedNote): Draft => withPrinted(template, draft, note.check);
