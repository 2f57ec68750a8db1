/**
 * The roll-up page's state: the roll-up (kept in localStorage under `cchc:v1:rollup`), the reading progress, files
 * that could not be used and what happened to replaced reports. Light: the page's first load imports only this; the
 * reading, checking and drawing code comes with the first file or a saved roll-up (actions.ts, View.tsx).
 */
import { atom } from 'nanostores';
import type { ReportTemplate } from '../../schemas/template.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import type { RollupState } from '../../lib/rollup/state.ts';
import { createSafeStorage, type SafeStorage, type StorageStatus } from '../../lib/drafts/storage.ts';

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
};

export const STORAGE_KEY = 'cchc:v1:rollup';

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
let storage: SafeStorage;
export const getProps = () => props;
export const getStorage = () => storage;

export function initStore(p: RollupProps, backing: () => Storage | undefined = () => window.localStorage): string | null {
  props = p;
  storage = createSafeStorage(backing);
  $storage.set(storage.status());
  storage.onStatus((s) => $storage.set(s));
  return storage.get(STORAGE_KEY);
}
