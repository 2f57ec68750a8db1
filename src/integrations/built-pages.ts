import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** Runs `change` over every page of the built site (`dir`, as Astro's `astro:build:done` gives it), writing back those it changed. */
export async function rewritePages(dir: URL, change: (html: string) => string): Promise<void> {
  for await (const file of htmlFiles(fileURLToPath(dir))) {
    const html = await readFile(file, 'utf8');
    const updated = change(html);
    if (updated !== html) await writeFile(file, updated);
  }
}
