import { preview } from 'astro';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

export type SiteServer = { url: string; base: string; stop: () => Promise<void> };

/** Serves the built `dist/` with Astro's own preview server, on a free local port. */
export async function startSite(): Promise<SiteServer> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({ root: projectRoot, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  return { url: `http://127.0.0.1:${server.port}${base}`, base, stop: () => server.stop() };
}
