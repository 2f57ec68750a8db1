/**
 * Every name the site stores things under, in one place: the IndexedDB database that holds drafts and the roll-up,
 * the keys inside it, the localStorage keys of small settings, and the channel tabs use to tell each other of a save.
 * Keys keep the `cchc:v1:` prefix drafts had in localStorage, so a moved draft keeps its key.
 */
export const STORAGE_PREFIX = 'cchc:v1:';

/** The list of drafts of one report kind: { current, items: [{ id, name, updatedAt }] }. */
export const draftIndexKey = (kind: string) => `${STORAGE_PREFIX}drafts:${kind}`;
/** One draft's content: { rev, draft }. */
export const draftKey = (id: string) => `${STORAGE_PREFIX}draft:${id}`;
/** The roll-up kept on /tong-hop/. */
export const ROLLUP_KEY = `${STORAGE_PREFIX}rollup`;
/** A spreadsheet column mapping the user corrected, by header signature (a small setting: localStorage). */
export const importMappingKey = (signature: string) => `${STORAGE_PREFIX}import-map:${signature}`;
/** Written and removed at once to learn whether localStorage accepts writes. */
export const PROBE_KEY = `${STORAGE_PREFIX}probe`;

/** Keys drafts had in localStorage before they moved to IndexedDB (and still have in a tab of an older version). */
export const isLegacyDraftKey = (key: string) => key.startsWith(`${STORAGE_PREFIX}drafts:`) || key.startsWith(`${STORAGE_PREFIX}draft:`);

/** IndexedDB: one database, one object store of key → value (structured clones, not JSON text). */
export const DATABASE = 'cam-nang-cchc';
export const OBJECT_STORE = 'kv';

/** BroadcastChannel on which a tab says which keys it has just written. */
export const CHANNEL = `${STORAGE_PREFIX}saved`;
