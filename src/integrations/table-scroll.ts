import type { AstroIntegration } from 'astro';
import { rewritePages } from './built-pages.ts';

const TABLE = /<table\b[^>]*>[\s\S]*?<\/table>/g;
const ALREADY_WRAPPED = /<div class="table-scroll"[^>]*>\s*$/;
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Wraps each table of a page in a focusable region labelled with its columns, which scrolls sideways
 * (src/styles/site.css): on a phone a wide table keeps readable columns instead of squeezing each cell to a word
 * per line, and keyboard users can scroll it. A table of three or more columns also gets a short "scroll" hint,
 * shown on small screens only and kept out of the search index.
 */
export function wrapTables(html: string): string {
  return html.replace(TABLE, (table, offset: number) => {
    if (ALREADY_WRAPPED.test(html.slice(Math.max(0, offset - 300), offset))) return table;
    const firstRow = /<tr\b[^>]*>([\s\S]*?)<\/tr>/.exec(table)?.[1] ?? '';
    const columns = [...firstRow.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => plain(m[1]));
    const label = columns.filter(Boolean).length ? `Bảng: ${columns.filter(Boolean).join(', ')}` : 'Bảng';
    const region = `<div class="table-scroll" role="region" tabindex="0" aria-label="${attr(label)}">${table}</div>`;
    if (columns.length < 3) return region;
    return `<div class="table-block"><p class="table-scroll__hint" aria-hidden="true" data-pagefind-ignore>Kéo ngang để xem hết bảng →</p>${region}</div>`;
  });
}

export default function tableScroll(): AstroIntegration {
  return {
    name: 'cam-nang-cchc:table-scroll',
    hooks: {
      'astro:build:done': async ({ dir }) => rewritePages(dir, (html) => (html.includes('<table') ? wrapTables(html) : html)),
    },
  };
}
