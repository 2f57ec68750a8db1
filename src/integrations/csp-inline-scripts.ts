import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { rewritePages } from './built-pages.ts';

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** Adds the hash of every inline script on a page to that page's script-src. */
export function addInlineScriptHashes(html: string): string {
  const meta = cspMeta.exec(html);
  if (!meta) return html;
  const hashes = [...html.matchAll(inlineScript)].map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  const policy = meta[2].replace(/script-src ([^;]*)/, (directive, sources: string) => {
    const missing = [...new Set(hashes)].filter((h) => !sources.includes(h));
    return missing.length ? `${directive} ${missing.join(' ')}` : directive;
  });
  return html.replace(cspMeta, `$1${policy}$3`);
}

/**
 * Astro's CSP hashes the scripts it bundles, but not the `is:inline` scripts Starlight writes into every page
 * (theme and sidebar restore). Rather than weaken script-src with 'unsafe-inline', hash them after the build.
 */
export default function cspInlineScripts(): AstroIntegration {
  return {
    name: 'cam-nang-cchc:csp-inline-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => rewritePages(dir, addInlineScriptHashes),
    },
  };
}
