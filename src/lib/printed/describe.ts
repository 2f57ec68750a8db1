/**
 * The printed check in words, one way for the roll-up's flags and the builder's import: "Tổng số hồ sơ nhận giải
 * quyết: in trong văn bản 395, bản nháp gốc 295".
 */
import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import { fieldType } from '../format/figure.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { asScoreTable, computedScore, figureBlocks, parseScoreFigure, scoreFigureLabel } from '../report/index.ts';
import type { FigureDifference } from './check.ts';

/** What a message says of a figure: its label, whether it is a rate, whether the template computes it. */
export type FigureInfo = { label: string; percent: boolean; computed: boolean };

/** Every figure of a template's fields a .docx's read-back names ("<block key>.<field id>"), with its label. */
function figureInfo(template: Pick<ReportTemplate, 'sections'>): Map<string, FigureInfo> {
  const out = new Map<string, FigureInfo>();
  for (const { key, block } of figureBlocks(template))
    if (block.kind === 'indicators')
      for (const f of block.fields)
        out.set(`${key}.${f.id}`, { label: f.label, percent: fieldType(f) === 'percent', computed: !!f.compute });
  return out;
}

/** A score the read-back names (blocks/scores/printed.ts), described from the draft's table; undefined for other keys. */
export function scoreInfo(draft: Pick<Draft, 'values'>, key: string): FigureInfo | undefined {
  const s = parseScoreFigure(key);
  if (!s) return undefined;
  const table = asScoreTable(draft.values[s.block]);
  return { label: scoreFigureLabel(table, s.figure), percent: false, computed: computedScore(table, s.figure) };
}

/** What a message says of any figure a .docx's read-back names: a template field's, or a score of the draft's table. */
export function describeFigures(template: Pick<ReportTemplate, 'sections'>, draft: Pick<Draft, 'values'>) {
  const fields = figureInfo(template);
  return (key: string): FigureInfo | undefined => fields.get(key) ?? scoreInfo(draft, key);
}

const value = (info: FigureInfo | undefined, x: number) => (info?.percent ? formatPercent(x) : formatNumber(x));

export const differenceText = (d: FigureDifference, info: FigureInfo | undefined) =>
  `${info?.label ?? d.figure}: in trong văn bản ${value(info, d.printed)}, bản nháp gốc ${value(info, d.draft)}`;
