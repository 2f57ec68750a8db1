/**
 * Opens every example in LibreOffice (headless) and converts it to PDF; saves page 1 as a PNG under
 * test-output/ for a look. Skipped when soffice is not installed.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { renderDocx } from '../../../src/lib/docx/render.ts';
import { CATALOGUE, OUT, writeOut } from '../../support/helpers.ts';
import { examples, templates } from '../../support/fixtures.ts';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasSoffice)('LibreOffice', () => {
  for (const { draft } of examples) {
    it(`opens ${draft.kind} and converts it to PDF`, async () => {
      const docx = writeOut(`lo-${draft.kind}.docx`, await renderDocx(buildDocument(templates.get(draft.kind)!, draft, CATALOGUE)));
      const outDir = join(OUT, 'pdf');
      mkdirSync(outDir, { recursive: true });
      const pdf = join(outDir, `lo-${draft.kind}.pdf`);
      rmSync(pdf, { force: true });
      const profile = `file:///tmp/lo-profile-${process.pid}-${draft.kind}`;
      // timeout -k: a hung converter is killed, never outlives the test.
      const r = spawnSync(
        'timeout',
        [
          '-k',
          '5',
          '120',
          'soffice',
          '--headless',
          '--norestore',
          `-env:UserInstallation=${profile}`,
          '--convert-to',
          'pdf',
          '--outdir',
          outDir,
          docx,
        ],
        {
          encoding: 'utf8',
          timeout: 90_000,
        },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr ?? '').not.toMatch(/Error/i);
      expect(existsSync(pdf), `no PDF from ${docx}: ${r.stdout} ${r.stderr}`).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(5000);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(OUT, `page1-${draft.kind}`)]);
      rmSync(profile.replace('file://', ''), { recursive: true, force: true });
    }, 120_000);
  }
});
