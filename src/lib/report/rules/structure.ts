import type { ReportTemplate } from '../../../schemas/template.ts';
import type { Draft } from '../../../schemas/draft.ts';
import type { Issue } from '../evaluation.ts';
import type { ResolvedSection } from '../walk.ts';
import { cleanLine } from '../../format/text.ts';
import { cutoffRange, formatCutoff } from '../../format/cutoff.ts';
import { formatShortDate, parseIsoDate } from '../../format/date.ts';
import { templateSections } from '../keys.ts';
import { templateParts } from '../walk.ts';

/** A section with nothing filled in: a warning for a reform area's section, a note otherwise. */
export function emptySectionIssue(template: ReportTemplate, s: ResolvedSection, where: string): Issue {
  return {
    key: `empty:${s.key}`,
    field: s.key,
    severity: s.section.area && !s.section.optional ? 'warning' : 'info',
    message: `${where}Mục "${cleanLine(s.title)}" chưa có nội dung${template.emptySections === 'omit' || s.section.optional ? ' (sẽ được bỏ khỏi báo cáo)' : ' (báo cáo sẽ ghi "Không có nội dung.")'}.`,
  };
}

/** Repeated sections with no item yet (unless they are optional), and items with no name. */
export function checkRepeats(template: ReportTemplate, draft: Draft, issue: (i: Issue) => void) {
  for (const { section } of templateSections(templateParts(template))) {
    if (!section.repeat) continue;
    const items = draft.instances[section.id] ?? [];
    if (!items.length && !section.optional)
      issue({
        key: `instances:${section.id}`,
        field: `instances.${section.id}`,
        severity: 'warning',
        message: `Chưa thêm mục nào cho "${section.repeat.label}".`,
      });
    items.forEach((item, i) => {
      if (!cleanLine(item.name))
        issue({
          key: `instances:${section.id}:${i}`,
          field: `instances.${section.id}.${i}`,
          severity: 'warning',
          message: `"${section.repeat!.label}" thứ ${i + 1} chưa có tên${section.repeat!.itemTitle.trim() === '{ten}' ? ': đề mục in ra sẽ chỉ có số thứ tự' : ''}.`,
        });
    });
  }
}

/**
 * Data cut-off dates (Nghị định 09/2019/NĐ-CP) belong to reports; plans and notices have no reporting data. A report
 * dated before its figures are closed cannot hold them all: a warning at its date.
 */
export function cutoffNote(template: ReportTemplate, draft: Draft, issue: (i: Issue) => void) {
  const cut = template.docType === 'BÁO CÁO' ? cutoffRange(draft.header.period) : undefined;
  if (!cut) return;
  issue({
    key: 'period.cutoff',
    field: 'header.period',
    severity: 'info',
    message: `Số liệu kỳ báo cáo tính ${formatCutoff(cut)} (${cut.basis}).`,
  });
  if (parseIsoDate(draft.header.date) && draft.header.date < cut.to)
    issue({
      key: 'period.cutoff-date',
      field: 'header.date',
      severity: 'warning',
      message: `Ngày ban hành ${formatShortDate(draft.header.date)} trước ngày chốt số liệu của kỳ (${formatShortDate(cut.to)}): số liệu kỳ này chưa chốt. Kiểm tra lại ngày ban hành hoặc kỳ báo cáo.`,
    });
}
