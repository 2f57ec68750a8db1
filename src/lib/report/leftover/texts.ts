import type { ReportTemplate } from '../../../schemas/template.ts';
import type { Draft } from '../../../schemas/draft.ts';
import type { BlockText } from '../blocks/types.ts';
import { allSections, resolveParts, viewOf } from '../walk.ts';
import { blockKind, valueShapeOk } from '../blocks/index.ts';
import { cleanLine } from '../../format/text.ts';

/**
 * A text of the draft the user can change, with the path of its field in the builder; `filled`: {ky}, {nam} … are
 * filled when printed; `list`: names one a line (Kính gửi, Nơi nhận), no sentences of anyone's.
 */
export type TextField = BlockText & { filled?: boolean; list?: boolean };

/**
 * Every text the draft holds of its own (what the template supplies while a field is left empty is not in it): the
 * header's căn cứ, trích yếu, Kính gửi; the decision's texts; renamed headings and câu dẫn; each block's texts, by its
 * kind; the closing and Nơi nhận. In the order of the document, empty ones left out.
 */
export function draftTexts(template: Pick<ReportTemplate, 'sections' | 'appendices'>, draft: Draft): TextField[] {
  const out: TextField[] = [];
  const add = (field: string, label: string, text: string, prose = false, filled = prose, owner?: TextField['owner']) => {
    if (cleanLine(text)) out.push({ field, label, text, prose, filled, ...(owner ? { owner } : {}) });
  };
  const h = draft.header;
  add('header.title', 'Trích yếu', h.title, false, true);
  const list = (field: string, label: string, lines: string[]) => {
    if (lines.some((l) => cleanLine(l))) out.push({ field, label, text: lines.join('\n'), list: true });
  };
  list('header.recipients', 'Kính gửi', h.recipients);
  if (draft.decision?.use) {
    const d = draft.decision;
    add('decision.title', 'Trích yếu quyết định', d.title, false, true);
    add('decision.authority', 'Thẩm quyền ban hành quyết định', d.authority, false, true);
    add('decision.basis', 'Căn cứ của quyết định', d.basis, true);
    d.articles.forEach((a, i) => add(`decision.articles.${i}`, `Điều ${i + 1} của quyết định`, a, true));
  }
  add('header.basis', 'Căn cứ, đoạn mở đầu', h.basis, true);
  for (const [key, text] of Object.entries(draft.texts ?? {}))
    add(key, key.startsWith('intro:') ? 'Câu dẫn đã sửa' : 'Tên đề mục đã đổi', text, false, true);
  for (const s of allSections(resolveParts(template, draft))) {
    const where = s.instanceName ? `[${s.instanceName}] ` : '';
    for (const { key, block } of s.blocks) {
      const value = draft.values[key];
      if (viewOf(block) || value == null || !valueShapeOk(block, value)) continue;
      for (const t of blockKind(block).texts?.(block, value, key) ?? [])
        add(t.field, where + t.label, t.text, t.prose, t.prose, t.owner && { field: t.owner.field, label: where + t.owner.label });
    }
  }
  add('closing', 'Câu kết', draft.closing, true);
  list('distribution', 'Nơi nhận', draft.distribution);
  return out;
}
