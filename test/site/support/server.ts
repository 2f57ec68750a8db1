import { distDir, projectRoot } from './dist.ts';
import { serveStatic } from './static-server.ts';

export { projectRoot };

export type SiteServer = { url: string; base: string; stop: () => Promise<void> };

/** The base path the site was built for ($BASE_PATH, "/" by default), with its final slash. */
export const sitePathBase = () => (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Serves the built `dist/` as GitHub Pages would (test/site/support/static-server.ts), on a free local port. */
export const startSite = (): Promise<SiteServer> => serveStatic(distDir, sitePathBase());
