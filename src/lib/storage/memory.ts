/** The fallback store when the browser gives no IndexedDB (see kv.ts): loaded only then. */
import type { Kv } from './kv.ts';

/** A Map for this tab only (values cloned in and out, as IndexedDB does). */
export function memoryKv(entries: Iterable<[string, unknown]> = []): Kv {
  const map = new Map(entries);
  const copy = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    persistent: false,
    read: async (keys) => keys.map((k) => copy(map.get(k))),
    transact: async (keys, change) => {
      const c = change(keys.map((k) => copy(map.get(k))));
      for (const [k, v] of c.put ?? []) map.set(k, copy(v));
      for (const k of c.remove ?? []) map.delete(k);
      return c.result;
    },
  };
}
