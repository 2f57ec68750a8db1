/**
 * What the service worker downloads after a first visit (src/integrations/service-worker.ts): files and size, raw
 * and gzip-compressed (what GitHub Pages sends), by kind. `npm run bench` prints it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import { precacheOptions } from '../../src/integrations/service-worker.ts';

export type PrecacheGroup = { name: string; files: number; raw: number; gzip: number };

const groupOf = (url: string) =>
  url.endsWith('.html')
    ? 'pages (HTML)'
    : url.startsWith('_astro/')
      ? 'scripts, styles, images (_astro)'
      : url.startsWith('pagefind/')
        ? 'search index (Pagefind)'
        : 'manifest, icons';

export async function precacheSize(dist: string): Promise<PrecacheGroup[]> {
  const { manifestEntries } = await getManifest(precacheOptions(dist));
  const groups = new Map<string, PrecacheGroup>();
  for (const entry of manifestEntries ?? []) {
    const url = typeof entry === 'string' ? entry : entry.url;
    const body = readFileSync(join(dist, url));
    const name = groupOf(url);
    const g = groups.get(name) ?? { name, files: 0, raw: 0, gzip: 0 };
    g.files++;
    g.raw += body.length;
    g.gzip += gzipSync(body, { level: 9 }).length;
    groups.set(name, g);
  }
  return [...groups.values()];
}
