/**
 * The list of named drafts of one report kind, as stored under `draftIndexKey(kind)` (src/lib/storage/keys.ts).
 * Each draft's content lives under its own key, `draftKey(id)`, as { rev, draft }: `rev` goes up by one on every
 * save, so a tab can tell when another tab saved the same draft. Pure functions; shelf.ts does the I/O.
 */
export type DraftMeta = { id: string; name: string; updatedAt: string };
export type DraftIndex = { current: string; items: DraftMeta[] };
export type StoredDraft<D> = { rev: number; draft: D };

export const emptyIndex: DraftIndex = { current: '', items: [] };

export function newId(now = Date.now(), random = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** A stored list as read back (anything else, a damaged value included, is an empty list). */
export function asIndex(value: unknown): DraftIndex {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<DraftIndex>;
  const items = Array.isArray(v.items)
    ? v.items
        .filter((m): m is DraftMeta => !!m && typeof m.id === 'string' && typeof m.name === 'string')
        .map((m) => ({ id: m.id, name: m.name, updatedAt: typeof m.updatedAt === 'string' ? m.updatedAt : '' }))
    : [];
  const current = typeof v.current === 'string' && items.some((m) => m.id === v.current) ? v.current : (items[0]?.id ?? '');
  return { current, items };
}

export function asStored<D>(value: unknown): StoredDraft<D> | undefined {
  const v = value as StoredDraft<D> | undefined;
  return v && typeof v === 'object' && typeof v.rev === 'number' && typeof v.draft === 'object' && v.draft !== null ? v : undefined;
}

/** The same from JSON text (localStorage, where drafts were kept before). */
const parsed = (text: string | null | undefined): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};
export const parseIndex = (text: string | null | undefined) => asIndex(parsed(text));
export const parseStored = <D>(text: string | null | undefined) => asStored<D>(parsed(text));

/** A name not yet used in the list: "Bản nháp", "Bản nháp (2)", … */
export function uniqueName(index: DraftIndex, wanted: string): string {
  const names = new Set(index.items.map((m) => m.name));
  const base = wanted.trim() || 'Bản nháp';
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} (${i})`)) return `${base} (${i})`;
}

/** Adds a draft to the list (once: adding an id already listed changes nothing but `current`). */
export const addDraft = (index: DraftIndex, meta: DraftMeta, makeCurrent = true): DraftIndex => ({
  current: makeCurrent ? meta.id : index.current || meta.id,
  items: index.items.some((m) => m.id === meta.id) ? index.items : [...index.items, meta],
});

/**
 * After a save: the draft's time, and its entry back in the list if another tab removed it meanwhile (the text the
 * user is typing into is kept, never dropped from the list under them).
 */
export const touchDraft = (index: DraftIndex, meta: DraftMeta): DraftIndex =>
  index.items.some((m) => m.id === meta.id)
    ? { ...index, items: index.items.map((m) => (m.id === meta.id ? { ...m, updatedAt: meta.updatedAt } : m)) }
    : addDraft(index, meta, false);
