/**
 * LibreOffice open-and-save (docx → docx, as a commune re-saving its report would) keeps the printed text readable:
 * an unedited report still says it is unedited, with every figure found; an edited one still shows its changed figure,
 * and an edited self-assessment its changed score.
 * One soffice run; skipped when soffice is not installed.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../../../src/data/load.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { checkPrinted } from '../../../src/lib/printed/check.ts';
import { renderBytes } from '../../support/render.ts';
import { editDocumentXml, wordEdit } from '../../support/word-edit.ts';
import { OUT } from '../../support/helpers.ts';
import { hasSoffice, sofficeConvert } from '../../support/soffice.ts';
import { examples, monthly, templates } from '../../support/fixtures.ts';
import { FILES, random, unitDraft, unitFigures } from '../../support/rollup-units.ts';
import { scoredLeaf } from '../../support/scores.ts';

const SELF = 'bao-cao-tu-danh-gia-chi-so-cchc';
const SCORES = 'ket-qua:bang-diem';

describe.skipIf(!hasSoffice)('the printed text after LibreOffice open-and-save', () => {
  it('stays unedited for every example and a unit report, and keeps a changed figure readable', { timeout: 240_000 }, async () => {
    const dir = join(OUT, 'printed-lo');
    const saved = join(dir, 'saved');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(saved, { recursive: true });
    const catalogue = loadCatalogue();
    const unit = unitDraft(5, unitFigures(random(11)));
    const total = (unit.values[FILES] as Record<string, number>)['tong-nhan'];
    const drafts = [...examples.map((e) => e.draft), unit];
    const names = drafts.map((d, i) => `${i}-${d.kind}`);
    for (const [i, d] of drafts.entries())
      writeFileSync(join(dir, `${names[i]}.docx`), await renderBytes(templates.get(d.kind)!, d, catalogue));
    const unitBytes = new Uint8Array(readFileSync(join(dir, `${names.at(-1)}.docx`)));
    const edited = editDocumentXml(unitBytes, (xml) => wordEdit(xml, `${total} hồ sơ`, `${total + 100} hồ sơ`));
    writeFileSync(join(dir, 'da-sua.docx'), edited);
    // A self-assessment whose criterion's score was lowered in Word.
    const selfIndex = drafts.findIndex((d) => d.kind === SELF);
    const leaf = scoredLeaf(drafts[selfIndex], SCORES);
    writeFileSync(
      join(dir, 'tdg-sua.docx'),
      editDocumentXml(new Uint8Array(readFileSync(join(dir, `${names[selfIndex]}.docx`))), leaf.lowerIt),
    );
    const profile = `lo-profile-printed-${process.pid}`;
    const files = [...names.map((n) => join(dir, `${n}.docx`)), join(dir, 'da-sua.docx'), join(dir, 'tdg-sua.docx')];
    sofficeConvert('docx:MS Word 2007 XML', saved, files, profile);
    const check = (file: string, kind: string, d = unit) => {
      const read = parseDraftDocx(new Uint8Array(readFileSync(join(saved, file))), kind);
      if (!read.ok || !read.printed) throw new Error(`${file}: ${read.ok ? 'no printed text' : read.error}`);
      // What the site recorded survives the save: the checks below use the recorded windows, not today's wording.
      const original = file === 'da-sua.docx' ? `${names.at(-1)}.docx` : file === 'tdg-sua.docx' ? `${names[selfIndex]}.docx` : file;
      const before = parseDraftDocx(new Uint8Array(readFileSync(join(dir, original))), kind);
      expect(read.printed.windows?.length, file).toBe(before.ok ? before.printed?.windows?.length : -1);
      if (kind === monthly.id && d === unit) expect(read.printed.windows?.length, file).toBeGreaterThan(20);
      return checkPrinted(templates.get(kind)!, d, read.printed, catalogue);
    };
    for (const [i, d] of drafts.entries())
      expect(check(`${names[i]}.docx`, d.kind, d), names[i]).toEqual({ edited: false, differences: [], unfound: [] });
    expect(check('da-sua.docx', monthly.id)).toEqual({
      edited: true,
      differences: [{ figure: `${FILES}.tong-nhan`, printed: total + 100, draft: total }],
      unfound: [],
    });
    expect(check('tdg-sua.docx', SELF, drafts[selfIndex])).toEqual({
      edited: true,
      differences: [{ figure: `${SCORES}.#r${leaf.index}`, printed: leaf.lower, draft: leaf.score }],
      unfound: [],
    });
  });
});
