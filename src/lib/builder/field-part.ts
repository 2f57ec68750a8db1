import type { SectionTemplate } from '../../schemas/template.ts';
import { templateSections } from '../report/index.ts';

/**
 * The part of the form that holds a field, by its draft path: "header" (Phần đầu, the decision's texts included),
 * "signing" (Kết thúc, ký và nơi nhận) or the id of a top-level section or appendix (pass the template's parts). The download's list of problems opens that part before it focuses the field.
 */
export function partOf(sections: SectionTemplate[], field: string): string | undefined {
  if (field.startsWith('header.') || field.startsWith('decision.')) return 'header';
  if (/^(signature\.|signature$|closing$|distribution$)/.test(field)) return 'signing';
  // A renamed heading or a câu dẫn is edited beside its section: "heading:ket-qua/…", "intro:ket-qua/…:so-lieu".
  const text = /^(?:heading|intro):(.*)$/.exec(field);
  if (text) return partOf(sections, text[1]);
  const appendix = /^(?:landscape|appendices)\.(.*)$/.exec(field);
  if (appendix) return partOf(sections, appendix[1]);
  const repeated = /^instances\.([^.]+)/.exec(field);
  if (repeated) {
    const found = templateSections(sections).find(({ section }) => section.id === repeated[1]);
    return found?.key.split('/')[0];
  }
  const top = /^[^/:#.]+/.exec(field)?.[0];
  return sections.some((s) => s.id === top) ? top : undefined;
}
