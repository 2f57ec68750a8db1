import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import { resolveAppendices, type ResolvedSection } from './walk.ts';
import { sectionHasContent } from './blocks/index.ts';
import { roman } from '../format/period.ts';
import { wording } from '../document/wording.ts';

/**
 * Whether an appendix is printed: as the user chose (draft.appendices), else when it has content — unless its template
 * prints it only on request (`onRequest`). Never when it has nothing to print.
 */
export function appendixPrinted(
  template: Pick<ReportTemplate, 'appendices'>,
  draft: Pick<Draft, 'values' | 'appendices'>,
  a: ResolvedSection,
) {
  if (!sectionHasContent(a, draft.values)) return false;
  const chosen = draft.appendices?.[a.section.id];
  return chosen ?? !template.appendices.find((t) => t.id === a.section.id)?.onRequest;
}

/** The appendices printed, each with its label: "Phụ lục" alone, or "Phụ lục I", "II" … when there are two or more. */
export function printedAppendices(template: ReportTemplate, draft: Draft): { section: ResolvedSection; label: string }[] {
  const printed = resolveAppendices(template, draft).filter((a) => appendixPrinted(template, draft, a));
  return printed.map((section, i) => ({
    section,
    label: printed.length > 1 ? `${wording.appendix} ${roman(i + 1)}` : wording.appendix,
  }));
}

/**
 * The blocks whose figures a printed appendix details (a table with `figuresOf`: Biểu 06 by lĩnh vực), by block key,
 * with the sentence the body prints after them: "(Chi tiết tại Phụ lục II kèm theo)".
 */
export function appendixReferences(template: ReportTemplate, draft: Draft): Map<string, string> {
  const refs = new Map<string, string>();
  for (const { section, label } of printedAppendices(template, draft))
    for (const { block } of section.blocks)
      if (block.kind === 'table' && block.figuresOf && !refs.has(block.figuresOf)) refs.set(block.figuresOf, wording.detailIn(label));
  return refs;
}
