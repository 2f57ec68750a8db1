import type { ScoreRow } from '../../../../schemas/draft.ts';
import type { DocBlock, TableCell } from '../../../document/model.ts';
import type { BlockOf, RenderContext } from '../types.ts';
import { textBlock } from '../types.ts';
import { cleanLine } from '../../../format/text.ts';
import { asScoreTable, scoreOf } from './value.ts';
import { differs, explained, notApplicable, scoreTotals, type ScoreTotals } from './tree.ts';
import { adjustmentsOf } from './adjust.ts';
import { cleanText, fullTable, n, selfScoredText, signed, summaryTable, type MarkScore } from './render-tables.ts';
import { scoreFigureId } from './printed.ts';
import { wording } from '../../../document/wording.ts';

type Scores = BlockOf<'scores'>;
type Column = Extract<DocBlock, { type: 'table' }>['columns'][number];
const w = wording.scores;

/** The block in print: the whole table, the summary per lĩnh vực, the explanations, or the differing appraised scores. */
export function renderScores(block: Scores, value: unknown, { intro, key, figures }: RenderContext): DocBlock[] {
  const table = asScoreTable(value);
  const totals = scoreTotals(table);
  const mark: MarkScore = (f, v, text, context) =>
    v == null || !figures?.markAt ? text : figures.markAt(`${key}.${scoreFigureId(f)}`, v, text, context);
  const out: DocBlock[] = intro ? [textBlock(intro)] : [];
  switch (block.print) {
    case 'summary':
      out.push(summaryTable(block, table, totals, mark));
      break;
    case 'explanations':
      out.push(...explanations(table.rows, totals));
      return out;
    case 'appraisal':
      out.push(appraisalTable(table.rows, totals));
      return out;
    default: {
      // The set is named by the decision that issued it; an imported sheet's file name is never printed.
      const citation = cleanLine(table.set?.citation ?? '').replace(/[.;]+$/, '');
      if (citation) out.push(textBlock(w.decisionLine(citation)));
      else if (table.set?.illustrative && cleanLine(table.set.name))
        out.push(textBlock(w.setLine(cleanLine(table.set.name).replace(/[.;]+$/, ''))));
      out.push(fullTable(block, table, totals, mark));
    }
  }
  out.push(...notes(table.rows, totals, adjustmentsOf(table).length > 0));
  return out;
}

/** Under a table: the criteria that do not apply, the survey's part, how the 100 scale is computed. */
function notes(rows: ScoreRow[], totals: ScoreTotals, adjusted: boolean): DocBlock[] {
  const out: DocBlock[] = [];
  const t = totals.total;
  if (t.naCount > 0) {
    const list = rows
      .map((r, i) => ({ r, t: totals.rows[i] }))
      .filter(({ r, t }) => notApplicable(r, t))
      .map(({ r }) => `${[cleanLine(r.tt), `“${cleanLine(r.name)}”`].filter(Boolean).join(' ')} (${n(r.max ?? 0)} điểm)`)
      .join(', ');
    out.push(textBlock(w.notApplicableNote(list, n(t.naMax), n(t.max))));
  }
  if (t.surveyMax > 0) out.push(textBlock(w.surveyNote(n(t.surveyMax), n(t.selfMax ?? 0))));
  if (totals.result.converted) out.push(textBlock(w.scale100Note(n(t.max), adjusted, t.surveyMax > 0)));
  return out;
}

/** The explanations of criteria scored without full evidence, and of those that do not apply, one paragraph each. */
function explanations(rows: ScoreRow[], totals: ScoreTotals): DocBlock[] {
  const shown = rows.map((r, i) => ({ r, t: totals.rows[i] })).filter(({ r, t }) => explained(r, t));
  return shown.map(({ r, t }, k) => {
    const head = [cleanLine(r.tt), cleanLine(r.name)].filter(Boolean).join(' ');
    const state = notApplicable(r, t)
      ? `${w.notApplicableState}, ${w.upTo(n(r.max ?? 0))}`
      : `${selfScoredText(r)}; ${t.evidence === 'none' ? w.noEvidence : w.partialEvidence}`;
    const note = cleanText(r.note).replace(/[.;]+$/, '');
    return {
      type: 'paragraph',
      runs: [{ text: '- ' }, { text: head, bold: true }, { text: ` (${state}): ${note}${k === shown.length - 1 ? '.' : ';'}` }],
    };
  });
}

/** The criteria whose appraised score differs from the self score (or on which the unit replies). */
function appraisalTable(rows: ScoreRow[], totals: ScoreTotals): DocBlock {
  const columns: Column[] = [
    { label: wording.rowNumber, align: 'center', width: 9 },
    { label: w.criterion, align: 'left', width: 25 },
    { label: w.max, align: 'right', width: 9 },
    { label: w.self, align: 'right', width: 10 },
    { label: w.appraised, align: 'right', width: 10 },
    { label: w.diff, align: 'right', width: 12 },
    { label: w.reply, align: 'left', width: 25 },
  ];
  const cell = (text: string, align: TableCell['align']): TableCell => ({ text, align });
  const body = rows.flatMap((r, i) => {
    const t = totals.rows[i];
    if (!differs(r, t)) return [];
    const reply = [cleanText(r.review ?? ''), r.reconsider ? w.reconsider : ''].filter(Boolean).join(' ');
    return [
      [
        cell(cleanLine(r.tt), 'center'),
        cell(cleanLine(r.name), 'left'),
        cell(n(r.max), 'right'),
        cell(n(scoreOf(r.score)), 'right'),
        cell(n(scoreOf(r.appraised)), 'right'),
        cell(signed(t.diff), 'right'),
        cell(reply, 'left'),
      ],
    ];
  });
  return { type: 'table', columns, rows: body };
}
