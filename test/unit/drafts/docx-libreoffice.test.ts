/**
 * Open-and-save in LibreOffice (docx → docx, as a user re-saving the report would) keeps the draft the .docx
 * carries, and it still imports. One soffice run converts every example. Skipped when soffice is not installed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBytes } from '../../support/render.ts';
import { loadCatalogue } from '../../../src/data/load.ts';
import { docxImportMessages, parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { OUT } from '../../support/helpers.ts';
import { examples, exampleOf, templates } from '../../support/fixtures.ts';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const typed = (d: Draft) => JSON.parse(JSON.stringify({ ...d, updatedAt: '' }));

describe.skipIf(!hasSoffice)('LibreOffice open-and-save', () => {
  it('keeps the draft of every example (and of one with awkward characters), which still imports', async () => {
    const dir = join(OUT, 'lo-roundtrip');
    const saved = join(dir, 'saved');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(saved, { recursive: true });
    const awkward = exampleOf('bao-cao-cchc-dinh-ky');
    awkward.closing = 'a]]>b <&> e\u0301 Hoa\u0300i 😀 \uFFFE &amp; <![CDATA[x]]>';
    const drafts: [string, Draft][] = [...examples.map(({ draft }): [string, Draft] => [draft.kind, draft]), ['ky-tu-la', awkward]];
    const catalogue = loadCatalogue();
    const files: string[] = [];
    for (const [name, draft] of drafts) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await renderBytes(templates.get(draft.kind)!, draft, catalogue));
      files.push(file);
    }
    const typedByHand = join(dir, 'go-tay.txt');
    writeFileSync(typedByHand, 'Báo cáo gõ trực tiếp, không qua trang lập báo cáo.\n');
    const profile = join('/tmp', `lo-profile-roundtrip-${process.pid}`);
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
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        saved,
        ...files,
        typedByHand,
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    rmSync(profile, { recursive: true, force: true });
    expect(r.status, r.stderr).toBe(0);
    for (const [name, draft] of drafts) {
      const result = parseDraftDocx(new Uint8Array(readFileSync(join(saved, `${name}.docx`))), draft.kind);
      expect(result.ok ? typed(result.draft) : result.error, name).toEqual(typed(draft));
    }
    expect(parseDraftDocx(new Uint8Array(readFileSync(join(saved, 'go-tay.docx'))), 'bao-cao-cchc-dinh-ky')).toEqual({
      ok: false,
      error: docxImportMessages.noDraft,
    });
  }, 300_000);
});
