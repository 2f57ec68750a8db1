import type { BlockTemplate, FieldTemplate, ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import { blockKey, childKey } from '../report/index.ts';
import { fieldType } from '../format/figure.ts';
import { lowerFirst } from '../format/text.ts';

/**
 * What a roll-up collects from each unit's report, read from the kind's template: every figure of its indicators
 * blocks (typed, derived and computed), and the number of documents listed in each documents block. Blocks inside a
 * repeated section (one item per inspected unit…) are left out: their items differ from report to report.
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
};

export type FigureBlock = { key: string; block: Extract<BlockTemplate, { kind: 'indicators' | 'documents' }> };

/** The indicators and documents blocks outside repeated sections, in document order, with their value keys. */
export function rollupBlocks(template: Pick<ReportTemplate, 'sections'>): FigureBlock[] {
  const out: FigureBlock[] = [];
  const walk = (sections: SectionTemplate[], parent: string) => {
    for (const s of sections) {
      if (s.repeat) continue;
      const key = childKey(parent, s.id);
      for (const b of s.blocks) if (b.kind === 'indicators' || b.kind === 'documents') out.push({ key: blockKey(key, b.id), block: b });
      walk(s.children, key);
    }
  };
  walk(template.sections, '');
  return out;
}

export function rollupColumns(template: Pick<ReportTemplate, 'sections'>): FigureColumn[] {
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

/** Whether a template has anything to roll up. */
export const canRollUp = (template: Pick<ReportTemplate, 'sections'>) => rollupColumns(template).length > 0;

/** A table column's `rollup` naming the unit itself (its name) rather than one of its figures. */
export const UNIT_SOURCE = 'don-vi';
