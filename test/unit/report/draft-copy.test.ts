/**
 * "Tải bản dự thảo" (issue 22): when only what signing adds is missing (the signer's name, the date), a copy marked
 * "DỰ THẢO" can be made for comments; it is a valid .docx that keeps Decree 30 where the rules apply to it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { renderReport } from '../../../src/lib/report/pipeline.ts';
import { DRAFT_MARK, draftCopyBlockers, draftCopyName } from '../../../src/lib/report/draft-copy.ts';
import { unzip } from '../../support/zip.ts';
import { checkNd30, docxText } from '../../support/nd30.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { exampleOf, monthly } from '../../support/fixtures.ts';

const unsigned = () => {
  const d = exampleOf('bao-cao-tthc-thang');
  return { ...d, header: { ...d.header, date: '', number: '' }, signature: { ...d.signature, name: '' } };
};

describe('the copy for comments', () => {
  it('is allowed when only the signer’s name and the date are missing, and only then', () => {
    const issues = evaluate(monthly, unsigned(), CATALOGUE).issues;
    expect(issues.filter((i) => i.blocking).map((i) => i.key)).toEqual(['header.date', 'signature.name']);
    expect(draftCopyBlockers(issues)).toEqual([]);
    const noIssuer = { ...unsigned(), header: { ...unsigned().header, issuer: '' } };
    expect(draftCopyBlockers(evaluate(monthly, noIssuer, CATALOGUE).issues).map((i) => i.key)).toEqual(['header.issuer']);
    // A name typed wrong is a mistake to fix, not something signing adds.
    const titled = { ...unsigned(), signature: { ...unsigned().signature, name: 'Khánh' } };
    expect(draftCopyBlockers(evaluate(monthly, titled, CATALOGUE).issues).map((i) => i.key)).toEqual(['signature.name']);
  });

  it('is marked "DỰ THẢO" at the top of its first page, leaves the date and name blank, and keeps Decree 30 where it applies', async () => {
    // The signed document is refused; the copy is made.
    expect((await renderReport(monthly, unsigned(), CATALOGUE)).ok).toBe(false);
    const r = await renderReport(monthly, unsigned(), CATALOGUE, undefined, { draftCopy: true });
    if (!r.ok) throw new Error(r.blocking.map((i) => i.message).join('; '));
    const { bytes, document } = r;
    expect(document.mark).toBe(DRAFT_MARK);
    const file = join(mkdtempSync(join(tmpdir(), 'du-thao-')), 'du-thao.docx');
    writeFileSync(file, bytes);
    const failed = checkNd30(file).filter((r) => !r.ok);
    // Only the signer's name is missing, as the copy is meant to be.
    expect(failed.map((r) => r.id)).toEqual(['sign.name']);
    expect(docxText(file)).toMatch(/Mỹ Hào, ngày\s+tháng\s+năm 2024/);
    const parts = unzip(bytes);
    const headers = [...parts.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => parts.get(n)!.toString('utf8'));
    expect(headers.filter((h) => h.includes(DRAFT_MARK))).toHaveLength(1);
    expect(headers.filter((h) => h.includes(DRAFT_MARK)).every((h) => !h.includes('PAGE'))).toBe(true);
  });

  it('a signed document is never marked, and the copy’s file name says what it is', async () => {
    const r = await renderReport(monthly, exampleOf('bao-cao-tthc-thang'), CATALOGUE);
    expect(r.ok && r.document.mark).toBeUndefined();
    expect(draftCopyName('BC-TTHC-thang-11-2024-my-hao.docx')).toBe('BC-TTHC-thang-11-2024-my-hao-DU-THAO.docx');
  });
});
