import { z } from 'zod';
import { slug, viText } from './common.ts';
import { writtenTypes } from '../lib/catalogue/document-types.ts';
import { fieldSets, fieldSetIds } from '../lib/report/blocks/indicators/field-sets/index.ts';

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
    year: z.number().int().min(2000).max(2100),
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

/** A figure set's fields and rules, parsed once with the schemas above (defaults filled in). */
export const resolvedFieldSet = (id: (typeof fieldSetIds)[number]) => parsedSet(id);
const parsedSets = new Map<string, { fields: z.output<typeof fieldSchema>[]; rules: z.output<typeof ruleSchema>[] }>();
function parsedSet(id: (typeof fieldSetIds)[number]) {
  let set = parsedSets.get(id);
  if (!set) {
    set = { fields: z.array(fieldSchema).parse(fieldSets[id].fields), rules: z.array(ruleSchema).parse(fieldSets[id].rules) };
    parsedSets.set(id, set);
  }
  return set;
}

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

/** The value key of a block of the template: "ket-qua/giai-quyet-tthc:so-lieu". */
const blockKeyRef = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)*:[a-z0-9]+(-[a-z0-9]+)*$/, 'khóa của một khối, ví dụ "ket-qua:so-lieu"');

const blockBase = { id: slug, label: viText, hint: viText.optional() };

export const blockSchema = z.discriminatedUnion('kind', [
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
      fieldSet: z.enum(fieldSetIds).optional(),
      fields: z.array(fieldSchema).default([]),
      rules: z.array(ruleSchema).default([]),
      /** list: one "- " line per figure; sentence: intro + phrases joined by commas; table: label/value table. */
      display: z.enum(['list', 'sentence', 'table']).default('list'),
    })
    .transform((b) => {
      if (!b.fieldSet) return b;
      const set = parsedSet(b.fieldSet);
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
     * Names the row with the most of these columns in the hint of another block (`at`): "Lĩnh vực có nhiều hồ sơ quá
     * hạn nhất: Đất đai (12 hồ sơ quá hạn)." for "Tồn tại, hạn chế".
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

export type SectionTemplate = {
  id: string;
  title: string;
  area?: string;
  hint?: string;
  repeat?: { label: string; itemTitle: string };
  blocks: z.output<typeof blockSchema>[];
  children: SectionTemplate[];
};

export const sectionSchema: z.ZodType<SectionTemplate, unknown> = z.lazy(() =>
  z.object({
    id: slug,
    title: viText,
    area: slug.optional(),
    hint: viText.optional(),
    /** A section written once per item (e.g. per inspected unit); itemTitle may use {ten}. */
    repeat: z.object({ label: viText, itemTitle: viText }).optional(),
    blocks: z.array(blockSchema).default([]),
    children: z.array(sectionSchema).default([]),
  }),
) as z.ZodType<SectionTemplate, unknown>;

/**
 * An appendix ("Phụ lục"), printed after the signature on pages of its own: a title and ordinary blocks (and, if
 * need be, sub-sections), with its values under "<appendix id>:<block id>" like a top-level section's. Empty, it is
 * left out. `landscape` is the orientation a new draft starts with; the user can turn it. `onRequest`: printed only
 * when the user adds it (a form attached to the report, a table the import filled), whatever it holds.
 */
export type AppendixTemplate = SectionTemplate & { landscape: boolean; onRequest?: boolean };

export const appendixSchema: z.ZodType<AppendixTemplate, unknown> = z.object({
  id: slug,
  title: viText,
  hint: viText.optional(),
  landscape: z.boolean().default(false),
  onRequest: z.boolean().default(false),
  blocks: z.array(blockSchema).default([]),
  children: z.array(sectionSchema).default([]),
}) as z.ZodType<AppendixTemplate, unknown>;

export const periodKinds = ['thang', 'quy', '6-thang', '9-thang', 'nam', 'khoang'] as const;

/** Who issues the document: a commune, ward or special zone; a provincial People's Committee; a provincial department. */
export const issuerLevels = ['xa', 'tinh', 'so'] as const;
export type IssuerLevel = (typeof issuerLevels)[number];
export const numberingStyles = ['roman', 'arabic', 'nested', 'alpha'] as const;

export const signatureSchema = z.object({
  /** Lines above the title, e.g. ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]. */
  authority: z.array(z.string()).default([]),
  title: z.string(),
  name: z.string().default(''),
});

/**
 * The decision that issues the document (Decree 30, Appendix III, Mẫu 1.3 "Quyết định quy định gián tiếp"):
 * printed first, with the document after it on a new page "(Ban hành kèm theo Quyết định số …)". Every text is a
 * default the user can change in the builder.
 */
export const decisionDefaultsSchema = z.object({
  /** A new draft starts issued by decision. */
  use: z.boolean().default(false),
  /** Trích yếu of the decision: "Ban hành Kế hoạch cải cách hành chính năm {nam}". */
  title: viText,
  /** Thẩm quyền ban hành, upper case ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"); empty: the issuing body on one line. */
  authority: z.string().default(''),
  /** Căn cứ, one a line, catalogue documents as [[id]]; "Theo đề nghị của …" last. */
  basis: z.string().default(''),
  /** The articles' text, Điều 1, 2, 3 …; the numbers are added when printed. */
  articles: z.array(viText).min(1),
  /** Nơi nhận of the decision ("Như Điều 3" …). */
  distribution: z.array(z.string()).default([]),
});

const defaultsShape = {
  parentBody: z.string().default(''),
  issuer: z.string(),
  issuerAbbr: z.string(),
  place: z.string().default(''),
  recipients: z.array(z.string()).default([]),
  basis: z.string().default(''),
  closing: z.string().default(''),
  signature: signatureSchema,
  distribution: z.array(z.string()).default([]),
  /** Offered only when present: the document may be issued by a decision. */
  decision: decisionDefaultsSchema.optional(),
};

/** What another issuer level changes in the defaults (only what differs; the decision's texts one by one). */
export const levelDefaultsSchema = z.object({
  parentBody: z.string().optional(),
  issuer: z.string().optional(),
  issuerAbbr: z.string().optional(),
  recipients: z.array(z.string()).optional(),
  basis: z.string().optional(),
  closing: z.string().optional(),
  signature: z.object({ authority: z.array(z.string()), title: z.string(), name: z.string().default('') }).optional(),
  distribution: z.array(z.string()).optional(),
  decision: z
    .object({
      use: z.boolean(),
      title: viText,
      authority: z.string(),
      basis: z.string(),
      articles: z.array(viText).min(1),
      distribution: z.array(z.string()),
    })
    .partial()
    .optional(),
});

export const templateSchema = z.object({
  name: viText,
  description: viText,
  order: z.number().int(),
  /** Slug of the how-to guide under /huong-dan/. */
  guide: slug,
  /** The real document the example reproduces. */
  seed: z.string().optional(),
  docType: z.enum(writtenTypes),
  /** Short code for file names, e.g. "BC-CCHC". */
  fileCode: z.string().regex(/^[A-Z0-9-]+$/),
  /**
   * Placeholders: {ky} (period with its year: "9 tháng đầu năm 2022", "tháng 11 năm 2024"),
   * {ky_ngan} (period without year: "9 tháng đầu năm"), {nam} (year), {don_vi} (issuing body, sentence case); in
   * texts printed in the body, also {chot_so_lieu} (data cut-off: "từ ngày 15/10/2024 đến ngày 14/11/2024").
   */
  titlePattern: viText,
  periods: z.array(z.enum(periodKinds)).min(1),
  numbering: z.array(z.enum(numberingStyles)).min(1).default(['roman', 'arabic', 'alpha']),
  /** The issuer level `defaults` are written for. */
  level: z.enum(issuerLevels).default('xa'),
  defaults: z.object(defaultsShape),
  /** Other issuer levels the kind serves, with what their defaults change; the builder offers the choice when there are any. */
  levels: z.partialRecord(z.enum(issuerLevels), levelDefaultsSchema).default({}),
  sections: z.array(sectionSchema).min(1),
  /** Appendices after the signature, "Phụ lục I", "Phụ lục II" … (just "Phụ lục" when only one is printed). */
  appendices: z.array(appendixSchema).default([]),
  /**
   * How the document writes figures, one rule for every count of its text, tables and preview (src/lib/format/figure.ts):
   * counts 1 to 9 with a leading zero ("05 hồ sơ", "PAKN: 04"; zero is "0") or without; "97,82%" or "97,82 %". The
   * default keeps the seeds' way.
   */
  figures: z
    .object({ leadingZero: z.enum(['always', 'never']).default('always'), percentSpace: z.boolean().default(false) })
    .default({ leadingZero: 'always', percentSpace: false }),
  /** A section with nothing filled in: "note" keeps its heading with "Không có nội dung." (default); "omit" drops it. */
  emptySections: z.enum(['note', 'omit']).default('note'),
});

export type ReportTemplateData = z.output<typeof templateSchema>;
export type ReportTemplate = ReportTemplateData & { id: string };
export type BlockTemplate = z.output<typeof blockSchema>;
export type FieldTemplate = z.output<typeof fieldSchema>;
export type TemplateDefaults = ReportTemplateData['defaults'];
export type DecisionDefaults = z.output<typeof decisionDefaultsSchema>;
export type LevelDefaults = z.output<typeof levelDefaultsSchema>;
