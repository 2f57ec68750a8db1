import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { ResolvedSection } from './walk.ts';
import { sectionHasContent } from './blocks/index.ts';

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
