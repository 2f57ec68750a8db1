/**
 * A value kept in IndexedDB, written in the background, with a copy in localStorage for when the page goes away
 * first: a write still under way at unload is dropped by the browser (and IndexedDB may be full), while localStorage
 * writes at once. The copy is made only for a value not yet stored, so when there is one it is the newest; it is
 * removed once IndexedDB holds a later value. (Drafts, which carry revisions, have their own: drafts/rescue.ts.)
 */
type Backing = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type UnloadCopy<T> = {
  /** A write of `value` has started. */
  writing(value: T): void;
  /** The write of `value` finished: if nothing newer is waiting, the copy is no longer needed. */
  stored(value: T): void;
  /** The page is going: copy what is not stored yet (JSON). */
  keep(): void;
  /** The copy left by an earlier visit, parsed (its text if it is not JSON, for the caller to report), if any. */
  read(): unknown;
};

export function unloadCopy<T>(key: string, backing: () => Backing | undefined): UnloadCopy<T> {
  let unstored: { value: T } | undefined;
  const attempt = <R>(run: (ls: Backing) => R): R | undefined => {
    try {
      const ls = backing();
      return ls ? run(ls) : undefined;
    } catch {
      return undefined; // localStorage full or refused as well: nothing more can be done here
    }
  };
  return {
    writing: (value) => void (unstored = { value }),
    stored(value) {
      if (unstored?.value !== value) return;
      unstored = undefined;
      attempt((ls) => ls.removeItem(key));
    },
    keep: () => void (unstored && attempt((ls) => ls.setItem(key, JSON.stringify(unstored!.value)))),
    read() {
      const text = attempt((ls) => ls.getItem(key));
      if (text === null || text === undefined) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    },
  };
}
