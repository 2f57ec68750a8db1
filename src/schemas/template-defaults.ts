import { z } from 'zod';
import { viText } from './common.ts';
export { issuerLevels, type IssuerLevel } from './issuer-levels.ts';

/** What a template writes for the user before they type: periods, issuer levels, numbering, and the default texts. */

export const periodKinds = ['thang', 'quy', '6-thang', '9-thang', 'nam', 'khoang'] as const;

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

export const defaultsShape = {
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
