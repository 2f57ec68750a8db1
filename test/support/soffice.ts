/**
 * LibreOffice headless converting files (`--convert-to`), always under `timeout -k 5 120` and in a profile of its own
 * (`profile`, a folder name under /tmp) so that tests running at once do not share one.
 */
import { execFileSync } from 'node:child_process';

/** CSV of a workbook's first sheet: comma, double quotes, UTF-8, formatted as shown. */
export const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false';

/** Converts `files` to `format` (e.g. "pdf", "docx:MS Word 2007 XML", CSV) into `outdir`. Throws when soffice fails. */
export function sofficeConvert(format: string, outdir: string, files: string[], profile: string): void {
  execFileSync(
    'timeout',
    [
      '-k',
      '5',
      '120',
      'soffice',
      '--headless',
      '--norestore',
      `-env:UserInstallation=file:///tmp/${profile}`,
      '--convert-to',
      format,
      '--outdir',
      outdir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 130_000 },
  );
}
