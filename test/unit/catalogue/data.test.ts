import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { slugify } from '../../../src/lib/format/slug.ts';
import { catalogueEntrySchema, type CatalogueEntry } from '../../../src/schemas/catalogue.ts';
import { checkCatalogue, formatProblems } from '../../../src/lib/catalogue/integrity.ts';

const dir = fileURLToPath(new URL('../../../content/catalogue/', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .sort();

/** The id rule: strip diacritics (đ→d), lowercase, every run of non-alphanumerics → "-". */
const slugOf = (number: string) => slugify(number, Infinity);

const raw = files.map((file) => ({ file, text: readFileSync(dir + file, 'utf8') }));

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(strings);
  return [];
}

describe('catalogue data', () => {
  it('has at least 45 entries', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
  });

  it('slug rule matches the documented examples', () => {
    expect(slugOf('61/2018/NĐ-CP')).toBe('61-2018-nd-cp');
    expect(slugOf('76/NQ-CP')).toBe('76-nq-cp');
    expect(slugOf('80/2015/QH13')).toBe('80-2015-qh13');
    expect(slugOf('TCVN ISO 9001:2015')).toBe('tcvn-iso-9001-2015');
  });

  const entries: (CatalogueEntry & { filePath: string })[] = [];

  for (const { file, text } of raw) {
    describe(file, () => {
      const data = parse(text);
      const result = catalogueEntrySchema.safeParse(data);

      it('matches the schema', () => {
        expect(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2)).toBe(true);
        if (result.success) entries.push({ ...result.data, id: file.replace(/\.yaml$/, ''), filePath: `content/catalogue/${file}` });
      });

      it('file name is the slug of its number', () => {
        expect(file).toBe(`${slugOf(String(data.number))}.yaml`);
      });

      it('every text field is NFC', () => {
        expect(text).toBe(text.normalize('NFC'));
        for (const s of strings(data)) expect(s).toBe(s.normalize('NFC'));
      });

      it('lists unverified fields that it actually left empty (or status unknown)', () => {
        for (const field of (data.unverified ?? []) as string[]) {
          if (field === 'status') expect(data.status).toBe('unknown');
          else if (['replacedBy', 'replaces', 'amends', 'amendedBy'].includes(field)) expect(data[field] ?? []).toEqual([]);
          else expect(data[field], `${field} is listed as unverified but has a value`).toBeUndefined();
        }
      });
    });
  }

  it('cross-references are complete and mutual', () => {
    expect(entries.length).toBe(files.length);
    const problems = checkCatalogue(entries);
    expect(problems, formatProblems(problems)).toEqual([]);
  });
});
