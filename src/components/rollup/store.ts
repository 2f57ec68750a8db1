/**
 * The roll-up page's state: the roll-up (kept in IndexedDB under ROLLUP_KEY), the reading progress, files
 * that could not be used and what happened to replaced reports. Light: the page's first load imports only this; the
 * reading, checking and drawing code comes with the first file or a saved roll-up (actions.ts, View.tsx).
 */
import { atom } from 'nanostores';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import type { CriteriaSet } from '../../schemas/criteria.ts';
import type { RollupState } from '../../lib/rollup/state.ts';
import { openIdb, StorageError, type Kv, type StorageStatus } from '../../lib/storage/kv.ts';
import { memoryKv } from '../../lib/storage/memory.ts';
import { browserLocalStorage } from '../../lib/storage/local.ts';
import { ROLLUP_KEY } from '../../lib/storage/keys.ts';
import { unloadCopy, type UnloadCopy } from '../../lib/storage/unload-copy.ts';
import { onPageLeave } from '../ui/page-leave.ts';

export type RollupProps = {
  /** Report kinds with figures to roll up, in the site's order. */
  templates: ReportTemplate[];
  /** Catalogue entries the templates cite (targets' sources, [[…]] in their texts). */
  catalogue: CatalogueBrief[];
  /** Every kind's name, for messages about a file of another kind. */
  kindNames: Record<string, string>;
  /** "/lap-bao-cao/" under the base path. */
  builderBase: string;
  guideUrl: string;
  /** The site's criteria sets, which a request for a self-assessment may name. */
  criteriaSets?: CriteriaSet[];
};

/** undefined until the saved roll-up (if any) is read. */
export const $state = atom<RollupState | undefined>(undefined);
export const $progress = atom<{ done: number; total: number } | undefined>(undefined);
/** Files not used, with the reason. */
export const $problems = atom<{ file: string; error: string }[]>([]);
/** What the last files changed beyond adding rows (a report replaced by a newer one…). */
export const $notes = atom<string[]>([]);
export const $notice = atom<{ text: string; kind: 'ok' | 'error' } | undefined>(undefined);
export const $storage = atom<StorageStatus>('ok');
/** The code of the roll-up could not be downloaded (offline before the site was saved on this computer). */
export const $failed = atom(false);

let props: RollupProps;
let kv: Kv;
export const getProps = () => props;
export const getKv = () => kv;

/**
 * Writes a value kept on this computer (IndexedDB); the status says when the browser refused (the page keeps the
 * value meanwhile), and `copy` keeps it in localStorage if the page goes before the write is done.
 */
export function storeValue<T>(key: string, value: T, copy: UnloadCopy<T>): Promise<void> {
  copy.writing(value);
  return kv
    .transact([], () => ({ put: [[key, value]], result: undefined }))
    .then(
      () => {
        $storage.set(kv.persistent ? 'ok' : 'unavailable');
        if (kv.persistent) copy.stored(value);
      },
      (e) => $storage.set(e instanceof StorageError ? e.reason : 'failed'),
    );
}

/** The roll-up not stored yet when the page goes (and, as JSON text, one kept by an earlier version of the site). */
const rollupCopy = unloadCopy<RollupState>(ROLLUP_KEY, browserLocalStorage);
onPageLeave(rollupCopy.keep);

/** Keeps the roll-up on this computer. */
export const saveRollup = (state: RollupState) => storeValue(ROLLUP_KEY, state, rollupCopy);

/**
 * Opens storage and answers the roll-up kept there (a value to check, or undefined). A copy left in localStorage (the
 * page went before its last write was done, or an earlier version of the site kept the roll-up there) is newer: it
 * is moved in, and removed from there once stored.
 */
export async function initStore(p: RollupProps, open = openIdb): Promise<unknown> {
  props = p;
  kv = (await open()) ?? memoryKv();
  $storage.set(kv.persistent ? 'ok' : 'unavailable');
  const [saved] = await kv.read([ROLLUP_KEY]).catch(() => [undefined]);
  const left = rollupCopy.read();
  if (left === undefined) return saved;
  await storeValue(ROLLUP_KEY, left as RollupState, rollupCopy);
  return left;
}
