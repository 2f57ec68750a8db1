import type { AstroIntegration } from 'astro';
import { loadCatalogue } from '../data/load.ts';
import { staleEntries, staleReport } from '../lib/catalogue/review.ts';
import { today } from '../lib/catalogue/status.ts';

/**
 * Prints, at the start of every build, the catalogue entries whose status was last checked more than 120 days ago
 * (src/lib/catalogue/review.ts). It warns rather than fails: a stale entry is a task for the maintainer, not a
 * reason to stop publishing a fix elsewhere. test/unit/catalogue/review.test.ts lists the same entries.
 */
export default function catalogueReview(): AstroIntegration {
  return {
    name: 'cam-nang-cchc:catalogue-review',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const date = today();
        const stale = staleEntries(loadCatalogue(), date);
        const report = staleReport(stale, date);
        if (stale.length) logger.warn(report);
        else logger.info(report);
      },
    },
  };
}
