import { z } from 'zod';
import { isoDate, slug, viText } from './common.ts';
import { catalogueKinds } from '../lib/catalogue/document-types.ts';

export const documentStatuses = ['in-force', 'amended', 'replaced', 'expired', 'unknown'] as const;

/** "61/2018/NĐ-CP", "76/NQ-CP", "30c/NQ-CP", "80/2015/QH13", "06/QĐ-TTg"; standards: "TCVN ISO 9001:2015". */
const documentNumber = z
  .string()
  .trim()
  .regex(
    /^(\d+[a-z]?(\/\d{4})?\/[A-ZĐa-z0-9]+(-[A-ZĐa-z0-9&]+)*|TCVN [A-Z0-9 .:-]+)$/,
    'số, ký hiệu không đúng dạng (ví dụ "61/2018/NĐ-CP", "76/NQ-CP", "80/2015/QH13")',
  );

/**
 * Where a fact was checked: a public web page, or one of the real reports the project is built from
 * (`seed`: which report, e.g. "Báo cáo 9 tháng năm 2022 của UBND phường Hoài Tân") for what that report states.
 */
export const sourceSchema = z
  .object({
    url: z
      .string()
      .url('nguồn phải là một địa chỉ URL đầy đủ')
      .refine((u) => /^https?:\/\//.test(u), 'nguồn phải là trang web công khai (http:// hoặc https://)')
      .optional(),
    seed: viText.optional(),
    note: viText.optional(),
  })
  .refine((s) => s.url || s.seed, 'mỗi nguồn cần địa chỉ URL (url) hoặc tên báo cáo thực tế đã trích (seed)');

export const catalogueEntrySchema = z
  .object({
    kind: z.enum(catalogueKinds),
    number: documentNumber,
    /** Laws are cited by name, not number. */
    name: viText.optional(),
    issued: isoDate.optional(),
    issuer: viText.optional(),
    title: viText.optional(),
    summary: viText,
    status: z.enum(documentStatuses),
    effective: isoDate.optional(),
    amends: z.array(slug).default([]),
    amendedBy: z.array(slug).default([]),
    replaces: z.array(slug).default([]),
    replacedBy: z.array(slug).default([]),
    /** Free-text notes shown on the page (what changed, what to cite instead). */
    notes: viText.optional(),
    sources: z.array(sourceSchema).min(1, 'mỗi văn bản cần ít nhất một nguồn đã kiểm tra'),
    /** Fields we could not verify are left empty and listed here. */
    unverified: z.array(z.string()).default([]),
  })
  .superRefine((entry, ctx) => {
    if (entry.status === 'replaced' && entry.replacedBy.length === 0 && !entry.notes)
      ctx.addIssue({
        code: 'custom',
        path: ['replacedBy'],
        message: 'văn bản "đã bị thay thế" cần ghi văn bản thay thế (replacedBy) hoặc ghi chú',
      });
    if (entry.kind === 'Luật' && !entry.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'luật được trích dẫn theo tên: cần trường name' });
  });

export type CatalogueEntryData = z.output<typeof catalogueEntrySchema>;
export type CatalogueEntry = CatalogueEntryData & { id: string };
