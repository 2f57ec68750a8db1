/**
 * localStorage for small settings (a spreadsheet mapping the user corrected), never for drafts: it never throws.
 * When the browser refuses (private mode, quota full, storage disabled) values are kept in memory for this tab.
 */
import { PROBE_KEY } from './keys.ts';
import { isQuotaError } from './kv.ts';

export type LocalSettings = {
  get(key: string): string | null;
  /** False when the value could only be kept in memory. */
  set(key: string, value: string): boolean;
  remove(key: string): void;
};

type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or undefined where reading the property itself throws (storage disabled). */
export function browserLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function createLocalSettings(getBacking: () => Backing | undefined = browserLocalStorage): LocalSettings {
  const memory = new Map<string, string>();
  let backing: Backing | undefined;
  try {
    backing = getBacking();
    backing?.setItem(PROBE_KEY, '1');
    backing?.removeItem(PROBE_KEY);
  } catch (e) {
    if (!isQuotaError(e)) backing = undefined;
  }
  return {
    get(key) {
      if (memory.has(key)) return memory.get(key)!;
      try {
        return backing?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        if (backing) {
          backing.setItem(key, value);
          memory.delete(key);
          return true;
        }
      } catch {
        /* kept in memory below */
      }
      memory.set(key, value);
      return false;
    },
    remove(key) {
      memory.delete(key);
      try {
        backing?.removeItem(key);
      } catch {
        /* nothing to do */
      }
    },
  };
}

let settings: LocalSettings | undefined;
/** The page's settings store, made on first use. */
export const localSettings = () => (settings ??= createLocalSettings());
