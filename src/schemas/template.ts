import { z } from 'zod';
import { slug, viText } from './common.ts';
import { writtenTypes } from './document-types.ts';
import type { FieldSet, fieldSchema } from './template-fields.ts';
import { blockSchemaWith } from './template-blocks.ts';
import type { decisionDefaultsSchema } from './template-defaults.ts';
import { defaultsShape, issuerLevels, levelDefaultsSchema, numberingStyles, periodKinds } from './template-defaults.ts';

export { computeSchema, targetSchema, fieldSchema, ruleSchema, columnSchema, parseFieldSet, type FieldSet } from './template-fields.ts';
export { issuerLevels, periodKinds, numberingStyles, signatureSchema, type IssuerLevel } from './template-defaults.ts';

export type SectionTemplate = {
  id: string;
  title: string;
  area?: string;
  hint?: string;
  repeat?: { label: string; itemTitle: string };
  optional?: boolean;
  blocks: BlockTemplate[];
  children: SectionTemplate[];
};

/**
 * An appendix ("Phụ lục"), printed after the signature on pages of its own: a title and ordinary blocks (and, if
 * need be, sub-sections), with its values under "<appendix id>:<block id>" like a top-level section's. Empty, it is
 * left out. `landscape` is the orientation a new draft starts with; the user can turn it. `onRequest`: printed only
 * when the user adds it (a form attached to the report, a table the import filled), whatever it holds.
 */
export type AppendixTemplate = SectionTemplate & { landscape: boolean; onRequest?: boolean };

/**
 * A report kind as data (content/templates/*.yaml): its sections of blocks, appendices, defaults and how it writes
 * figures. `fieldSets` are the named figure sets its indicators blocks may take (passed in: src/data/template-schema.ts).
 */
export function templateSchemaWith(fieldSets: Record<string, FieldSet>) {
  const blockSchema = blockSchemaWith(fieldSets);
  const sectionSchema: z.ZodType<SectionTemplate, unknown> = z.lazy(() =>
    z.object({
      id: slug,
      title: viText,
      area: slug.optional(),
      hint: viText.optional(),
      /**
       * A section written once per item (e.g. per inspected unit); itemTitle may use {ten}. With itemTitle "{ten}" the
       * items are the issuer's own numbered sub-headings ("1. Đánh giá tác động quy định TTHC", "2. Thẩm định, thẩm tra …").
       */
      repeat: z.object({ label: viText, itemTitle: viText }).optional(),
      /**
       * Left out of the document when it has nothing, whatever `emptySections` says (no "Không có nội dung."), and not
       * reported as missing: a kind's sections an issuer may not have, and the issuer's own sub-headings.
       */
      optional: z.boolean().optional(),
      blocks: z.array(blockSchema).default([]),
      children: z.array(sectionSchema).default([]),
    }),
  ) as z.ZodType<SectionTemplate, unknown>;

  const appendixSchema: z.ZodType<AppendixTemplate, unknown> = z.object({
    id: slug,
    title: viText,
    hint: viText.optional(),
    landscape: z.boolean().default(false),
    onRequest: z.boolean().default(false),
    blocks: z.array(blockSchema).default([]),
    children: z.array(sectionSchema).default([]),
  }) as z.ZodType<AppendixTemplate, unknown>;

  return z.object({
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
     * Placeholders (src/lib/report/placeholders.ts): {ky} (period with its year: "9 tháng đầu năm 2022", "tháng 11 năm
     * 2024"), {ky_ngan} (period without year), {ky_toi} (the next period), {loai_ky} ("tháng", "quý" …), {nam} (year),
     * {don_vi} (the unit in running text), {cap}, {cap_uy} (the issuer's commune or province word, its party committee),
     * {van_ban} (the document's type and trích yếu); in texts printed in the body, also {chot_so_lieu} (data cut-off:
     * "từ ngày 15/10/2024 đến ngày 14/11/2024").
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
}

export type ReportTemplateData = z.output<ReturnType<typeof templateSchemaWith>>;
export type ReportTemplate = ReportTemplateData & { id: string };
export type BlockTemplate = z.output<ReturnType<typeof blockSchemaWith>>;
export type FieldTemplate = z.output<typeof fieldSchema>;
export type TemplateDefaults = ReportTemplateData['defaults'];
export type DecisionDefaults = z.output<typeof decisionDefaultsSchema>;
