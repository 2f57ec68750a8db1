import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// A static import: Astro loads this file through Vite's module runner, which is closed by the time build:done runs.
import { generateSW, type GetManifestOptions } from 'workbox-build';

/** The service worker's file name, at the root of the base path (so its scope is the whole site). */
export const swFile = 'sw.js';

/**
 * What the service worker precaches: everything the build wrote — every page, every script and stylesheet chunk
 * (editors, live checks, the docx renderer…), images, fonts, icons, the manifest, the Pagefind index a search reads
 * (script, worker, WebAssembly, index chunks and result fragments) — except what no page uses: Pagefind's own UI
 * bundles (Starlight bundles @pagefind/default-ui itself), sitemaps (for crawlers) and source maps.
 */
export function precacheOptions(dist: string): GetManifestOptions {
  return {
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: [
      swFile,
      'sitemap*.xml',
      '**/*.map',
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-highlight.js',
    ],
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
        // A warning means a file left out of the precache (too large, say): that page would fail offline.
        if (warnings.length) throw new Error(`${swFile}: ${warnings.join('; ')}`);
        logger.info(`${swFile}: precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
      },
    },
  };
}
