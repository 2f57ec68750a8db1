/**
 * localStorage that never throws: when the browser refuses (private mode, quota full, storage disabled),
 * values are kept in memory for this tab and `status` says why, so the page can tell the user and keep working.
 * Shaped as the object @nanostores/persistent expects from setPersistentEngine (property get/set/delete/in).
 */
export type StorageStatus = 'ok' | 'unavailable' | 'full';

export type SafeStorage = {
  engine: Record<string, string | undefined>;
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  status(): StorageStatus;
  onStatus(listener: (s: StorageStatus) => void): () => void;
};

type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number } | undefined;
  return !!err && (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014);
}

export function createSafeStorage(getBacking: () => Backing | undefined): SafeStorage {
  const memory = new Map<string, string>();
  let backing: Backing | undefined;
  let status: StorageStatus = 'ok';
  const listeners = new Set<(s: StorageStatus) => void>();
  const setStatus = (s: StorageStatus) => {
    if (s === status) return;
    status = s;
    for (const l of listeners) l(s);
  };
  try {
    backing = getBacking();
    if (!backing) status = 'unavailable';
    else {
      const probe = `${'cchc:v1:'}probe`;
      backing.setItem(probe, '1');
      backing.removeItem(probe);
    }
  } catch (e) {
    status = isQuotaError(e) && backing ? 'full' : 'unavailable';
    if (status === 'unavailable') backing = undefined;
  }

  const get = (key: string): string | null => {
    if (memory.has(key)) return memory.get(key)!;
    try {
      return backing?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const set = (key: string, value: string): boolean => {
    if (backing) {
      try {
        backing.setItem(key, value);
        memory.delete(key);
        if (status === 'full') setStatus('ok');
        return true;
      } catch (e) {
        setStatus(isQuotaError(e) ? 'full' : 'unavailable');
      }
    }
    memory.set(key, value);
    return false;
  };
  const remove = (key: string) => {
    memory.delete(key);
    try {
      backing?.removeItem(key);
    } catch {
      /* nothing to do */
    }
  };
  const engine = new Proxy({} as Record<string, string | undefined>, {
    get: (_t, key) => (typeof key === 'string' ? (get(key) ?? undefined) : undefined),
    set: (_t, key, value) => {
      if (typeof key === 'string') set(key, String(value));
      return true;
    },
    deleteProperty: (_t, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
    has: (_t, key) => typeof key === 'string' && get(key) !== null,
  });
  return {
    engine,
    get,
    set,
    remove,
    status: () => status,
    onStatus: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
