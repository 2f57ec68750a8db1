import type { ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import type { DocBlock, TableCell } from '../../../document/model.ts';
import type { BlockOf } from '../types.ts';
import { cleanLine } from '../../../format/text.ts';
import { formatNumber, formatPercent } from '../../../format/number.ts';
import { documentCitation } from '../../../catalogue/citation.ts';
import { filledEvidence, scoreOf } from './value.ts';
import { noneApplies, type RowTotals, type ScoreTotals, type Sums } from './tree.ts';
import { adjustmentsOf } from './adjust.ts';
import { wording } from '../../../document/wording.ts';
import type { ScoreFigure } from './printed.ts';

/**
 * The two printed score tables: the summary per lĩnh vực and the full table of every criterion. Both end the same
 * way: with bonus and penalty points, the subtotal of the criteria before them, the total, and the total on a 100 scale
 * when the maximum the unit is scored on is not 100.
 */

type Scores = BlockOf<'scores'>;
type Column = Extract<DocBlock, { type: 'table' }>['columns'][number];
const w = wording.scores;

export const n = (x: number | null | undefined) => (x == null ? '' : formatNumber(x, 2));

/**
 * A self or appraised score as printed, marked (when the document is built for reading back, src/lib/report/trace.ts)
 * with the score it is (blocks/scores/printed.ts). The printed text itself is `text`.
 */
export type MarkScore = (figure: ScoreFigure, value: number | null, text: string, context?: number) => string;
export const noMark: MarkScore = (_f, _v, text) => text;
const selfScore = (mark: MarkScore, figure: ScoreFigure, x: number | null, context?: number) => mark(figure, x, n(x), context);
const appraisedScore = (mark: MarkScore, figure: ScoreFigure, x: number | null, context?: number) =>
  selfScore(mark, { ...figure, appraised: true }, x, context);
/**
 * The characters before a criterion's scores that tell it apart: its number, its name and its maximum (and a little
 * more, so that the window starts at the number). The appraised score's window, after the self score, starts there too
 * (figures crossed do not count), so both are read from the same place, in document order.
 */
const rowContext = (r: ScoreRow, max: string) => `${cleanLine(r.tt)} ${cleanLine(r.name)} ${max} `.length + 2;
const appraisedContext = (r: ScoreRow, t: RowTotals) => rowContext(r, n(t.max));
export const signed = (x: number | null) => (x == null ? '' : x > 0 ? `+${n(x)}` : n(x));
const right = (text: string, bold = false): TableCell => ({ text, align: 'right', ...(bold ? { bold } : {}) });
const center = (text: string, bold = false): TableCell => ({ text, align: 'center', ...(bold ? { bold } : {}) });
const left = (text: string, bold = false): TableCell => ({ text, align: 'left', ...(bold ? { bold } : {}) });

/** Text typed over several lines, as one cell or one paragraph. */
export const cleanText = (s: string) =>
  s
    .split('\n')
    .map((l) => cleanLine(l))
    .filter(Boolean)
    .join(' ');

/** TT, name, maximum, self score, [appraised, difference] — the columns both tables start with. */
type Lead = { tt: string; name: string; max: string; self: TableCell; appraised?: string; diff?: string; bold?: boolean };

function lead(block: Scores, l: Lead): TableCell[] {
  const b = l.bold === true;
  return [
    center(l.tt, b),
    left(l.name, b),
    right(l.max, b),
    l.self,
    ...(block.appraisal ? [right(l.appraised ?? '', b), right(l.diff ?? '', b)] : []),
  ];
}

/**
 * The rows after the criteria: bonus and penalty points (sides, and in the full table each item with its reason), the
 * total, and the 100 scale. `trail(kind, row)` gives the table's own last cells for each.
 */
function closingRows(
  block: Scores,
  table: ScoreTable,
  totals: ScoreTotals,
  subtotal: string,
  trail: (what: 'subtotal' | 'side' | 'item' | 'total' | 'scale', note?: string) => TableCell[],
  items: boolean,
  mark: MarkScore,
): TableCell[][] {
  const out: TableCell[][] = [];
  const t = totals.total;
  const { result, appraisedResult: ap, adjustments } = totals;
  const all = adjustmentsOf(table);
  // A score with its sign: the sign stays outside the marked number.
  const signedScore = (kind: 'bonus' | 'penalty', figure: ScoreFigure, x: number | null) =>
    x == null ? '' : x === 0 ? selfScore(mark, figure, 0) : `${kind === 'bonus' ? '+' : '-'}${selfScore(mark, figure, x)}`;
  if (all.length) {
    out.push([
      ...lead(block, {
        tt: '',
        name: subtotal,
        max: n(t.max),
        self: right(selfScore(mark, { line: 'subtotal' }, t.score), true),
        appraised: appraisedScore(mark, { line: 'subtotal' }, t.appraised),
        diff: signed(t.diff),
        bold: true,
      }),
      ...trail('subtotal'),
    ]);
    for (const kind of ['bonus', 'penalty'] as const) {
      const side = adjustments[kind];
      if (!side.count) continue;
      const name = `${kind === 'bonus' ? w.bonus : w.penalty}${side.limit != null ? ` (${w.upTo(n(side.limit))})` : ''}`;
      out.push([
        ...lead(block, {
          tt: '',
          name,
          max: '',
          self: right(signedScore(kind, { line: kind }, side.points), true),
          appraised: signedScore(kind, { line: kind, appraised: true }, side.appraised),
          bold: true,
        }),
        ...trail('side'),
      ]);
      if (!items) continue;
      all.forEach((a, j) => {
        if (a.kind !== kind) return;
        const it = adjustments.items[j];
        const name = `${cleanLine(a.name)}${a.max != null ? ` (${w.upTo(n(a.max))})` : ''}`;
        out.push([
          ...lead(block, {
            tt: cleanLine(a.tt),
            name,
            max: '',
            self: right(signedScore(kind, { item: j }, it.points)),
            appraised: signedScore(kind, { item: j, appraised: true }, it.appraised),
          }),
          ...trail('item', cleanText(a.note)),
        ]);
      });
    }
  }
  out.push([
    ...lead(block, {
      tt: '',
      name: wording.total,
      max: n(t.max),
      self: right(selfScore(mark, { line: 'total' }, all.length ? result.total : t.score), true),
      appraised: appraisedScore(mark, { line: 'total' }, all.length ? ap.total : t.appraised),
      diff: all.length && result.total != null && ap.total != null ? signed(ap.total - result.total) : signed(t.diff),
      bold: true,
    }),
    ...trail('total'),
  ]);
  if (result.converted)
    out.push([
      ...lead(block, {
        tt: '',
        name: w.scale100,
        max: '100',
        self: right(selfScore(mark, { line: 'scale' }, result.scale100), true),
        appraised: appraisedScore(mark, { line: 'scale' }, ap.scale100),
        diff: result.scale100 != null && ap.scale100 != null ? signed(Math.round((ap.scale100 - result.scale100) * 100) / 100) : '',
        bold: true,
      }),
      ...trail('scale'),
    ]);
  return out;
}

/** The self score of a row as printed: "ĐTXHH" for a survey leaf, "Không áp dụng" for a leaf that does not apply. */
const selfCell = (r: ScoreRow, t: RowTotals, mark: MarkScore, bold = false) =>
  noneApplies(r, t)
    ? center(w.notApplicable, bold)
    : t.leaf && r.survey
      ? center(w.survey, bold)
      : right(selfScore(mark, { row: t.index }, t.score, rowContext(r, n(t.max))), bold);

const share = (t: Pick<Sums, 'share'>, bold = false) => right(t.share == null ? '' : formatPercent(t.share), bold);

export function summaryTable(block: Scores, table: ScoreTable, totals: ScoreTotals, mark: MarkScore = noMark): DocBlock {
  const columns: Column[] = [
    { label: wording.rowNumber, align: 'center', width: 7 },
    { label: w.area, align: 'left', width: block.appraisal ? 33 : 49 },
    { label: w.max, align: 'right', width: block.appraisal ? 11 : 12 },
    { label: w.self, align: 'right', width: block.appraisal ? 13 : 14 },
    ...(block.appraisal
      ? [
          { label: w.appraised, align: 'right' as const, width: 12 },
          { label: w.diff, align: 'right' as const, width: 12 },
        ]
      : []),
    { label: w.share, align: 'right', width: 13 },
  ];
  const body = totals.roots.map((i) => {
    const t = totals.rows[i];
    const r = table.rows[i];
    const none = noneApplies(r, t);
    const self = none
      ? center(w.notApplicable)
      : t.scorable === 0 && t.surveyMax > 0
        ? center(w.survey)
        : right(selfScore(mark, { row: i }, t.score, rowContext(r, n(t.max))));
    const l = lead(block, {
      tt: cleanLine(r.tt),
      name: cleanLine(r.name),
      max: none ? '' : n(t.max),
      self,
      appraised: appraisedScore(mark, { row: i }, t.appraised, appraisedContext(r, t)),
      diff: signed(t.diff),
    });
    return [...l, share(t)];
  });
  const adjusted = adjustmentsOf(table).length > 0;
  body.push(
    ...closingRows(
      block,
      table,
      totals,
      w.criteriaSubtotal,
      (what) => [what === 'subtotal' || (what === 'total' && !adjusted) ? share(totals.total, true) : right('')],
      false,
      mark,
    ),
  );
  return { type: 'table', columns, rows: body };
}

export function fullTable(block: Scores, table: ScoreTable, totals: ScoreTotals, mark: MarkScore = noMark): DocBlock {
  const appraisal = block.appraisal;
  const columns: Column[] = [
    { label: wording.rowNumber, align: 'center', width: 6 },
    { label: w.criterion, align: 'left', width: appraisal ? 23 : 30 },
    { label: w.max, align: 'right', width: 8 },
    { label: w.self, align: 'right', width: 9 },
    ...(appraisal
      ? [
          { label: w.appraised, align: 'right' as const, width: 8 },
          { label: w.diff, align: 'right' as const, width: 8 },
        ]
      : []),
    { label: w.evidence, align: 'left', width: appraisal ? 22 : 26 },
    { label: w.note, align: 'left', width: appraisal ? 16 : 21 },
  ];
  const body = table.rows.map((r, i) => {
    const t = totals.rows[i];
    const bold = r.level === 1;
    const na = noneApplies(r, t);
    const evidence = t.leaf && !na ? filledEvidence(r.evidence).map((d) => documentCitation(d)) : [];
    const survey = t.leaf && r.survey;
    return [
      ...lead(block, {
        tt: cleanLine(r.tt),
        name: cleanLine(r.name),
        max: na ? '' : n(t.max),
        self: selfCell(r, t, mark, bold),
        appraised: survey || na ? '' : appraisedScore(mark, { row: i }, t.appraised, appraisedContext(r, t)),
        diff: signed(t.diff),
        bold,
      }),
      left(evidence.join('; ')),
      left(t.leaf ? cleanText(r.note) : ''),
    ];
  });
  body.push(
    ...closingRows(
      block,
      table,
      totals,
      w.criteriaSubtotal,
      (what, note) => [left(''), left(what === 'item' ? (note ?? '') : '')],
      true,
      mark,
    ),
  );
  return { type: 'table', columns, rows: body };
}

/** A criterion's points as the explanations print them: "tự đánh giá 0,5/1 điểm". */
export const selfScoredText = (r: ScoreRow) => w.selfScored(n(scoreOf(r.score)), n(r.max));
