import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Files that keep a core busy longest, or wait longest, start first, so that none of them is left running alone at the
 * end (the per-file times `npm test` prints): the bad-content builds, the month-to-month cycle, the search and
 * builder files, the typing on a slowed CPU, the build under a project path, the service worker's; in the unit
 * project the CLI renders, the fuzz, the large spreadsheets, the length rules and the LibreOffice round trips.
 */
const FIRST = [
  'bad-content',
  'cycle',
  'browser',
  'builder',
  'input',
  'built-site',
  'offline',
  'roundtrip',
  'cli/render',
  'fuzz',
  'truthful',
  'rules/length',
  'libreoffice',
].map((n) => `/${n}.test.ts`);
class SlowFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const rank = (f: TestSpecification) => {
      const i = FIRST.findIndex((n) => f.moduleId.endsWith(n));
      return i < 0 ? FIRST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    root,
    sequence: { sequencer: SlowFirst },
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/support/ooxml-setup.ts'],
          environment: 'node',
          // Vitest's default on two cores is one file at a time; the LibreOffice and fuzz files wait or compute long.
          maxWorkers: 2,
          // Files share a worker's loaded modules (the engine, the renderer, zod schemas) instead of loading them again
          // for each file: half the unit step's time was spent importing. Tests restore what they stub.
          isolate: false,
          // A file's first render loads and compiles the renderer: seconds on a busy machine, not a hang.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          root,
          include: ['test/site/**/*.test.ts'],
          setupFiles: ['test/support/ooxml-setup.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // A page answers within a second on a quiet machine, in several on a loaded one (CI's two cores running the
          // unit tests, LibreOffice and three browser files at once): expect.poll waits up to 15 s, not 1 s.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium and one server for the suite (test/site/support/global-setup.ts); files run side by side,
          // each test in a browser context of its own.
          globalSetup: ['test/site/support/global-setup.ts'],
          maxWorkers: Number(process.env.SITE_TEST_WORKERS ?? 3),
        },
      },
    ],
  },
});
