import { z } from 'zod';
import { periodKinds } from './template-defaults.ts';
import { PERIOD_YEARS } from './period-years.ts';

/**
 * A province's request for a report (yêu cầu báo cáo): what a Sở Nội vụ, a Văn phòng UBND tỉnh or a UBND xã collecting
 * from its units asks every unit to send. It travels in a link's fragment (src/lib/request/link.ts) and as a .json file;
 * a unit's builder opens it as a new draft already set, and the roll-up checks the reports against it.
 */
export const REQUEST_FORMAT = 'cam-nang-cchc/request';
export const REQUEST_VERSION = 1;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày cần dạng NNNN-TT-NN');
const text = (max: number) => z.string().trim().max(max);

/** The document that asks for the report: "Công văn số 123/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh … về việc …". */
export const askingDocumentSchema = z.object({
  /** Số, ký hiệu: "123/SNV-CCHC". */
  number: text(60).min(1),
  date: isoDay,
  /** Cơ quan ban hành as a sentence names it: "Sở Nội vụ tỉnh Lâm Đồng". */
  issuer: text(200).min(1),
  /** Trích yếu, with or without "V/v": "báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026". */
  subject: text(400).min(1),
});

/**
 * A target the request sets for one figure ("<block key>.<field id>", as the engine names it): the year it is for, and
 * the document that sets it, or `own` when the province sets it itself (in the asking document).
 */
export const requestTargetSchema = z
  .object({
    field: z.string().min(1).max(200),
    op: z.enum(['>=', '<=']),
    value: z.number().finite(),
    year: z.number().int().min(PERIOD_YEARS.min).max(PERIOD_YEARS.max),
    /** "Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng"; "" when `own`. */
    source: text(300).default(''),
    own: z.boolean().default(false),
  })
  .refine((t) => t.own || t.source.length > 0, { path: ['source'], message: 'chỉ tiêu cần văn bản giao hoặc ghi là chỉ tiêu của tỉnh' });

/** One criterion of a criteria set sent with the request (a score table's row without scores). */
export const requestCriterionSchema = z.object({
  tt: text(20).default(''),
  name: text(1000).min(1),
  level: z.number().int().min(1).max(6),
  max: z.number().nonnegative().finite().nullable().default(null),
  step: z.number().positive().finite().optional(),
  survey: z.boolean().optional(),
  method: text(2000).optional(),
  /** When the criterion applies, where the set says it may not apply to every unit. */
  condition: text(2000).optional(),
});

/** Điểm thưởng or điểm trừ of an embedded set, outside its criteria tree. */
export const requestAdjustmentSchema = z.object({
  kind: z.enum(['bonus', 'penalty']),
  tt: text(20).default(''),
  name: text(1000).min(1),
  max: z.number().nonnegative().finite().nullable().default(null),
});

/** For a self-assessment: one of the site's criteria sets, by id, or a set the province imported, embedded whole. */
export const requestCriteriaSchema = z.union([
  z.object({ id: z.string().min(1).max(100) }),
  z.object({
    name: text(300).min(1),
    illustrative: z.boolean().default(false),
    /** "Quyết định số … ngày … của …"; "" when not known. */
    citation: text(300).default(''),
    rows: z.array(requestCriterionSchema).min(1).max(2000),
    adjustments: z.array(requestAdjustmentSchema).max(200).optional(),
    limits: z
      .object({ bonus: z.number().nonnegative().finite().optional(), penalty: z.number().nonnegative().finite().optional() })
      .optional(),
  }),
]);

export const requestSchema = z.object({
  format: z.literal(REQUEST_FORMAT),
  version: z.literal(REQUEST_VERSION),
  /** The report kind (a template id). */
  kind: z.string().min(1).max(100),
  period: z.object({
    kind: z.enum(periodKinds),
    year: z.number().int().min(PERIOD_YEARS.min).max(PERIOD_YEARS.max),
    index: z.number().int().min(1).max(12).optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
  }),
  /** The province's own data cut-off; absent: the decree's dates. */
  cutoff: z.object({ from: isoDay, to: isoDay }).optional(),
  /** The day reports are due ("YYYY-MM-DD"). */
  deadline: isoDay,
  document: askingDocumentSchema,
  /** Kính gửi of the units' reports: the province's office that receives them. */
  recipients: z.array(text(300).min(1)).max(20).default([]),
  targets: z.array(requestTargetSchema).max(200).default([]),
  /** The units asked to report, as their reports name them ("Xã An Bình"). */
  units: z.array(text(200).min(1)).max(2000).default([]),
  criteria: requestCriteriaSchema.optional(),
});

export type ReportRequest = z.output<typeof requestSchema>;
export type RequestInput = z.input<typeof requestSchema>;
export type AskingDocument = z.output<typeof askingDocumentSchema>;
export type RequestTarget = z.output<typeof requestTargetSchema>;
export type RequestCriteria = z.output<typeof requestCriteriaSchema>;
export type RequestCriterion = z.output<typeof requestCriterionSchema>;
/** A criteria set the province imported, embedded whole in its request. */
export type EmbeddedCriteria = Exclude<RequestCriteria, { id: string }>;

/** What a draft keeps of the request it answers: its identity, the asking document, the deadline and the targets. */
export const requestRefSchema = z.object({
  id: z.string().min(1),
  document: askingDocumentSchema,
  deadline: z.string().default(''),
  targets: z.array(requestTargetSchema).default([]),
  /** How the report cites the asking document ("Công văn số … ngày … của … về việc …"), written when the draft is made. */
  citation: z.string().max(1000).default(''),
});
export type RequestRef = z.output<typeof requestRefSchema>;
