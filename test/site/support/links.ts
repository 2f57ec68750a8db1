import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './dist.ts';

export type LinkProblem = { page: string; link: string; problem: string };

const attributePattern = /<(a|link|script|img|source|iframe)\b([^>]*?)\s(?:href|src)="([^"]*)"/g;
/** Links that name the page's public address rather than load something. */
const addressOnly = /\brel="(canonical|alternate)"/;

/** Resolves a site path ("/base/linh-vuc/x/") to a file of the built site, or undefined. */
function fileFor(dir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [join(dir, decoded, 'index.html')] : [join(dir, decoded), join(dir, decoded, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

/**
 * Every link and resource of every built page: internal ones must resolve to a built file inside the base path;
 * resources (scripts, styles, images) must never come from another host.
 */
export function checkLinks(dir: string, base: string): { pages: number; links: number; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  let links = 0;
  const pages = builtPages(dir);
  for (const [path, html] of pages) {
    const pageUrl = new URL(`http://site${base}${path.replace(/index\.html$/, '')}`);
    for (const match of html.matchAll(attributePattern)) {
      const [whole, tag, , raw] = match;
      if (tag === 'link' && addressOnly.test(whole)) continue;
      const value = raw.replaceAll('&amp;', '&');
      if (value === '' || value.startsWith('#') || value.startsWith('mailto:') || value.startsWith('data:')) continue;
      const url = new URL(value, pageUrl);
      if (url.host !== 'site') {
        if (tag !== 'a') problems.push({ page: path, link: value, problem: 'tài nguyên tải từ máy chủ khác' });
        continue;
      }
      links++;
      if (!url.pathname.startsWith(base)) {
        problems.push({ page: path, link: value, problem: `liên kết nằm ngoài đường dẫn gốc ${base}` });
        continue;
      }
      if (!fileFor(dir, url.pathname.slice(base.length - 1)))
        problems.push({ page: path, link: value, problem: 'không có trang hoặc tệp đích' });
    }
  }
  return { pages: pages.length, links, problems };
}
