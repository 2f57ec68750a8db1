import type { Draft } from '../../schemas/draft.ts';
import type { DecisionDefaults, TemplateDefaults } from '../../schemas/template.ts';
import { cleanLine } from '../format/text.ts';

export type DecisionTexts = Omit<DecisionDefaults, 'use'>;

/**
 * The texts of the decision issuing the document, when the draft uses one (or, with no decision part yet, when the
 * defaults do) and its template offers it: what the user wrote, the defaults (for the draft's issuer level) where a text
 * is empty; undefined otherwise.
 */
export function decisionTexts(defaults: Pick<TemplateDefaults, 'decision'>, draft: Pick<Draft, 'decision'>): DecisionTexts | undefined {
  const d = defaults.decision;
  const own = draft.decision;
  if (!d || !(own?.use ?? d.use)) return undefined;
  const or = (mine: string | undefined, theirs: string) => (cleanLine(mine) ? mine! : theirs);
  return {
    title: or(own?.title, d.title),
    authority: or(own?.authority, d.authority),
    basis: or(own?.basis, d.basis),
    articles: own?.articles.some((a) => cleanLine(a)) ? own.articles : d.articles,
    distribution: own?.distribution.some((l) => cleanLine(l)) ? own.distribution : d.distribution,
  };
}
