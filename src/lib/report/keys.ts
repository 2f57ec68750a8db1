import type { SectionTemplate } from '../../schemas/template.ts';

/**
 * Draft value keys, built and read only here. A block's value lives under
 *   "<section id>/<child section id>:<block id>"       e.g. "ket-qua/cai-cach-tthc:giai-quyet"
 * and an item of a repeated section adds "#<index>" to that section's id: "don-vi#0/chi-dao:danh-gia".
 * The "template key" of a value is its key without any "#<index>": the same for every item.
 * An appendix is keyed like a top-level section by its id: "phu-luc-1:bang". Keys of the wording the user changed
 * or left out are in text-keys.ts.
 */

/** "ket-qua" + "cai-cach-tthc" → "ket-qua/cai-cach-tthc"; a top-level section's key is its id. */
export const childKey = (parent: string, sectionId: string) => (parent ? `${parent}/${sectionId}` : sectionId);
/** Item `index` of a repeated section: "don-vi" → "don-vi#0". */
export const itemKey = (sectionKey: string, index: number) => `${sectionKey}#${index}`;
/** A block under a section: "ket-qua/cai-cach-tthc" + "giai-quyet" → "ket-qua/cai-cach-tthc:giai-quyet". */
export const blockKey = (sectionKey: string, blockId: string) => `${sectionKey}:${blockId}`;
/** "don-vi#2/chi-dao:danh-gia" → "don-vi/chi-dao:danh-gia". */
export const templateKey = (key: string) => key.replace(/#\d+/g, '');

/** True when a value key belongs to top-level section `sectionId`: its blocks, its children's, its items'. */
export const isUnder = (key: string, sectionId: string) => [':', '/', '#'].some((c) => key.startsWith(sectionId + c));

/**
 * The key after item `removed` of repeated section `sectionId` is deleted: later items move up one
 * ("don-vi#2/…" → "don-vi#1/…"); undefined for a key of the removed item itself. Section ids are slugs.
 */
export function shiftItemKey(key: string, sectionId: string, removed: number): string | undefined {
  const pattern = new RegExp(`(^|/)${sectionId}#(\\d+)(?=[/:]|$)`);
  const m = pattern.exec(key);
  if (!m) return key;
  const i = Number(m[2]);
  if (i === removed) return undefined;
  return i > removed ? key.replace(pattern, `$1${sectionId}#${i - 1}`) : key;
}

/** A template's section with its template key ("ket-qua/cai-cach-tthc"), depth first, parents before children. */
export type TemplateSection = { section: SectionTemplate; key: string };

/** Every section of a template, depth first; repeated sections appear once (keys carry no "#<index>"). */
export function templateSections(sections: SectionTemplate[], parent = ''): TemplateSection[] {
  return sections.flatMap((section) => {
    const key = childKey(parent, section.id);
    return [{ section, key }, ...templateSections(section.children, key)];
  });
}
