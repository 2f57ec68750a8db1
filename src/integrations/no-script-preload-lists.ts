import type { Plugin } from 'vite';

/**
 * A Vite plugin: a lazily loaded part's own script imports are not listed for preloading beside its dynamic import.
 * Those lists (the names of every chunk a part needs, repeated for each dynamic import) had grown to a tenth of a
 * builder's first load, which must stay ≤ 25 KB gzip. A part's CSS is still loaded with it. After the first visit every
 * chunk comes from the service worker's cache, where a chain of imports costs next to nothing. Astro sets the build's
 * `modulePreload` itself, after the user's, so this is set on the client environment.
 */
export default function noScriptPreloadLists(): Plugin {
  return {
    name: 'cchc:no-script-preload-lists',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: { modulePreload: { polyfill: false, resolveDependencies: (_file, deps) => deps.filter((d) => d.endsWith('.css')) } },
      };
    },
  };
}
