import type { DraftIndex, DraftMeta } from './library.ts';

// Edits of the draft list the user asks for (rename, delete, undo); kept apart from library.ts so that the
// builder's first screen does not load them.

export const renameDraft = (index: DraftIndex, id: string, name: string): DraftIndex => ({
  ...index,
  items: index.items.map((m) => (m.id === id ? { ...m, name: name.trim() || m.name } : m)),
});

/** Removes a draft; the removed entry and its position come back for "Hoàn tác". */
export function removeDraft(index: DraftIndex, id: string): { index: DraftIndex; removed?: { meta: DraftMeta; position: number } } {
  const position = index.items.findIndex((m) => m.id === id);
  if (position < 0) return { index };
  const items = index.items.filter((m) => m.id !== id);
  const current = index.current === id ? (items[Math.min(position, items.length - 1)]?.id ?? '') : index.current;
  return { index: { current, items }, removed: { meta: index.items[position], position } };
}

export function restoreDraft(index: DraftIndex, removed: { meta: DraftMeta; position: number }): DraftIndex {
  if (index.items.some((m) => m.id === removed.meta.id)) return index;
  const items = [...index.items];
  items.splice(Math.min(removed.position, items.length), 0, removed.meta);
  return { current: removed.meta.id, items };
}
