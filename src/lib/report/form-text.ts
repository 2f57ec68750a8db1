import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import { fillPlaceholders } from './placeholders.ts';
import { cutoffRange, formatCutoff } from '../format/cutoff.ts';
import { formatCitation, formatShortCitation } from '../catalogue/citation.ts';

type Cited = Pick<CatalogueEntry, 'id' | 'kind' | 'number' | 'name' | 'issued' | 'issuer' | 'title'>;

/** What a form shows for the data cut-off when the period has none the site knows. */
export const CUTOFF_UNKNOWN = '(thời gian chốt số liệu)';

/**
 * A text as a form field shows it: never the template's code. {ky}, {nam}, {don_vi} … are the draft's period and unit,
 * `extra` ones such as {van_ban} (documentVars), {chot_so_lieu} its data cut-off ("từ ngày 15/10/2026 đến ngày 14/11/2026", or "(thời gian chốt số liệu)"), and
 * [[61-2018-nd-cp]] the citation it stands for (in full the first time in the field, by type and number after). An id
 * the catalogue lacks stays as written, and the checks say so.
 */
export function formText(
  text: string,
  draft: Pick<Draft, 'header'>,
  catalogue: readonly Cited[],
  extra: Record<string, string> = {},
): string {
  if (!/[{[]/.test(text)) return text;
  const cut = cutoffRange(draft.header.period);
  const filled = fillPlaceholders(text, draft, { chot_so_lieu: cut ? formatCutoff(cut) : CUTOFF_UNKNOWN, ...extra });
  const cited = new Set<string>();
  return filled.replace(/\[\[([a-z0-9-]{1,80})\]\]/g, (m, id: string) => {
    const entry = catalogue.find((e) => e.id === id);
    if (!entry) return m;
    const first = !cited.has(id);
    cited.add(id);
    return first ? formatCitation(entry) : formatShortCitation(entry);
  });
}
