import { foldDiacritics } from '../format/slug.ts';
import type { CatalogueBrief, CatalogueEntry } from '../../schemas/catalogue.ts';

/** The brief of an entry, without its empty fields; the builder's list is sorted newest first (see `byIssuedDesc`). */
export const catalogueBrief = (e: CatalogueEntry): CatalogueBrief => ({
  id: e.id,
  kind: e.kind,
  number: e.number,
  ...(e.name ? { name: e.name } : {}),
  ...(e.issued ? { issued: e.issued } : {}),
  ...(e.issuer ? { issuer: e.issuer } : {}),
  ...(e.title ? { title: e.title } : {}),
  status: e.status,
  replacedBy: e.replacedBy,
});

export const byIssuedDesc = (a: Pick<CatalogueEntry, 'issued'>, b: Pick<CatalogueEntry, 'issued'>) =>
  (b.issued ?? '').localeCompare(a.issued ?? '');

const fold = (s: string) => foldDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();

/** Diacritic-insensitive search over number, kind, name and title; every word must match. */
export function searchCatalogue(entries: CatalogueBrief[], query: string, limit = 20): CatalogueBrief[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return entries.slice(0, limit);
  const scored: [number, CatalogueBrief][] = [];
  for (const e of entries) {
    const hay = fold([e.kind, e.number, e.name ?? '', e.title ?? '', e.issuer ?? ''].join(' '));
    if (!words.every((w) => hay.includes(w))) continue;
    const num = fold(e.number);
    scored.push([words.some((w) => num.startsWith(w)) ? 0 : 1, e]);
  }
  return scored
    .sort((a, b) => a[0] - b[0])
    .slice(0, limit)
    .map(([, e]) => e);
}
