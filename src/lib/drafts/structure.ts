import type { Draft } from '../../schemas/draft.ts';
import type { DecisionDefaults, TemplateDefaults } from '../../schemas/template.ts';

/** Edits of the document's structure, as the builder makes them: pure, each returning the next draft. */

/** Sets the user's wording for a key of draft.texts ("heading:…", "intro:…"); undefined goes back to the template's. */
export function setText(draft: Draft, key: string, text: string | undefined): Draft {
  const texts = { ...draft.texts };
  if (text === undefined) delete texts[key];
  else texts[key] = text;
  return { ...draft, texts };
}

/** Leaves a builder-added text out of the document ("basis", "closing", "intro:…"), or puts it back. */
export function setOmitted(draft: Draft, key: string, omitted: boolean): Draft {
  const rest = (draft.omit ?? []).filter((k) => k !== key);
  return { ...draft, omit: omitted ? [...rest, key] : rest };
}

/** Prints an appendix on landscape pages or not; the template's choice when `landscape` is undefined. */
export function setLandscape(draft: Draft, appendixId: string, landscape: boolean | undefined): Draft {
  const next = { ...draft.landscape };
  if (landscape === undefined) delete next[appendixId];
  else next[appendixId] = landscape;
  return { ...draft, landscape: next };
}

/** Prints an appendix or leaves it out; the template's choice (printed when it has content, unless on request) when undefined. */
export function setAppendixPrinted(draft: Draft, appendixId: string, printed: boolean | undefined): Draft {
  const next = { ...draft.appendices };
  if (printed === undefined) delete next[appendixId];
  else next[appendixId] = printed;
  return { ...draft, appendices: next };
}

/** The decision part of a draft with the defaults' texts, to edit. */
export const decisionDraft = (d: DecisionDefaults): NonNullable<Draft['decision']> => ({
  use: d.use,
  title: d.title,
  authority: d.authority,
  basis: d.basis,
  articles: [...d.articles],
  distribution: [...d.distribution],
});

/** Changes the decision part, starting from the defaults' texts when the draft has none yet (an older draft). */
export function patchDecision(
  draft: Draft,
  defaults: Pick<TemplateDefaults, 'decision'>,
  patch: Partial<NonNullable<Draft['decision']>>,
): Draft {
  if (!defaults.decision) return draft;
  const current = draft.decision ?? decisionDraft(defaults.decision);
  return { ...draft, decision: { ...current, ...patch } };
}
