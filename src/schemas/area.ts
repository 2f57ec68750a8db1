import { z } from 'zod';
import { contentYear, slug, viText } from './common.ts';

export const checklistItemSchema = z.object({
  text: viText,
  /** How an indicator is computed, in words, e.g. "(trước hạn + đúng hạn) / đã giải quyết". */
  formula: viText.optional(),
  /** A national target, the catalogue entry that sets it (in force; checked at build) and the year it is for. */
  target: z
    .object({ text: viText, source: slug, year: contentYear })
    .refine((t) => t.text.includes(`năm ${t.year}`), {
      path: ['text'],
      message: 'chỉ tiêu phải ghi năm áp dụng, ví dụ "(chỉ tiêu năm 2026)"',
    })
    .optional(),
});

export const areaSchema = z.object({
  name: viText,
  order: z.number().int().min(1),
  /** Names the area had under earlier programmes (e.g. "Hiện đại hóa hành chính"). */
  formerNames: z.array(z.object({ name: viText, period: viText })).default([]),
  summary: viText,
  checklist: z.array(checklistItemSchema).min(1, 'mỗi lĩnh vực cần danh mục "Báo cáo cần thể hiện"'),
  /** Documents in force that reports on this area cite as their basis today (a replaced one fails the build). */
  documents: z.array(slug).default([]),
  /** Documents reports cited before a change (replaced, expired, or a plan whose period ended): shown apart, as history. */
  historical: z.array(slug).default([]),
});

export type AreaData = z.output<typeof areaSchema>;
