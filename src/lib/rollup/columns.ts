import type { FieldTemplate, ReportTemplate } from '../../schemas/template.ts';
import { figureBlocks, scoreBlocks, type FigureBlock } from '../report/index.ts';
import { fieldType } from '../format/figure.ts';
import { lowerFirst } from '../format/text.ts';

/**
 * What a roll-up collects from each unit's report, read from the kind's template: every figure of its indicators
 * blocks (typed, derived and computed), the number of documents listed in each documents block, and each score table's
 * result (the unit's total self score, its appraised total where the table has appraisal, and the maximum it is scored
 * on, as the engine's score totals give them). Blocks inside a repeated section (one item per inspected unit…) are left
 * out: their items differ from report to report.
 */
export type FigureColumn = {
  /** "<block key>.<field id>" (as the engine names a figure), or "<block key>" for the count of a documents block. */
  key: string;
  blockKey: string;
  /** The field; undefined for a documents block's count. */
  field?: FieldTemplate;
  /** The block's label: the group the column belongs to ("Kết quả giải quyết hồ sơ thủ tục hành chính"). */
  group: string;
  label: string;
  /** A short name for narrow places (the ranking's select, the flags). */
  short: string;
  unit: string;
  type: 'count' | 'number' | 'percent';
  /** Computed from other figures (sums, rates): recomputed from the totals, never added up. */
  computed: boolean;
  /** Typed counts and numbers are added up over the units; percentages typed by hand are not. */
  summable: boolean;
  /** Empty counts as 0 beside other figures of the block (the engine's rule for this field). */
  emptyIsZero: boolean;
  better?: 'higher' | 'lower';
  /** For a score table's column: which of its results (ScoreResult.total of the self or appraised scores, or max). */
  score?: ScorePart;
};

export type ScorePart = 'total' | 'appraised' | 'max';

export type { FigureBlock };

/** The indicators and documents blocks outside repeated sections, in document order, with their value keys. */
export const rollupBlocks = (template: Pick<ReportTemplate, 'sections'>): FigureBlock[] => figureBlocks(template);

/** The score tables' columns: each unit's own result, never added up (a sum of units' scores means nothing). */
function scoreColumns(template: Pick<ReportTemplate, 'sections'>): FigureColumn[] {
  return scoreBlocks(template).flatMap(({ key, block }) => {
    const parts: [ScorePart, string][] = [
      ['total', 'Tổng điểm tự đánh giá'],
      ...(block.appraisal ? ([['appraised', 'Tổng điểm thẩm định']] as [ScorePart, string][]) : []),
      ['max', 'Điểm tối đa được chấm'],
    ];
    return parts.map(([score, label]): FigureColumn => ({
      key: `${key}.${score}`,
      blockKey: key,
      group: block.label,
      label,
      short: label,
      unit: 'điểm',
      type: 'number',
      computed: true,
      summable: false,
      emptyIsZero: false,
      score,
    }));
  });
}

export function rollupColumns(template: Pick<ReportTemplate, 'sections'>): FigureColumn[] {
  return [...figureColumns(template), ...scoreColumns(template)];
}

function figureColumns(template: Pick<ReportTemplate, 'sections'>): FigureColumn[] {
  return rollupBlocks(template).flatMap(({ key, block }): FigureColumn[] => {
    if (block.kind === 'documents')
      return [
        {
          key,
          blockKey: key,
          group: block.label,
          label: `Số ${lowerFirst(block.label)}`,
          short: `Số ${lowerFirst(block.label)}`,
          unit: 'văn bản',
          type: 'count',
          computed: false,
          summable: true,
          emptyIsZero: true,
        },
      ];
    return block.fields.map((f) => {
      const type = fieldType(f);
      return {
        key: `${key}.${f.id}`,
        blockKey: key,
        field: f,
        group: block.label,
        label: f.label,
        short: f.short ?? f.label,
        unit: type === 'percent' ? '%' : f.unit,
        type,
        computed: !!f.compute,
        summable: !f.compute && type !== 'percent',
        emptyIsZero: f.emptyIsZero,
        ...(f.better ? { better: f.better } : {}),
      };
    });
  });
}

/** A column the roll-up totals (a score table's results are each unit's own: never added up, never a total). */
export const hasTotal = (c: Pick<FigureColumn, 'score'>) => !c.score;

/** Whether the roll-up's totals make a summary report of the kind (some figure adds up over the units). */
export const canSummarise = (columns: readonly Pick<FigureColumn, 'summable'>[]) => columns.some((c) => c.summable);

/** Whether a template has anything to roll up. */
export const canRollUp = (template: Pick<ReportTemplate, 'sections'>) => rollupColumns(template).length > 0;

/** A table column's `rollup` naming the unit itself (its name) rather than one of its figures. */
export const UNIT_SOURCE = 'don-vi';
