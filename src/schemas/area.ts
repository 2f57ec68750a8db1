import { z } from 'zod';
import { slug, viText } from './common.ts';

export const checklistItemSchema = z.object({
  text: viText,
  /** How an indicator is computed, in words, e.g. "(trước hạn + đúng hạn) / đã giải quyết". */
  formula: viText.optional(),
  /** A national target and the catalogue entry that sets it. */
  target: z.object({ text: viText, source: slug }).optional(),
});

export const areaSchema = z.object({
  name: viText,
  order: z.number().int().min(1),
  /** Names the area had under earlier programmes (e.g. "Hiện đại hóa hành chính"). */
  formerNames: z.array(z.object({ name: viText, period: viText })).default([]),
  summary: viText,
  checklist: z.array(checklistItemSchema).min(1, 'mỗi lĩnh vực cần danh mục "Báo cáo cần thể hiện"'),
  documents: z.array(slug).default([]),
});

export type AreaData = z.output<typeof areaSchema>;
