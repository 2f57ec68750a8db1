import { z } from 'zod';
import { isoDate, slug, viText } from './common.ts';
import { catalogueKinds } from './document-types.ts';

export const documentStatuses = ['in-force', 'amended', 'replaced', 'expired', 'unknown'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** "61/2018/NĐ-CP", "76/NQ-CP", "30c/NQ-CP", "80/2015/QH13", "06/QĐ-TTg"; standards: "TCVN ISO 9001:2015". */
const documentNumber = z
  .string()
  .trim()
  .regex(
    /^(\d+[a-z]?(\/\d{4})?\/[A-ZĐa-z0-9]+(-[A-ZĐa-z0-9&]+)*|TCVN [A-Z0-9 .:-]+)$/,
    'số, ký hiệu không đúng dạng (ví dụ "61/2018/NĐ-CP", "76/NQ-CP", "80/2015/QH13")',
  );

/**
 * Copies of official texts made by a crawler, not by the issuing body: usable, but only as a secondary source,
 * and the page must say so (`secondary: true`).
 */
export const SECONDARY_SOURCE_HOSTS = [/^https:\/\/github\.com\/diepxuan\//];

/**
 * Where a fact was checked: a public web page, or one of the real reports the project is built from
 * (`seed`: which report, e.g. "Báo cáo 9 tháng năm 2022 của UBND phường Hoài Tân") for what that report states, or
 * (`document`) a public text that was read but has no address to give: a file the search tool holds under a
 * stored-copy id without naming its repository, or a text quoted by the project's reference sheets. Such a text is
 * always someone else's copy, so it must be marked secondary.
 * `secondary`: the page is a copy or a summary made by someone other than the issuing body (shown as "nguồn thứ cấp").
 */
export const sourceSchema = z
  .object({
    url: z
      .string()
      .url('nguồn phải là một địa chỉ URL đầy đủ')
      .refine((u) => /^https?:\/\//.test(u), 'nguồn phải là trang web công khai (http:// hoặc https://)')
      .optional(),
    seed: viText.optional(),
    document: viText.optional(),
    note: viText.optional(),
    secondary: z.boolean().default(false),
  })
  .refine(
    (s) => s.url || s.seed || s.document,
    'mỗi nguồn cần địa chỉ URL (url), tên báo cáo thực tế đã trích (seed) hoặc tên văn bản đã đọc (document)',
  )
  .refine((s) => !s.document || s.secondary, 'nguồn không có địa chỉ (document) là bản chép lại: ghi secondary: true')
  .refine(
    (s) => s.secondary || !s.url || !SECONDARY_SOURCE_HOSTS.some((re) => re.test(s.url!)),
    'nguồn này là bản chép lại của một kho tự động thu thập văn bản: ghi secondary: true để trang hiện "nguồn thứ cấp"',
  );

/** One change of a document's status, dated the day it took (or takes) effect. */
export const statusEventSchema = z.object({
  date: isoDate,
  status: z.enum(documentStatuses),
  /** The catalogue entry that makes the change (the new decree), when the catalogue has it. */
  by: slug.optional(),
  /** What changed and which article says so, in plain words. */
  note: viText,
});
export type StatusEvent = z.output<typeof statusEventSchema>;

/** When the status was last checked, and against what (a text, an article, a search that found nothing). */
export const statusCheckSchema = z.object({
  date: isoDate,
  against: viText,
});

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
    /** `status` is the status on statusChecked.date. */
    statusChecked: statusCheckSchema,
    /** Every recorded change of status, oldest first; the "Văn bản mới và thay đổi" page is built from it. */
    history: z.array(statusEventSchema).default([]),
  })
  .superRefine((entry, ctx) => {
    entry.history.forEach((e, i) => {
      if (i > 0 && e.date < entry.history[i - 1].date)
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'date'],
          message: 'các mốc trong history phải xếp theo ngày, cũ trước mới sau',
        });
    });
    const known = entry.history.filter((e) => e.date <= entry.statusChecked.date);
    const last = known[known.length - 1];
    if (last && entry.status !== 'unknown' && last.status !== entry.status)
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `tình trạng "${entry.status}" khác mốc gần nhất trong history (${last.date}: "${last.status}")`,
      });
    if ((entry.status === 'replaced' || entry.status === 'expired') && !entry.history.some((e) => e.status === entry.status))
      ctx.addIssue({
        code: 'custom',
        path: ['history'],
        message: 'văn bản đã bị thay thế hoặc hết hiệu lực cần một mốc trong history ghi ngày và căn cứ của thay đổi đó',
      });
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

/**
 * What a page receives of each catalogue entry, and all the report engine reads of one: enough to search, cite and
 * flag it (src/lib/builder/catalogue-search.ts makes it from an entry, with the status of the day it is built). A whole
 * entry is one too: its status history then gives the status on another day.
 */
export type CatalogueBrief = Pick<
  CatalogueEntry,
  'id' | 'kind' | 'number' | 'name' | 'issued' | 'issuer' | 'title' | 'status' | 'replacedBy'
> &
  Partial<Pick<CatalogueEntry, 'history' | 'statusChecked'>>;
