import type { Draft } from '../../schemas/draft.ts';
import { shiftItemKey, shiftTextKey } from '../report/index.ts';

/** Adds an item to a repeated section. */
export function addInstance(draft: Draft, sectionId: string, name: string): Draft {
  const list = draft.instances[sectionId] ?? [];
  return { ...draft, instances: { ...draft.instances, [sectionId]: [...list, { name }] } };
}

export function renameInstance(draft: Draft, sectionId: string, index: number, name: string): Draft {
  const list = (draft.instances[sectionId] ?? []).map((it, i) => (i === index ? { ...it, name } : it));
  return { ...draft, instances: { ...draft.instances, [sectionId]: list } };
}

/** Removes item `index` of a repeated section with its values and wording; later items move up one, so keys stay dense. */
export function removeInstance(draft: Draft, sectionId: string, index: number): Draft {
  const values: Draft['values'] = {};
  for (const [key, value] of Object.entries(draft.values)) {
    const next = shiftItemKey(key, sectionId, index);
    if (next !== undefined) values[next] = value;
  }
  const texts: Draft['texts'] = {};
  for (const [key, text] of Object.entries(draft.texts ?? {})) {
    const next = shiftTextKey(key, sectionId, index);
    if (next !== undefined) texts[next] = text;
  }
  const omit = (draft.omit ?? []).flatMap((key) => shiftTextKey(key, sectionId, index) ?? []);
  const list = (draft.instances[sectionId] ?? []).filter((_, i) => i !== index);
  return { ...draft, values, texts, omit, instances: { ...draft.instances, [sectionId]: list } };
}
