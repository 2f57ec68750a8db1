import { foldDiacritics } from '../lib/format/slug.ts';

/**
 * A copy without diacritics of a page's title and keywords, for the Pagefind meta field `terms` (weighted like
 * `keywords` in astro.config.mjs). Pagefind already matches "cham" to "chấm", but "đ" is a letter of its own, so
 * "diem" would never find "điểm", nor "dinh" find "định", without it. Only the words Pagefind cannot match already
 * are copied, so the field stays short and a page is not lifted for words it holds anyway.
 */
export function foldedTerms(title: string, keywords: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const term of [title, ...keywords]) if (/đ/i.test(term)) out.add(foldDiacritics(term).toLowerCase().trim());
  return [...out].filter(Boolean);
}
