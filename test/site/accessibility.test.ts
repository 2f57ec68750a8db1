import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { builtPages } from './support/dist.ts';
import { useSite } from './support/session.ts';

const session = useSite();

/** axe-core on a built page (support/axe.ts). */
async function violations(path: string): Promise<string[]> {
  const { page, context } = await session.page({ bypassCSP: true });
  await page.goto(`${session.site.url}${path}`);
  const found = await axeViolations(page);
  await context.close();
  return found;
}

/** The home page, the indexes, one catalogue entry, and every area and guide page. */
const paths = () => [
  '',
  'linh-vuc/',
  'van-ban/',
  'van-ban/61-2018-nd-cp/',
  'lap-bao-cao/',
  ...builtPages()
    .map(([p]) => p)
    .filter((p) => /^(linh-vuc|huong-dan)\/[^/]+\/index\.html$/.test(p))
    .map((p) => p.replace(/index\.html$/, '')),
];

describe('accessibility of the content pages (axe-core)', () => {
  for (const path of paths())
    it(`/${path} has no violations`, async () => {
      expect(await violations(path)).toEqual([]);
    });
});
