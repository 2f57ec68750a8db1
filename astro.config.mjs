// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import cspInlineScripts from './src/integrations/csp-inline-scripts.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import tableScroll from './src/integrations/table-scroll.ts';
import catalogueReview from './src/integrations/catalogue-review.ts';
import noScriptPreloadLists from './src/integrations/no-script-preload-lists.ts';
import { fileURLToPath } from 'node:url';

// GitHub Pages serves a project site under /<repo>/: the deploy workflow sets SITE and BASE_PATH.
const site = process.env.SITE ?? 'https://example.github.io';
const base = process.env.BASE_PATH ?? '/';
const baseSlash = base.endsWith('/') ? base : `${base}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Starlight turns on prefetching every link on hover (~1.1 KB gzip JS on every page). The service worker
  // (src/integrations/service-worker.ts) downloads every page once after the first visit and serves them from the
  // cache after that, so prefetching would only fetch pages twice on that first visit.
  prefetch: false,
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its index as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight sets CSS custom properties in style attributes (icons); <style> elements stay hash-only.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    plugins: [noScriptPreloadLists()],
    // Commune offices run old Windows PCs: Chrome 109 is the last Chrome (and Cốc Cốc/Edge base) on Windows 7 and 8.1.
    build: {
      target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
      cssTarget: ['chrome109', 'edge109', 'firefox115', 'safari15'],
    },
    resolve: {
      // Starlight's search would download its UI (~26 KB gzip) on every page as soon as the browser is idle;
      // src/search/pagefind-on-demand.ts loads it when the visitor reaches for the search button instead.
      alias: [
        { find: /^@pagefind\/default-ui$/, replacement: fileURLToPath(new URL('./src/search/pagefind-on-demand.ts', import.meta.url)) },
      ],
    },
  },
  integrations: [
    starlight({
      title: 'Cẩm nang CCHC',
      description:
        'Hướng dẫn cải cách hành chính theo từng lĩnh vực, tra cứu văn bản pháp lý và lập báo cáo CCHC đúng thể thức Nghị định 30/2020/NĐ-CP ngay trong trình duyệt.',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      favicon: '/favicon.svg',
      // Installable as an app (public/manifest.webmanifest); offline support is the service worker's (see below).
      head: [
        { tag: 'link', attrs: { rel: 'manifest', href: `${baseSlash}manifest.webmanifest` } },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${baseSlash}icons/apple-touch-icon.png` } },
      ],
      customCss: ['./src/styles/site.css', './src/pwa/update-notice.css'],
      components: {
        PageTitle: './src/components/starlight/PageTitle.astro',
        TableOfContents: './src/components/starlight/TableOfContents.astro',
        MobileTableOfContents: './src/components/starlight/MobileTableOfContents.astro',
        // "Báo thông tin chưa đúng" (a prefilled GitHub issue) in the footer slot of "edit this page".
        EditLink: './src/components/starlight/EditLink.astro',
      },
      // Content links are written relative ("../../linh-vuc/x/") so they work under any base path;
      // test/site/built-site.test.ts checks every link of the built site, relative ones included.
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false, errorOnRelativeLinks: false })],
      sidebar: [
        { label: 'Bắt đầu', link: '/' },
        { label: 'Lĩnh vực CCHC', items: [{ autogenerate: { directory: 'linh-vuc' } }] },
        { label: 'Hướng dẫn', items: [{ autogenerate: { directory: 'huong-dan' } }] },
        {
          label: 'Lập báo cáo',
          items: [
            { label: 'Các loại báo cáo', link: '/lap-bao-cao/' },
            { label: 'Tổng hợp báo cáo', link: '/tong-hop/' },
          ],
        },
        {
          label: 'Văn bản pháp lý',
          items: [
            { label: 'Danh mục văn bản', link: '/van-ban/' },
            { label: 'Văn bản mới và thay đổi', link: '/van-ban/thay-doi/' },
          ],
        },
      ],
      // Frontmatter keywords (src/components/starlight/PageTitle.astro) are a Pagefind meta field ranked above the title.
      // `terms`: the same words without diacritics (src/search/terms.ts).
      pagefind: { ranking: { metaWeights: { keywords: 10, terms: 10 } } },
    }),
    mdx(),
    preact(),
    tableScroll(),
    // Prints the catalogue entries whose status was last checked more than 120 days before the build.
    catalogueReview(),
    cspInlineScripts(),
    // Last: precaches the finished pages (with their CSP hashes) and the Pagefind index Starlight wrote before.
    serviceWorker(),
  ],
});
