/**
 * What was signed against what was typed: whether a report's .docx was edited after the site made it (its text's
 * fingerprint), and each figure as the document prints it now beside the draft it carries. Used by the roll-up (which
 * figures to count) and by the builder's "Nhập bản nháp" (the printed figures offered in place of the draft's).
 */
import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import {
  asScoreTable,
  computedScore,
  figureBlocks,
  figureWindows,
  isRecord,
  parseScoreFigure,
  scoreBlocks,
  scoreFigureId,
  withPrintedScore,
} from '../report/index.ts';
import { readBack } from './readback.ts';
import { editedSince, type PrintedText } from './text.ts';

/** A figure the document prints otherwise than its draft has it. `figure`: "<block key>.<field id>". */
export type FigureDifference = { figure: string; printed: number; draft: number };

export type PrintedCheck = {
  /** true: the text was changed after download; false: it is what the site printed; absent: nothing was recorded. */
  edited?: boolean;
  /** Figures printed otherwise than the draft has them, in document order, each once. */
  differences: FigureDifference[];
  /** Figures the site printed whose words are no longer in the text: what the document says of them is not known. */
  unfound: string[];
};

const EPS = 1e-9;
/** Printed percentages are rounded to two decimals: a draft's 97,8234 printed as 97,82 is the same figure. */
const same = (a: number, b: number) => Math.abs(a - b) < 0.005 + EPS;

/**
 * The check of one report. A text recorded as unchanged needs no reading; otherwise every figure is read back with the
 * windows the .docx recorded (the wording of the site that made it), or, for a .docx made before windows were recorded,
 * with the windows this site would print the draft with.
 */
export function checkPrinted(template: ReportTemplate, draft: Draft, printed: PrintedText, catalogue: CatalogueBrief[] = []): PrintedCheck {
  const edited = editedSince(printed);
  const base = edited === undefined ? {} : { edited };
  if (edited === false) return { ...base, differences: [], unfound: [] };
  const windows = printed.windows ?? figureWindows(template, draft, catalogue);
  const differences = new Map<string, FigureDifference>();
  const found = new Set<string>();
  const unfound = new Set<string>();
  for (const r of readBack(windows, printed.text)) {
    if (r.printed === undefined) {
      unfound.add(r.key);
      continue;
    }
    found.add(r.key);
    if (!same(r.printed, r.draft) && !differences.has(r.key)) differences.set(r.key, { figure: r.key, printed: r.printed, draft: r.draft });
  }
  // A score table the document's windows do not name (a .docx made before scores were read back): its scores unknown.
  if (edited)
    for (const { key } of scoreBlocks(template))
      if (!windows.some((w) => w.key.startsWith(`${key}.#`))) unfound.add(`${key}.${scoreFigureId({ line: 'total' })}`);
  // A figure printed twice, found once unchanged and once not at all, is read (its other place was reworded).
  return { ...base, differences: [...differences.values()], unfound: [...unfound].filter((k) => !found.has(k)) };
}

/** Whether a check found nothing to say beyond an edit of the words: every figure found and as the draft has it. */
export const figuresAsTyped = (c: PrintedCheck) => !c.differences.length && !c.unfound.length;

/**
 * The draft with the figures its document prints: each typed figure printed otherwise takes the printed value; a figure
 * the template computes (a rate, a sum) is computed again from those, never typed.
 */
export function withPrinted(template: Pick<ReportTemplate, 'sections'>, draft: Draft, check: PrintedCheck): Draft {
  const computed = new Set(
    figureBlocks(template).flatMap(({ key, block }) =>
      block.kind === 'indicators' ? block.fields.filter((f) => f.compute).map((f) => `${key}.${f.id}`) : [],
    ),
  );
  const score = (figure: string) => {
    const s = parseScoreFigure(figure);
    return s && { ...s, table: asScoreTable(draft.values[s.block]) };
  };
  const changes = check.differences.filter((d) => {
    const s = score(d.figure);
    return s ? !computedScore(s.table, s.figure) : !computed.has(d.figure);
  });
  if (!changes.length) return draft;
  const values = { ...draft.values };
  for (const { figure, printed } of changes) {
    const s = score(figure);
    if (s) {
      values[s.block] = withPrintedScore(asScoreTable(values[s.block]), s.figure, printed);
      continue;
    }
    const dot = figure.lastIndexOf('.');
    const [block, field] = [figure.slice(0, dot), figure.slice(dot + 1)];
    const old = values[block];
    values[block] = { ...(isRecord(old) ? (old as Record<string, number | string | null>) : {}), [field]: printed };
  }
  return { ...draft, values };
}
