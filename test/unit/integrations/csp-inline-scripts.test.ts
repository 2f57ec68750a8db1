import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineScriptHashes } from '../../../src/integrations/csp-inline-scripts.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('CSP hashes for inline scripts', () => {
  const page = (policy: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>` +
    `<script>one()</script><script type="module" src="/a.js"></script><script aria-hidden="true">two()</script></body></html>`;

  it('adds the hash of every inline script, once, and leaves external scripts alone', () => {
    const out = addInlineScriptHashes(page(`default-src 'self'; script-src 'self' ${hash('one()')}; style-src 'self'`));
    const scriptSrc = /script-src ([^;]*)/.exec(out)![1];
    expect(scriptSrc.split(' ').filter((s) => s === hash('one()'))).toHaveLength(1);
    expect(scriptSrc).toContain(hash('two()'));
    expect(out).toContain("style-src 'self'");
  });

  it('leaves a page without a policy unchanged', () => {
    expect(addInlineScriptHashes('<p>x</p><script>a()</script>')).toBe('<p>x</p><script>a()</script>');
  });
});
