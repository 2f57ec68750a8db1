/**
 * Registers the service worker (sw.js, generated at build time by src/integrations/service-worker.ts) on every
 * page, once the page has loaded so that precaching never slows the first visit. It runs on every first load, so it
 * stays a few hundred bytes: the update notice is loaded only when a new version has been downloaded and is waiting
 * (never on a first visit, when no worker controls the page yet). A worker waits after 'installed' (no skipWaiting),
 * so `reg.waiting` is set whenever its state changes to it.
 */
const sw = navigator.serviceWorker;
if (import.meta.env.PROD && sw)
  addEventListener('load', () => {
    sw.register(import.meta.env.BASE_URL + 'sw.js').then((reg) => {
      // Some blockers (and Playwright's serviceWorkers: 'block') answer without a registration.
      if (!reg) return;
      const offer = () => reg.waiting && sw.controller && import('./update-notice.ts').then((m) => m.show(reg));
      const watch = () => reg.installing?.addEventListener('statechange', offer);
      reg.onupdatefound = watch;
      watch();
      offer();
    }, Boolean);
  });
