import { z } from 'zod';
import { contentYear, slug, viText } from './common.ts';

/** The figures of an indicators block (fields, rules), the columns of a table block, and named figure sets. */

/** A figure derived from others: a sum, or a percentage ratio. */
export const computeSchema = z.union([
  z.object({ sum: z.array(slug).min(1) }),
  z.object({ ratio: z.object({ numerator: z.array(slug).min(1), denominator: z.array(slug).min(1) }) }),
]);

/**
 * A target a figure is compared with ("Đạt/Không đạt" in the builder). `source` is the catalogue entry that sets
 * it; the build accepts only a source in force, and `text` must name the year the target is for, so a report never
 * compares this year's figure with a past year's target or an unsourced one.
 */
export const targetSchema = z
  .object({
    op: z.enum(['>=', '<=']),
    value: z.number(),
    source: slug,
    year: contentYear,
    text: viText,
  })
  .refine((t) => t.text.includes(`năm ${t.year}`), {
    path: ['text'],
    message: 'chỉ tiêu phải ghi năm áp dụng trong text, ví dụ "(chỉ tiêu năm 2026)"',
  });

export const fieldSchema = z.object({
  id: slug,
  label: viText,
  unit: z.string().default(''),
  compute: computeSchema.optional(),
  target: targetSchema.optional(),
  hint: viText.optional(),
  /**
   * How the figure reads in the report. {value} is the formatted figure with its unit,
   * e.g. "đã tiếp nhận {value}" → "đã tiếp nhận 4.133 hồ sơ". Default: "<label>: {value}".
   */
  phrase: viText.optional(),
  /** count (default for typed figures: whole, not negative, "05" below 10 as the template writes counts), number, percent (default for ratios). */
  type: z.enum(['count', 'number', 'percent']).optional(),
  /**
   * Left empty, the figure counts as 0 in sums, ratios and rules (and is not printed) — for a breakdown
   * many reports do not make, e.g. "trước hạn" merged into "đúng hạn" (seed 000).
   */
  emptyIsZero: z.boolean().default(false),
  /**
   * 2 = printed as a "+ " sub-item under the previous figure in list display; 3 = a part of the level-2 figure above,
   * printed inside its item ("+ Mới tiếp nhận 120 hồ sơ (trực tuyến 80 hồ sơ; trực tiếp 40 hồ sơ);").
   */
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  /** How the figure reads when it is 0, instead of "{value}" with 0: "không có hồ sơ quá hạn". */
  zero: viText.optional(),
  /** A short name for formulas ("Đã giải quyết + Đang giải quyết quá hạn") and the import screen; default: the label. */
  short: viText.optional(),
  /**
   * The spreadsheet column this figure is read from ("Nhập số liệu từ bảng tính"): the phrases its header path must
   * contain, step by step (src/lib/import/recognize.ts, ColumnTarget). A block with such fields gets the import action.
   */
  import: z
    .object({
      match: z.array(z.array(z.string().min(1)).min(1)).min(1),
      exclude: z.array(z.string().min(1)).optional(),
      /** Most sheets lack this column; its absence is not reported. */
      optional: z.boolean().default(false),
    })
    .optional(),
  /** Offered for comparison with the same period of last year and the previous period ("tăng 120 hồ sơ (2,99%)"). */
  compare: z.boolean().optional(),
  /**
   * Filled by "Tạo từ kỳ trước" with the sum of these figures of the period it was made from (files carried over = the
   * files still pending: trong hạn + quá hạn), and marked with where it came from.
   */
  carry: z.array(slug).min(1).optional(),
  /**
   * For a rate: which way is better ("higher" for files settled on time, "lower" for overdue files). A roll-up of many
   * units' reports (src/lib/rollup/) ranks the units by such rates and lets the user set a local target for them.
   */
  better: z.enum(['higher', 'lower']).optional(),
});

/** "total must equal the sum of parts", checked only when every figure involved is filled in. */
export const ruleSchema = z.object({
  total: slug,
  parts: z.array(slug).min(1),
  /** How the sum of the parts is named in the message, e.g. "đã giải quyết và đang giải quyết". */
  partsLabel: viText.optional(),
  /** Replaces the whole message; placeholders {total}, {sum}, {diff}, {unit}. */
  message: viText.optional(),
  /** "error" (default) or "warning" for a mismatch with an everyday cause (a returned file not entered). */
  severity: z.enum(['error', 'warning']).default('error'),
  /** The likely cause, added to the message, when the total is higher or lower than its parts. */
  cause: z.object({ higher: viText.optional(), lower: viText.optional() }).optional(),
});

const columnIds = z.union([slug, z.array(slug).min(1)]);

export const columnSchema = z.object({
  id: slug,
  label: viText,
  /** count: whole, not negative (people, files); number: any figure not below 0 (targets, amounts); percent-of: computed. */
  type: z.enum(['text', 'count', 'number', 'percent-of']),
  /** For percent-of: [value column, target column]; either may list several columns, which are added up. */
  of: z.tuple([columnIds, columnIds]).optional(),
  unit: z.string().default(''),
  /** Relative width of the column in the printed table (e.g. 40 for a long description, 12 for a date); equal by default. */
  width: z.number().positive().optional(),
  /**
   * Filled by a roll-up of many units' reports of this kind (src/lib/rollup/), one row per unit: "don-vi" is the unit's
   * name, "<block key>.<field id>" that figure of the unit's report ("ket-qua/cai-cach-tthc:giai-quyet.tong-nhan").
   */
  rollup: z.string().min(1).optional(),
  /**
   * A heading over this column and the next ones of the same group, printed as a second header row above them (Biểu 06:
   * "Số hồ sơ nhận giải quyết" over Tổng số, Trực tuyến, Trực tiếp, Từ kỳ trước).
   */
  group: viText.optional(),
});

/**
 * A named figure set: figures that several report kinds print the same way, written once (the engine's sets are in
 * src/lib/report/blocks/indicators/field-sets/). A template's indicators block takes one with `fieldSet: <id>`.
 */
export type FieldSet = {
  /** What the set holds, for the guides ("Số hồ sơ thủ tục hành chính theo Biểu số 06/VPCP/KSTT"). */
  label: string;
  fields: z.input<typeof fieldSchema>[];
  rules: z.input<typeof ruleSchema>[];
};

const parsedSets = new WeakMap<FieldSet, { fields: z.output<typeof fieldSchema>[]; rules: z.output<typeof ruleSchema>[] }>();

/** A figure set's fields and rules, parsed once with the schemas above (defaults filled in). */
export function parseFieldSet(set: FieldSet) {
  let parsed = parsedSets.get(set);
  if (!parsed) {
    parsed = { fields: z.array(fieldSchema).parse(set.fields), rules: z.array(ruleSchema).parse(set.rules) };
    parsedSets.set(set, parsed);
  }
  return parsed;
}
