import type { Draft } from '../../schemas/draft.ts';
import type { SectionTemplate } from '../../schemas/template.ts';
import { isUnder, templateSections } from '../report/index.ts';

/** How much of the form is filled in, for the closed parts' summaries ("(đã nhập 3 mục)"). */

/** Values stored under a top-level section, plus the items of its repeated sections. */
export function sectionFilled(section: SectionTemplate, draft: Pick<Draft, 'values' | 'instances'>): number {
  const values = Object.keys(draft.values).filter((k) => isUnder(k, section.id)).length;
  return templateSections([section]).reduce((n, { section: s }) => n + (s.repeat ? (draft.instances[s.id]?.length ?? 0) : 0), values);
}

/** Header fields with something typed in. */
export function headerFilled({ header: h }: Pick<Draft, 'header'>): number {
  return [h.parentBody, h.issuer, h.issuerAbbr, h.number, h.place, h.date, h.recipients.join(''), h.basis, h.title].filter(Boolean).length;
}

/** Closing, signature and Nơi nhận fields with something typed in. */
export function signingFilled(d: Pick<Draft, 'closing' | 'signature' | 'distribution'>): number {
  return [d.closing, d.signature.authority.join(''), d.signature.title, d.signature.name, d.distribution.join('')].filter(Boolean).length;
}
