/**
 * Open-and-save in LibreOffice (docx → docx, as a user re-saving the report would) keeps the draft the .docx
 * carries, and it still imports. One soffice run converts every example. Skipped when soffice is not installed.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderBytes } from '../../support/render.ts';
import { loadCatalogue } from '../../../src/data/load.ts';
import { docxImportMessages, parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { OUT } from '../../support/helpers.ts';
import { examples, exampleOf, templates } from '../../support/fixtures.ts';
import { hasSoffice, soffice } from '../../support/soffice.ts';

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
    const r = soffice('docx:MS Word 2007 XML', saved, [...files, typedByHand], `lo-profile-roundtrip-${process.pid}`);
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
