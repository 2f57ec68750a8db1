/**
 * What runs when the page is hidden or left: the last moments it can still write synchronously. Fields left in the
 * middle of an edit send their value first ('send'), then stores copy what is not written yet ('keep').
 */
type Stage = 'send' | 'keep';
const handlers: Record<Stage, Set<() => void>> = { send: new Set(), keep: new Set() };
let listening = false;

const run = () => {
  for (const h of handlers.send) h();
  for (const h of handlers.keep) h();
};

/** Adds a handler; answers the function that removes it. (Nothing to listen to while the page is built on the server.) */
export function onPageLeave(handler: () => void, stage: Stage = 'keep'): () => void {
  if (typeof document === 'undefined') return () => undefined;
  if (!listening) {
    listening = true;
    addEventListener('pagehide', run);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') run();
    });
  }
  handlers[stage].add(handler);
  return () => void handlers[stage].delete(handler);
}
