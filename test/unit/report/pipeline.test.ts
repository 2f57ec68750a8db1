import { describe, expect, it } from 'vitest';
import { evaluate, renderReport } from '../../../src/lib/report/index.ts';
import { exampleOf, periodic } from '../../support/fixtures.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { unzip } from '../../support/zip.ts';

describe('renderReport: the one way from a draft to a .docx', () => {
  it('renders a draft with no blocking problem, reusing the evaluation it is given', async () => {
    const draft = exampleOf(periodic.id);
    const evaluation = evaluate(periodic, draft, CATALOGUE);
    const r = await renderReport(periodic, draft, CATALOGUE, evaluation);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.evaluation).toBe(evaluation);
    expect(r.document.docType).toBe(periodic.docType);
    expect([...unzip(r.bytes).keys()]).toContain('word/document.xml');
  });

  it('refuses while a blocking problem remains: the problems come back instead of a file', async () => {
    const draft = exampleOf(periodic.id);
    draft.signature.name = '';
    draft.values['ket-qua/cai-cach-tthc:giai-quyet'] = { 'tong-nhan': -5 };
    const r = await renderReport(periodic, draft, CATALOGUE);
    expect(r.ok).toBe(false);
    expect('bytes' in r).toBe(false);
    if (r.ok) return;
    expect(r.blocking.length).toBeGreaterThanOrEqual(2);
    expect(r.blocking.every((i) => i.blocking && i.severity === 'error')).toBe(true);
    expect(r.blocking.map((i) => i.field)).toEqual(
      expect.arrayContaining(['signature.name', 'ket-qua/cai-cach-tthc:giai-quyet.tong-nhan']),
    );
    expect(r.blocking).toEqual(r.evaluation.issues.filter((i) => i.blocking));
  });
});
