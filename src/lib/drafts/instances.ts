import type { Draft } from '../../schemas/draft.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Adds an item to a repeated section. */
export function addInstance(draft: Draft, sectionId: string, name: string): Draft {
  const list = draft.instances[sectionId] ?? [];
  return { ...draft, instances: { ...draft.instances, [sectionId]: [...list, { name }] } };
}

export function renameInstance(draft: Draft, sectionId: string, index: number, name: string): Draft {
  const list = (draft.instances[sectionId] ?? []).map((it, i) => (i === index ? { ...it, name } : it));
  return { ...draft, instances: { ...draft.instances, [sectionId]: list } };
}

/**
 * Removes item `index` of a repeated section with its values; later items move up one
 * ("don-vi#2/…" becomes "don-vi#1/…"), so keys stay dense and match `instances`.
 */
export function removeInstance(draft: Draft, sectionId: string, index: number): Draft {
  const pattern = new RegExp(`(^|/)${esc(sectionId)}#(\\d+)(?=[/:]|$)`);
  const values: Draft['values'] = {};
  for (const [key, value] of Object.entries(draft.values)) {
    const m = pattern.exec(key);
    if (!m) {
      values[key] = value;
      continue;
    }
    const i = Number(m[2]);
    if (i === index) continue;
    const newKey = i > index ? key.replace(pattern, `$1${sectionId}#${i - 1}`) : key;
    values[newKey] = value;
  }
  const list = (draft.instances[sectionId] ?? []).filter((_, i) => i !== index);
  return { ...draft, values, instances: { ...draft.instances, [sectionId]: list } };
}
