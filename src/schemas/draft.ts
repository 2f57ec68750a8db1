import { z } from 'zod';
import { issuerLevels, periodKinds } from './template.ts';
import { PERIOD_YEARS } from './period-years.ts';
import { requestRefSchema } from './request.ts';

/**
 * A saved draft: what the builder autosaves, exports as JSON and `npm run render` reads.
 *
 * Block values live in one flat map keyed by block path, "ket-qua/cai-cach-tthc:giai-quyet" or, inside an item
 * of a repeated section, "don-vi#0/chi-dao:danh-gia" (src/lib/report/keys.ts builds and reads these keys);
 * `instances["don-vi"]` lists the items' names in order.
 */
export const DRAFT_FORMAT = 'cam-nang-cchc/draft';
export const DRAFT_VERSION = 2;

/** Strict, so that a table row (other keys) is not mistaken for a document row by the union below. */
export const documentRowSchema = z.strictObject({
  kind: z.string().default(''),
  number: z.string().default(''),
  /** "YYYY-MM-DD" or "" when unknown. */
  date: z.string().default(''),
  issuer: z.string().default(''),
  subject: z.string().default(''),
});

export const figureSchema = z.number().finite().nullable();
/** A typed figure, or the text typed when it could not be read as one: kept, never printed (evaluate blocks it). */
export const typedFigureSchema = z.union([figureSchema, z.string()]);

/**
 * One row of a score table (CCHC-index self-assessment): a lĩnh vực, tiêu chí or tiêu chí thành phần, in document order;
 * its parent is the nearest row above with a lower level. Scores are typed on the rows without children (leaves);
 * a parent's maximum and scores are the sums of its leaves'.
 */
export const scoreRowSchema = z.strictObject({
  tt: z.string().default(''),
  name: z.string().default(''),
  /** 1 = lĩnh vực, 2 = tiêu chí, 3 = tiêu chí thành phần (deeper when a set goes further). */
  level: z.number().int().min(1).max(6),
  /** Điểm tối đa of a leaf (ignored on a parent: the sum of its leaves'). */
  max: figureSchema.default(null),
  /** Scores go in steps of this many points (0,25 …), as the set allows; absent: any. */
  step: z.number().positive().finite().optional(),
  /** Measured by the sociological survey (điều tra xã hội học): shown, not self-scored. */
  survey: z.boolean().optional(),
  /** Cách chấm điểm, as the set states it. */
  method: z.string().optional(),
  /** When the criterion applies, as the set states it ("Chỉ áp dụng đối với xã có …"). */
  condition: z.string().optional(),
  /** Không áp dụng: the criterion does not apply to the unit; its maximum leaves the totals, its reason is `note`. */
  notApplicable: z.boolean().optional(),
  /** Điểm tự đánh giá (the text typed when it is not a number: kept, never printed). */
  score: typedFigureSchema.default(null),
  /** Điểm thẩm định. */
  appraised: typedFigureSchema.default(null),
  /** Tài liệu kiểm chứng. */
  evidence: z.array(documentRowSchema).default([]),
  /** Giải trình (required where a score has no or incomplete evidence). */
  note: z.string().default(''),
  /** After appraisal: the unit's explanation of a differing score. */
  review: z.string().optional(),
  /** After appraisal: the unit asks for the criterion to be reconsidered. */
  reconsider: z.boolean().optional(),
});

/**
 * A bonus or penalty (điểm thưởng, điểm trừ) counted outside the criteria tree: what it is for, the most points it
 * may give or take where the set says, the points (a positive number: a penalty's are taken off) and the reason.
 */
export const scoreAdjustmentSchema = z.strictObject({
  kind: z.enum(['bonus', 'penalty']),
  tt: z.string().default(''),
  name: z.string().default(''),
  max: figureSchema.default(null),
  points: typedFigureSchema.default(null),
  appraised: typedFigureSchema.default(null),
  /** Lý do: what earned the bonus or caused the penalty (its document, the fault). */
  note: z.string().default(''),
});

/** A score table: the criteria set it was made from (when chosen from the site's sets) and its rows. */
export const scoreTableSchema = z.strictObject({
  set: z
    .strictObject({
      id: z.string().default(''),
      name: z.string(),
      /** Not an official set: the builder says so wherever the table shows. */
      illustrative: z.boolean().default(false),
      /** "Quyết định số …/QĐ-UBND ngày … của UBND tỉnh …"; "" for a set without one. */
      citation: z.string().default(''),
    })
    .optional(),
  rows: z.array(scoreRowSchema),
  /** Điểm thưởng, điểm trừ outside the tree, in the order shown. */
  adjustments: z.array(scoreAdjustmentSchema).optional(),
  /** The most bonus points, and the most penalty points, counted in all (where the set states them). */
  limits: z
    .strictObject({ bonus: z.number().nonnegative().finite().optional(), penalty: z.number().nonnegative().finite().optional() })
    .optional(),
});

export const blockValueSchema = z.union([
  z.string(),
  z.array(documentRowSchema),
  z.record(z.string(), typedFigureSchema),
  z.array(z.record(z.string(), z.union([z.string(), figureSchema]))),
  z.object({ good: z.string(), limits: z.string(), proposals: z.string() }),
  scoreTableSchema,
]);

export const periodSchema = z.object({
  kind: z.enum(periodKinds),
  year: z.number().int().min(PERIOD_YEARS.min).max(PERIOD_YEARS.max),
  /** Quarter 1-4 for "quy", month 1-12 for "thang", 1 or 2 (first/second half) for "6-thang". */
  index: z.number().int().min(1).max(12).optional(),
  /** Free range ("khoang"): "YYYY-MM-DD". */
  from: z.string().optional(),
  to: z.string().optional(),
  /**
   * Data cut-off typed by the user when the province uses other dates than the decree (e.g. from the 21st of the
   * previous month to the 20th): "YYYY-MM-DD" both. Absent: the decree's dates (src/lib/format/cutoff.ts).
   */
  cutoff: z.object({ from: z.string(), to: z.string() }).optional(),
});

/**
 * A draft made by "Tạo từ kỳ trước" (from: previous) or "Dùng dữ liệu mẫu" (from: example): the unit and period it was
 * made from, and what the leftover checks (src/lib/report/leftover/) look for — figures filled from the previous period,
 * the previous period's figures as text may quote them, the texts as they were carried over (a short hash each, so the
 * mark goes once the text is edited), the sample's sentences (hashed).
 */
export const originSchema = z.object({
  from: z.enum(['previous', 'example']),
  issuer: z.string().default(''),
  period: periodSchema.optional(),
  /** "<block key>.<field id>" → the figure filled from the previous period. */
  carried: z.record(z.string(), z.number()).default({}),
  /** The previous period's figures as printed ("1.234", "97,5%"), to find them in carried texts. */
  figures: z.array(z.string()).default([]),
  /** Field path → hash of the text as carried over. */
  texts: z.record(z.string(), z.string()).default({}),
  /** Hashes of the sample's sentences. */
  sentences: z.array(z.string()).default([]),
});

export const draftSchema = z.object({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  kind: z.string().min(1),
  name: z.string().default(''),
  updatedAt: z.string().default(''),
  header: z.object({
    parentBody: z.string().default(''),
    issuer: z.string(),
    /**
     * The unit as running text names it ("Ủy ban nhân dân xã Ea H'leo", "Văn phòng Ủy ban nhân dân tỉnh Lai Châu"):
     * {don_vi} and every sentence the site writes about the unit. Absent or empty: from the issuing body (src/lib/names/).
     */
    unit: z.string().optional(),
    issuerAbbr: z.string(),
    number: z.string().default(''),
    place: z.string(),
    /** "YYYY-MM-DD"; with leaveDayBlank the day is left for the records office to fill. */
    date: z.string(),
    leaveDayBlank: z.boolean().default(false),
    period: periodSchema,
    recipients: z.array(z.string()).default([]),
    basis: z.string().default(''),
    /** Trích yếu; "" means "use the template's pattern". */
    title: z.string().default(''),
  }),
  values: z.record(z.string(), blockValueSchema).default({}),
  instances: z.record(z.string(), z.array(z.object({ name: z.string() }))).default({}),
  closing: z.string().default(''),
  signature: z.object({
    authority: z.array(z.string()).default([]),
    title: z.string(),
    name: z.string().default(''),
  }),
  distribution: z.array(z.string()).default([]),
  /** The issuer level chosen in the builder; absent: the one the template's defaults are written for. */
  level: z.enum(issuerLevels).optional(),
  /**
   * Issuing the document by a decision (templates that offer it). Header number and date are then the decision's;
   * the texts start as the template's defaults (an empty title or authority, or no article, falls back to them).
   */
  decision: z
    .object({
      use: z.boolean().default(false),
      title: z.string().default(''),
      authority: z.string().default(''),
      basis: z.string().default(''),
      articles: z.array(z.string()).default([]),
      distribution: z.array(z.string()).default([]),
    })
    .optional(),
  /**
   * Wording the builder adds that the user replaced, by key (src/lib/report/keys.ts): "heading:<section key>" (a
   * section's heading, the number staying; an appendix's title), "intro:<block key>" (the sentence before a list).
   * Absent: the template's.
   */
  texts: z.record(z.string(), z.string()).optional(),
  /** Wording the builder adds that the user left out: "basis", "closing", "intro:<block key>". */
  omit: z.array(z.string()).optional(),
  /** Appendix id → printed on landscape pages; absent: the template's choice. */
  landscape: z.record(z.string(), z.boolean()).optional(),
  /** The province's request this draft answers (src/lib/request/): made from its link or file, carried in the .docx. */
  request: requestRefSchema.optional(),
  /** Appendix id → printed or not; absent: printed when it has content, unless the template prints it on request only. */
  appendices: z.record(z.string(), z.boolean()).optional(),
  /** Where the draft started, when it was not typed from scratch (src/lib/drafts/origin.ts); what its checks compare with. */
  origin: originSchema.optional(),
});

export type Draft = z.output<typeof draftSchema>;
export type DocumentRow = z.output<typeof documentRowSchema>;
export type BlockValue = z.output<typeof blockValueSchema>;
export type ScoreRow = z.output<typeof scoreRowSchema>;
export type ScoreTable = z.output<typeof scoreTableSchema>;
export type DraftOrigin = z.output<typeof originSchema>;
export type ScoreAdjustment = z.output<typeof scoreAdjustmentSchema>;
