import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../..', import.meta.url));

export const distDir = join(projectRoot, 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('Chưa có bản build: chạy "npm run build" trước "npm run test:site".');
}

/** Every built HTML page as [path inside dist, html]. */
export function builtPages(dir: string = distDir): [string, string][] {
  const pages: [string, string][] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) pages.push(...builtPages(full).map(([p, h]) => [join(name, p), h] as [string, string]));
    else if (name.endsWith('.html')) pages.push([name, readFileSync(full, 'utf8')]);
  }
  return pages;
}
