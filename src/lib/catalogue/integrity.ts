import type { CatalogueEntry } from '../../schemas/catalogue.ts';

export type IntegrityProblem = { file: string; field: string; message: string };

type Located = { id: string; filePath?: string };

/**
 * Cross-reference checks a per-entry schema cannot make: every link points at an existing entry,
 * and links are mutual (A replacedBy B ⇔ B replaces A; A amendedBy B ⇔ B amends A).
 */
export function checkCatalogue(entries: (CatalogueEntry & Located)[]): IntegrityProblem[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems: IntegrityProblem[] = [];
  const fileOf = (e: Located) => e.filePath ?? `content/catalogue/${e.id}.yaml`;
  const pairs = [
    ['replacedBy', 'replaces'],
    ['replaces', 'replacedBy'],
    ['amendedBy', 'amends'],
    ['amends', 'amendedBy'],
  ] as const;
  for (const entry of entries) {
    for (const [field, inverse] of pairs) {
      for (const target of entry[field]) {
        const other = byId.get(target);
        if (!other) problems.push({ file: fileOf(entry), field, message: `không có văn bản "${target}" trong danh mục` });
        else if (!other[inverse].includes(entry.id))
          problems.push({ file: fileOf(other), field: inverse, message: `thiếu "${entry.id}" (vì ${entry.id} ghi ${field}: ${target})` });
      }
    }
    for (const event of entry.history ?? [])
      if (event.by && !byId.has(event.by))
        problems.push({ file: fileOf(entry), field: 'history.by', message: `không có văn bản "${event.by}" trong danh mục` });
  }
  return problems;
}

/** Checks that ids used elsewhere (areas, templates, pages) exist in the catalogue. */
export function missingReferences(ids: Iterable<string>, catalogueIds: Set<string>, file: string, field: string): IntegrityProblem[] {
  return [...ids].filter((id) => !catalogueIds.has(id)).map((id) => ({ file, field, message: `không có văn bản "${id}" trong danh mục` }));
}

export function formatProblems(problems: IntegrityProblem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
