/**
 * Opens every example in LibreOffice (headless) and converts it to PDF, all in one soffice run; saves page 1 of each
 * as a PNG under test-output/ for a look. Skipped when soffice is not installed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { renderDocx } from '../../../src/lib/docx/render.ts';
import { CATALOGUE, OUT, writeOut } from '../../support/helpers.ts';
import { examples, templates } from '../../support/fixtures.ts';
import { hasSoffice, soffice } from '../../support/soffice.ts';

const outDir = join(OUT, 'pdf');
const pdfOf = (kind: string) => join(outDir, `lo-${kind}.pdf`);

describe.skipIf(!hasSoffice)('LibreOffice', () => {
  let run: SpawnSyncReturns<string>;
  let files: string[];
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    files = [];
    for (const { draft } of examples) {
      files.push(writeOut(`lo-${draft.kind}.docx`, await renderDocx(buildDocument(templates.get(draft.kind)!, draft, CATALOGUE))));
      rmSync(pdfOf(draft.kind), { force: true });
    }
    run = soffice('pdf', outDir, files, `lo-profile-${process.pid}-examples`);
  }, 150_000);

  for (const { draft } of examples) {
    it(`opens ${draft.kind} and converts it to PDF`, () => {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr ?? '').not.toMatch(/Error/i);
      const pdf = pdfOf(draft.kind);
      expect(existsSync(pdf), `no PDF from lo-${draft.kind}.docx: ${run.stdout} ${run.stderr}`).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(5000);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(2);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(OUT, `page1-${draft.kind}`)]);
    });
  }
});
