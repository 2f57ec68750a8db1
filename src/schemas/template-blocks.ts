import { z } from 'zod';
import { slug, viText } from './common.ts';
import { columnSchema, fieldSchema, parseFieldSet, ruleSchema, type FieldSet } from './template-fields.ts';

const blockBase = { id: slug, label: viText, hint: viText.optional() };

/** The value key of a block of the template: "ket-qua/giai-quyet-tthc:so-lieu". */
const blockKeyRef = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*:[a-z0-9]+(-[a-z0-9]+)*$/, 'khóa của một khối, ví dụ "ket-qua:so-lieu"');

/**
 * The block kinds a template's sections hold. `fieldSets` are the named figure sets an indicators block may take
 * (`fieldSet: <id>`); they are passed in, as they are the engine's data (src/data/template-schema.ts joins the two).
 */
export function blockSchemaWith(fieldSets: Record<string, FieldSet>) {
  const ids = Object.keys(fieldSets) as [string, ...string[]];
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('prose'), ...blockBase, placeholder: z.string().optional() }),
    z.object({ kind: z.literal('documents'), ...blockBase, intro: viText.optional() }),
    z
      .object({
        kind: z.literal('indicators'),
        ...blockBase,
        intro: viText.optional(),
        /**
         * A named figure set written once (src/lib/report/blocks/indicators/field-sets/, e.g. "bieu-06": the TTHC file figures of Biểu số
         * 06/VPCP/KSTT): its fields and rules come first, then the block's own `fields` and `rules`.
         */
        fieldSet: z.enum(ids).optional(),
        fields: z.array(fieldSchema).default([]),
        rules: z.array(ruleSchema).default([]),
        /** list: one "- " line per figure; sentence: intro + phrases joined by commas; table: label/value table. */
        display: z.enum(['list', 'sentence', 'table']).default('list'),
      })
      .transform((b) => {
        if (!b.fieldSet) return b;
        const set = parseFieldSet(fieldSets[b.fieldSet]);
        return { ...b, fields: [...set.fields, ...b.fields], rules: [...set.rules, ...b.rules] };
      })
      .refine((b) => b.fields.length > 0, { path: ['fields'], message: 'cần ít nhất một số liệu (fields) hoặc một bộ số liệu (fieldSet)' })
      .refine((b) => new Set(b.fields.map((f) => f.id)).size === b.fields.length, {
        path: ['fields'],
        message: 'hai số liệu trùng id (kể cả các số liệu của fieldSet)',
      }),
    z.object({
      kind: z.literal('table'),
      ...blockBase,
      intro: viText.optional(),
      columns: z.array(columnSchema).min(1),
      /** Adds a first column "TT" numbering the rows 1, 2, 3 … as plans and programme tables usually have. */
      numbered: z.boolean().default(false),
      /** Adds a last row "Tổng cộng": each number column's sum, and percent-of columns computed from those sums. */
      total: z.boolean().default(false),
      /**
       * The key of an indicators block whose figures this table breaks down, one row per lĩnh vực (or unit): its count
       * columns are that block's fields (same ids), its "Tổng cộng" row must equal the block's figures (checked), importing
       * the block's spreadsheet fills its rows, and with no row typed it prints the block's figures as its only row.
       */
      figuresOf: blockKeyRef.optional(),
      /**
       * Names the row with the most of these columns in the hint of another block (`at`): "Nhiều hồ sơ quá hạn nhất:
       * lĩnh vực Đất đai (12 hồ sơ)." for "Tồn tại, hạn chế".
       */
      most: z.object({ columns: z.array(slug).min(1), what: viText, at: blockKeyRef }).optional(),
    }),
    z.object({
      kind: z.literal('scores'),
      ...blockBase,
      intro: viText.optional(),
      /**
       * What the block prints: the whole score table ("table"), one row per lĩnh vực with totals and shares ("summary"),
       * the explanations of criteria scored without full evidence ("explanations"), or the criteria whose appraised
       * score differs from the self score, with the unit's reply ("appraisal").
       */
      print: z.enum(['table', 'summary', 'explanations', 'appraisal']).default('table'),
      /**
       * Prints the score table of another scores block of the template (its key, "ket-qua:bang-diem"), which is where
       * it is edited: one table, shown as a summary in the body and in full in the appendix.
       */
      from: blockKeyRef.optional(),
      /** Offers and prints the appraised score (điểm thẩm định). */
      appraisal: z.boolean().default(false),
      /** Offers, per criterion whose appraised score differs, the unit's explanation and "đề nghị xem xét lại". */
      review: z.boolean().default(false),
    }),
    z.object({
      kind: z.literal('assessment'),
      ...blockBase,
      labels: z
        .object({ good: viText, limits: viText, proposals: viText })
        .default({ good: 'Mặt được', limits: 'Hạn chế', proposals: 'Đề nghị' }),
    }),
  ]);
}
