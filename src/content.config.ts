import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { catalogueEntrySchema } from './schemas/catalogue.ts';
import { areaSchema } from './schemas/area.ts';
import { templateSchema } from './schemas/template.ts';
import { draftSchema } from './schemas/draft.ts';

const data = (dir: string, ext = 'yaml') => glob({ pattern: `**/[^_]*.${ext}`, base: `./content/${dir}` });

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema(),
  }),
  catalogue: defineCollection({ loader: data('catalogue'), schema: catalogueEntrySchema }),
  areas: defineCollection({ loader: data('areas'), schema: areaSchema }),
  templates: defineCollection({ loader: data('templates'), schema: templateSchema }),
  examples: defineCollection({ loader: data('examples', 'json'), schema: draftSchema }),
};
