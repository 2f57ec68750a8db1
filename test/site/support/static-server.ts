import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { SiteServer } from './server.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves a built site from any folder under a base path, as GitHub Pages does (directory → index.html, unknown
 * path → 404.html with status 404). Astro's preview server only serves the project's own dist/; this one serves
 * a copy that a test changes (a new deploy) or a build made for another base path.
 */
export async function serveStatic(dir: string, base = '/'): Promise<SiteServer> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.startsWith(base) ? normalize(join(dir, path.slice(base.length))) : undefined;
    if (file && !file.startsWith(dir)) file = undefined;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file && existsSync(file) && statSync(file).isFile();
    const body = found ? readFileSync(file!) : readFileSync(join(dir, '404.html'));
    res.writeHead(found ? 200 : 404, {
      'content-type': found ? (types[extname(file!)] ?? 'application/octet-stream') : types['.html'],
      'cache-control': 'max-age=600',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
