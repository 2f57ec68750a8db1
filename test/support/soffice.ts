/**
 * LibreOffice headless converting files (`--convert-to`), always under `timeout -k 5 120` (a hung converter is killed,
 * never outlives the test) and in a profile of its own (`profile`, a folder name under /tmp, removed afterwards) so
 * that tests running at once do not share one.
 */
import { rmSync } from 'node:fs';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

/** LibreOffice is installed (tests that need it are skipped, and say so, where it is not). */
export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/** CSV of a workbook's first sheet: comma, double quotes, UTF-8, formatted as shown. */
export const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false';

/** Converts `files` to `format` (e.g. "pdf", "docx:MS Word 2007 XML", CSV) into `outdir`; answers how soffice ended. */
export function soffice(format: string, outdir: string, files: string[], profile: string): SpawnSyncReturns<string> {
  const dir = `/tmp/${profile}`;
  try {
    return spawnSync(
      'timeout',
      [
        '-k',
        '5',
        '120',
        'soffice',
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}`,
        '--convert-to',
        format,
        '--outdir',
        outdir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 130_000 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As `soffice`, and throws when it fails. */
export function sofficeConvert(format: string, outdir: string, files: string[], profile: string): void {
  const r = soffice(format, outdir, files, profile);
  if (r.status !== 0) throw new Error(`soffice --convert-to ${format}: ${r.status} ${r.stderr}`);
}
