import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// A static import: Astro loads this file through Vite's module runner, which is closed by the time build:done runs.
import { generateSW, type GetManifestOptions } from 'workbox-build';

/** The service worker's file name, at the root of the base path (so its scope is the whole site). */
export const swFile = 'sw.js';

/**
 * What the service worker precaches: every page, every script and stylesheet chunk (editors, live checks, the docx
 * renderer…), images, icons, the manifest, and the part of the Pagefind index a search reads (its script, worker,
 * WebAssembly, metadata, index chunks and result fragments). Pagefind's own UI bundles are not used by Starlight
 * (it bundles @pagefind/default-ui itself), and sitemaps are for crawlers.
 */
export function precacheOptions(dist: string): GetManifestOptions {
  return {
    globDirectory: dist,
    globPatterns: [
      '**/*.html',
      '_astro/**/*',
      '*.{svg,png,ico,webmanifest}',
      'icons/*',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/*.pf_meta',
      'pagefind/wasm.*.pagefind',
      'pagefind/index/*',
      'pagefind/fragment/*',
    ],
    globIgnores: [swFile],
    // Astro's chunks carry a content hash in their name: the URL is their revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // The docx renderer is the largest chunk (~250 KB); nothing should be silently left out.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/**
 * Generates `sw.js` after the build (after Starlight has written the Pagefind index and the CSP hashes are in the
 * pages, so each page's revision is its final HTML). Workbox's runtime is inlined: the worker imports nothing,
 * from a CDN or elsewhere. A new worker waits until the visitor chooses to reload (src/pwa/update-notice.ts);
 * `clientsClaim` lets the very first visit's page be controlled at once, so its on-demand chunks come from the
 * cache if the connection drops before a reload.
 */
export async function generateServiceWorker(dist: string): Promise<{ count: number; size: number; warnings: string[] }> {
  return generateSW({
    ...precacheOptions(dist),
    swDest: join(dist, swFile),
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    cacheId: 'cam-nang-cchc',
    // Pagefind asks for pagefind-entry.json?ts=<now> to skip the HTTP cache; the precached copy is the right one.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
  });
}

/** Registers the worker on every page (src/pwa/register.ts, bundled into Astro's page script) and writes it after the build. */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'cam-nang-cchc:service-worker',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('page', `import ${JSON.stringify(fileURLToPath(new URL('../pwa/register.ts', import.meta.url)))};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateServiceWorker(fileURLToPath(dir));
        for (const w of warnings) logger.warn(w);
        logger.info(`${swFile}: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
