import type { Draft } from '../../schemas/draft.ts';
import type { DecisionDefaults, TemplateDefaults } from '../../schemas/template.ts';
import { cleanLine } from '../format/text.ts';
import { hasBlank, orDefault } from './defaults.ts';

export type DecisionTexts = Omit<DecisionDefaults, 'use'>;

/**
 * The texts of the decision issuing the document, when the draft uses one (or, with no decision part yet, when the
 * defaults do) and its template offers it; undefined otherwise. With no decision part yet, the defaults (for the draft's
 * issuer level) as the form shows them; a text the user emptied falls back to the defaults' lines that hold no blank
 * ("…"), so nothing is printed that the user did not see.
 */
export function decisionTexts(defaults: Pick<TemplateDefaults, 'decision'>, draft: Pick<Draft, 'decision'>): DecisionTexts | undefined {
  const d = defaults.decision;
  const own = draft.decision;
  if (!d || !(own?.use ?? d.use)) return undefined;
  if (!own) return { title: d.title, authority: d.authority, basis: d.basis, articles: d.articles, distribution: d.distribution };
  const lines = (mine: string[], theirs: string[]) => (mine.some((l) => cleanLine(l)) ? mine : theirs.filter((l) => !hasBlank(l)));
  return {
    title: cleanLine(own.title) ? own.title : d.title,
    authority: orDefault(own.authority, d.authority),
    basis: orDefault(own.basis, d.basis),
    articles: own.articles.some((a) => cleanLine(a)) ? own.articles : d.articles,
    distribution: lines(own.distribution, d.distribution),
  };
}
