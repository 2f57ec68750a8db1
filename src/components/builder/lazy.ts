import { useEffect, useState } from 'preact/hooks';

/**
 * Loads a module (a dynamic import) the first time `when` is true — a section opened, a panel expanded — and
 * returns it once it has arrived; undefined until then. Code the visitor never asks for is never downloaded.
 */
export function useModule<T>(load: () => Promise<T>, when: boolean): T | undefined {
  const [mod, setMod] = useState<T | undefined>(undefined);
  useEffect(() => {
    if (when && !mod) void load().then((m) => setMod(() => m));
  }, [when]);
  return mod;
}

/** Tracks whether a <details> has ever been opened: its content stays mounted (and its code loaded) after that. */
export function useOpened(): [boolean, (e: Event) => void] {
  const [opened, setOpened] = useState(false);
  return [opened, (e: Event) => (e.currentTarget as HTMLDetailsElement).open && setOpened(true)];
}
