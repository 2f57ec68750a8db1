/** localStorage as the browser has it (the Storage interface over a Map), holding `entries`, with `room` characters in all. */
export function fakeLocalStorage(entries: Record<string, string> = {}, room = Infinity) {
  const map = new Map(Object.entries(entries));
  const used = () => [...map.values()].reduce((n, v) => n + v.length, 0);
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    removeItem: (k: string) => void map.delete(k),
    setItem: (k: string, v: string) => {
      if (used() - (map.get(k)?.length ?? 0) + v.length > room) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}
