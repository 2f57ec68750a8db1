import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob, type Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { catalogueEntrySchema } from './schemas/catalogue.ts';
import { areaSchema } from './schemas/area.ts';
import { templateSchema } from './data/template-schema.ts';
import { draftSchema } from './schemas/draft.ts';
import { criteriaSetSchema } from './schemas/criteria.ts';

/**
 * Starlight keys user translations by file path relative to src/content/i18n/; ours live in content/i18n/,
 * so entries are stored by language tag ("vi") without a file path.
 */
function translationsLoader(dir: string): Loader {
  return {
    name: 'cam-nang-cchc:translations',
    load: async ({ store, parseData }) => {
      store.clear();
      for (const file of (await readdir(dir)).filter((f) => f.endsWith('.json'))) {
        const id = file.replace(/\.json$/, '');
        const data = await parseData({ id, data: JSON.parse(await readFile(join(dir, file), 'utf8')) });
        store.set({ id, data });
      }
    },
  };
}

const data = (dir: string, ext = 'yaml') => glob({ pattern: `**/[^_]*.${ext}`, base: `./content/${dir}` });

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({
      extend: z.object({
        /** Words people search for to find this page; shown under the title and weighted highest by the search. */
        keywords: z.array(z.string().trim().min(1)).optional(),
      }),
    }),
  }),
  /** Vietnamese strings Starlight lacks (the search dialog's messages). */
  i18n: defineCollection({ loader: translationsLoader('./content/i18n'), schema: i18nSchema() }),
  catalogue: defineCollection({ loader: data('catalogue'), schema: catalogueEntrySchema }),
  areas: defineCollection({ loader: data('areas'), schema: areaSchema }),
  templates: defineCollection({ loader: data('templates'), schema: templateSchema }),
  examples: defineCollection({ loader: data('examples', 'json'), schema: draftSchema }),
  /** Criteria sets of the CCHC index (the score table's rows), one file per set. */
  criteria: defineCollection({ loader: data('criteria'), schema: criteriaSetSchema }),
};
