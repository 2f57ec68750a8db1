/**
 * The list of named drafts of one report kind, as stored under `cchc:v1:drafts:<kind>`.
 * Each draft's content lives under its own key, `cchc:v1:draft:<id>`, as { rev, draft }:
 * `rev` goes up by one on every save, so a tab can tell when another tab saved the same draft.
 * Pure functions; the builder's store (src/components/builder/store.ts) does the I/O.
 */
export type DraftMeta = { id: string; name: string; updatedAt: string };
export type DraftIndex = { current: string; items: DraftMeta[] };
export type StoredDraft<D> = { rev: number; draft: D };

export const STORAGE_PREFIX = 'cchc:v1:';
export const indexKey = (kind: string) => `${STORAGE_PREFIX}drafts:${kind}`;
export const draftKey = (id: string) => `${STORAGE_PREFIX}draft:${id}`;

export const emptyIndex: DraftIndex = { current: '', items: [] };

export function newId(now = Date.now(), random = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

export function parseIndex(text: string | null | undefined): DraftIndex {
  if (!text) return emptyIndex;
  try {
    const v = JSON.parse(text) as Partial<DraftIndex>;
    const items = Array.isArray(v.items)
      ? v.items
          .filter((m): m is DraftMeta => !!m && typeof m.id === 'string' && typeof m.name === 'string')
          .map((m) => ({ id: m.id, name: m.name, updatedAt: typeof m.updatedAt === 'string' ? m.updatedAt : '' }))
      : [];
    const current = typeof v.current === 'string' && items.some((m) => m.id === v.current) ? v.current : (items[0]?.id ?? '');
    return { current, items };
  } catch {
    return emptyIndex;
  }
}

export function parseStored<D>(text: string | null | undefined): StoredDraft<D> | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as StoredDraft<D>;
    if (typeof v?.rev !== 'number' || typeof v.draft !== 'object' || v.draft === null) return undefined;
    return v;
  } catch {
    return undefined;
  }
}

/** A name not yet used in the list: "Bản nháp", "Bản nháp (2)", … */
export function uniqueName(index: DraftIndex, wanted: string): string {
  const names = new Set(index.items.map((m) => m.name));
  const base = wanted.trim() || 'Bản nháp';
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base} (${i})`)) return `${base} (${i})`;
}

export const addDraft = (index: DraftIndex, meta: DraftMeta, makeCurrent = true): DraftIndex => ({
  current: makeCurrent ? meta.id : index.current || meta.id,
  items: [...index.items, meta],
});

export const touchDraft = (index: DraftIndex, id: string, updatedAt: string): DraftIndex => ({
  ...index,
  items: index.items.map((m) => (m.id === id ? { ...m, updatedAt } : m)),
});

/**
 * Before writing a draft: `baseRev` is the revision this tab loaded or last wrote. If storage holds a newer one,
 * another tab saved in between — never overwrite silently.
 */
export function saveDecision(storedRev: number | undefined, baseRev: number): 'write' | 'conflict' {
  return storedRev !== undefined && storedRev > baseRev ? 'conflict' : 'write';
}
