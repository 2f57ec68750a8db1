import type { ScoreRow } from '../../../../schemas/draft.ts';
import type { DocBlock, TableCell } from '../../../document/model.ts';
import type { BlockOf, RenderContext } from '../types.ts';
import { textBlock } from '../types.ts';
import { cleanLine } from '../../../format/text.ts';
import { formatNumber, formatPercent } from '../../../format/number.ts';
import { documentCitation } from '../../../catalogue/citation.ts';
import { asScoreTable, differs, filledEvidence, needsExplanation, scoreOf, scoreTotals, type RowTotals, type ScoreTotals } from './tree.ts';
import { wording } from '../../../document/wording.ts';

type Scores = BlockOf<'scores'>;
type Column = Extract<DocBlock, { type: 'table' }>['columns'][number];
const w = wording.scores;

const n = (x: number | null | undefined) => (x == null ? '' : formatNumber(x, 2));
const signed = (x: number | null) => (x == null ? '' : x > 0 ? `+${n(x)}` : n(x));
const right = (text: string, bold = false): TableCell => ({ text, align: 'right', ...(bold ? { bold } : {}) });
const center = (text: string, bold = false): TableCell => ({ text, align: 'center', ...(bold ? { bold } : {}) });
const left = (text: string, bold = false): TableCell => ({ text, align: 'left', ...(bold ? { bold } : {}) });

/** The block in print: the whole table, the summary per lĩnh vực, the explanations, or the differing appraised scores. */
export function renderScores(block: Scores, value: unknown, { intro }: RenderContext): DocBlock[] {
  const table = asScoreTable(value);
  const totals = scoreTotals(table);
  const out: DocBlock[] = intro ? [textBlock(intro)] : [];
  switch (block.print) {
    case 'summary':
      out.push(summaryTable(block, table.rows, totals));
      break;
    case 'explanations':
      out.push(...explanations(table.rows, totals));
      return out;
    case 'appraisal':
      out.push(appraisalTable(table.rows, totals));
      return out;
    default: {
      const set = table.set && (cleanLine(table.set.citation) || cleanLine(table.set.name));
      if (set) out.push(textBlock(w.setLine(set.replace(/[.;]+$/, ''))));
      out.push(fullTable(block, table.rows, totals));
    }
  }
  if (totals.total.surveyMax > 0) out.push(textBlock(w.surveyNote(n(totals.total.surveyMax), n(totals.total.selfMax ?? 0))));
  return out;
}

/** The self score of a row as printed: "ĐTXHH" for a survey leaf. */
const selfCell = (r: ScoreRow, t: RowTotals, bold = false) => (t.leaf && r.survey ? center(w.survey, bold) : right(n(t.score), bold));

function summaryTable(block: Scores, rows: ScoreRow[], totals: ScoreTotals): DocBlock {
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
  const line = (tt: string, name: string, t: Omit<RowTotals, 'index' | 'parent' | 'evidence' | 'leaf'>, self: TableCell, bold: boolean) => [
    center(tt, bold),
    left(name, bold),
    right(n(t.max), bold),
    self,
    ...(block.appraisal ? [right(n(t.appraised), bold), right(signed(t.diff), bold)] : []),
    right(t.share == null ? '' : formatPercent(t.share), bold),
  ];
  const body = totals.roots.map((i) => {
    const t = totals.rows[i];
    const r = rows[i];
    const survey = t.scorable === 0 && t.surveyMax > 0;
    return line(cleanLine(r.tt), cleanLine(r.name), t, survey ? center(w.survey) : right(n(t.score)), false);
  });
  body.push(line('', wording.total, totals.total, right(n(totals.total.score), true), true));
  return { type: 'table', columns, rows: body };
}

function fullTable(block: Scores, rows: ScoreRow[], totals: ScoreTotals): DocBlock {
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
  const body = rows.map((r, i) => {
    const t = totals.rows[i];
    const bold = r.level === 1;
    const evidence = t.leaf ? filledEvidence(r.evidence).map((d) => documentCitation(d)) : [];
    return [
      center(cleanLine(r.tt), bold),
      left(cleanLine(r.name), bold),
      right(n(t.max), bold),
      selfCell(r, t, bold),
      ...(appraisal ? [right(t.leaf && r.survey ? '' : n(t.appraised), bold), right(signed(t.diff), bold)] : []),
      left(evidence.join('; ')),
      left(t.leaf ? cleanText(r.note) : ''),
    ];
  });
  const t = totals.total;
  body.push([
    center('', true),
    left(wording.total, true),
    right(n(t.max), true),
    right(n(t.score), true),
    ...(appraisal ? [right(n(t.appraised), true), right(signed(t.diff), true)] : []),
    left(''),
    left(''),
  ]);
  return { type: 'table', columns, rows: body };
}

/** The explanations of criteria scored without full evidence, one paragraph each ("- 1.2.1. … (…): …"). */
function explanations(rows: ScoreRow[], totals: ScoreTotals): DocBlock[] {
  const shown = rows.map((r, i) => ({ r, t: totals.rows[i] })).filter(({ r, t }) => needsExplanation(r, t) && cleanLine(r.note));
  return shown.map(({ r, t }, k) => {
    const head = [cleanLine(r.tt), cleanLine(r.name)].filter(Boolean).join(' ');
    const state = t.evidence === 'none' ? w.noEvidence : w.partialEvidence;
    const note = cleanText(r.note).replace(/[.;]+$/, '');
    return {
      type: 'paragraph',
      runs: [
        { text: '- ' },
        { text: head, bold: true },
        { text: ` (${w.selfScored(n(scoreOf(r.score)), n(r.max))}; ${state}): ${note}${k === shown.length - 1 ? '.' : ';'}` },
      ],
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
  const body = rows.flatMap((r, i) => {
    const t = totals.rows[i];
    if (!differs(r, t)) return [];
    const reply = [cleanText(r.review ?? ''), r.reconsider ? w.reconsider : ''].filter(Boolean).join(' ');
    return [
      [
        center(cleanLine(r.tt)),
        left(cleanLine(r.name)),
        right(n(r.max)),
        right(n(scoreOf(r.score))),
        right(n(scoreOf(r.appraised))),
        right(signed(t.diff)),
        left(reply),
      ],
    ];
  });
  return { type: 'table', columns, rows: body };
}

/** Text typed over several lines, as one cell or one paragraph. */
const cleanText = (s: string) =>
  s
    .split('\n')
    .map((l) => cleanLine(l))
    .filter(Boolean)
    .join(' ');
