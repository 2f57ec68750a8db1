import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module (a dynamic import) the first time `when` is true — a section opened, a panel expanded — and
 * returns it once it has arrived; undefined until then, null if it could not be loaded (offline before the site was
 * cached, or a chunk gone after a new deploy): then <Pending> says so. Code the visitor never asks for is never downloaded.
 */
export function useModule<T>(load: () => Promise<T>, when: boolean): T | undefined | null {
  const [mod, setMod] = useState<T | undefined | null>(undefined);
  useEffect(() => {
    if (when && !mod)
      load().then(
        (m) => setMod(() => m),
        () => setMod(null),
      );
  }, [when]);
  return mod;
}

/** Tracks whether a <details> has ever been opened: its content stays mounted (and its code loaded) after that. */
export function useOpened(): [boolean, (e: Event) => void] {
  const [opened, setOpened] = useState(false);
  return [opened, (e: Event) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)];
}
