import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nd30CheckerPath } from '../../support/nd30.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { renderDocx } from '../../../src/lib/docx/render.ts';
import { loadCatalogue } from '../../../src/data/load.ts';
import type { ReportDocument } from '../../../src/lib/document/model.ts';
import { failures, runChecker, unzip, writeOut } from '../../support/helpers.ts';
import { zip } from '../../support/zip.ts';
import { exampleOf, templates } from '../../support/fixtures.ts';

/** The shared reference beside the checkout (../shared/reference), for /work/main or a worktree one level deeper. */
const reference =
  ['../../../../shared/reference/check-nd30.mjs', '../../../../../shared/reference/check-nd30.mjs']
    .map((p) => new URL(p, import.meta.url))
    .find((u) => existsSync(u)) ?? new URL('../../../../shared/reference/check-nd30.mjs', import.meta.url);
const BEGIN = '  // ---------- BEGIN cam-nang-cchc extension: documents in several parts ----------\n';
const END = '  // ---------- END cam-nang-cchc extension ----------\n\n';

describe('vendored Decree 30 checker', () => {
  const copy = readFileSync(nd30CheckerPath, 'utf8');

  it('holds one delimited extension block', () => {
    const start = copy.indexOf(BEGIN);
    expect(start).toBeGreaterThan(0);
    expect(copy.indexOf(BEGIN, start + 1)).toBe(-1);
    expect(copy.indexOf(END)).toBeGreaterThan(start);
    expect(copy.indexOf(END, copy.indexOf(END) + 1)).toBe(-1);
  });

  it.runIf(existsSync(reference))('is the shared reference copy plus that block, byte for byte', () => {
    const start = copy.indexOf(BEGIN);
    const end = copy.indexOf(END) + END.length;
    expect(copy.slice(0, start) + copy.slice(end)).toBe(readFileSync(reference, 'utf8'));
  });

  it.runIf(existsSync(reference))('judges a document of one section exactly as the reference does', async () => {
    const draft = exampleOf('bao-cao-cchc-dinh-ky');
    const file = writeOut('nd30-one-section.docx', await renderDocx(buildDocument(templates.get(draft.kind)!, draft, loadCatalogue())));
    const { check } = (await import(reference.href)) as { check: typeof runChecker };
    expect(runChecker(file)).toEqual(check(file));
  });
});

const catalogue = loadCatalogue();
const decisionDoc = () => buildDocument(templates.get('ke-hoach-cchc-nam')!, exampleOf('ke-hoach-cchc-nam'), catalogue);
const appendixDoc = () => buildDocument(templates.get('bao-cao-so-ket-tong-ket')!, exampleOf('bao-cao-so-ket-tong-ket'), catalogue);

/** The ids of the rules a document fails; `edit` may change the .docx's document.xml first. */
async function failed(name: string, doc: ReportDocument, edit?: (xml: string) => string): Promise<string[]> {
  let bytes = await renderDocx(doc);
  if (edit) {
    const files = unzip(bytes);
    const xml = files.get('word/document.xml')!.toString('utf8');
    const changed = edit(xml);
    expect(changed).not.toBe(xml);
    files.set('word/document.xml', Buffer.from(changed, 'utf8'));
    bytes = zip(files);
  }
  return failures(runChecker(writeOut(`nd30-${name}.docx`, bytes))).map((r) => r.id);
}

describe('checker extension: a document issued by a decision', () => {
  it('passes a decision followed by its plan, with every decision rule checked', async () => {
    const results = runChecker(writeOut('nd30-decision.docx', await renderDocx(decisionDoc())));
    expect(failures(results)).toEqual([]);
    expect(results.filter((r) => r.id.startsWith('decision.')).map((r) => r.id)).toEqual([
      'decision.authority',
      'decision.can-cu',
      'decision.quyet-dinh',
      'decision.dieu',
      'decision.ket-thuc',
      'decision.van-ban-kem-theo',
      'decision.ghi-chu-kem-theo',
      'decision.dieu-1',
      'decision.van-ban-kem-theo-so-trang',
    ]);
    // Signature and Nơi nhận are the decision's (the plan issued with it has its signer but no Nơi nhận).
    expect(results.find((r) => r.id === 'sign.authority')!.detail).toContain('in the decision');
    expect(results.find((r) => r.id === 'recipients.items')!.detail).toContain('found 8 lines');
  });

  it('fails căn cứ that do not end in ";" and "."', async () => {
    const doc = decisionDoc();
    doc.decision!.basis[0].at(-1)!.text = doc.decision!.basis[0].at(-1)!.text.replace(/;$/, '');
    expect(await failed('decision-basis', doc)).toEqual(['decision.can-cu']);
  });

  it('fails articles out of order and a last article without "./."', async () => {
    const doc = decisionDoc();
    const second = doc.decision!.articles.find((b) => b.type === 'paragraph' && b.runs[0].text === 'Điều 2. ');
    if (second?.type === 'paragraph') second.runs[0].text = 'Điều 4. ';
    const last = doc.decision!.articles.at(-1);
    if (last?.type === 'paragraph') last.runs.at(-1)!.text = last.runs.at(-1)!.text.replace('./.', '.');
    expect(await failed('decision-articles', doc)).toEqual(['decision.dieu', 'decision.ket-thuc']);
  });

  it('fails without "QUYẾT ĐỊNH:" before the articles', async () => {
    const doc = decisionDoc();
    doc.decision!.decides = 'QUYẾT ĐỊNH';
    expect(await failed('decision-decides', doc)).toContain('decision.quyet-dinh');
  });

  it('fails a plan whose note names another number, or has none', async () => {
    const other = decisionDoc();
    other.note = other.note!.replace('/QĐ-UBND', '/QĐ-CT');
    expect(await failed('decision-note', other)).toEqual(['decision.ghi-chu-kem-theo']);
    const none = decisionDoc();
    none.note = '';
    expect(await failed('decision-no-note', none)).toContain('decision.ghi-chu-kem-theo');
  });

  it('fails a decision without Nơi nhận, and a plan numbered on from the decision', async () => {
    const doc = decisionDoc();
    doc.decision!.distribution = [];
    expect(await failed('decision-no-distribution', doc)).toEqual(['recipients.heading', 'recipients.items']);
    const numbering = await failed('decision-numbering', decisionDoc(), (xml) => xml.replace('<w:pgNumType w:start="1"/>', ''));
    expect(numbering).toEqual(['decision.van-ban-kem-theo-so-trang']);
  });
});

describe('checker extension: appendices', () => {
  it('passes a report with a landscape appendix; its signature is found before the appendix', async () => {
    const results = runChecker(writeOut('nd30-appendix.docx', await renderDocx(appendixDoc())));
    expect(failures(results)).toEqual([]);
    expect(results.filter((r) => r.id.startsWith('appendix-')).map((r) => r.id)).toEqual([
      'appendix-1.heading',
      'appendix-1.title',
      'appendix-1.kem-theo',
      'appendix-1.so-trang',
      'appendix-1.bang',
    ]);
  });

  it('numbers two or more appendices I, II … and only then', async () => {
    const one = appendixDoc();
    one.appendices![0].label = 'Phụ lục I';
    expect(await failed('appendix-label', one)).toEqual(['appendix-1.heading']);
    const two = appendixDoc();
    two.appendices = [
      { ...two.appendices![0], label: 'Phụ lục I' },
      { ...two.appendices![0], label: 'Phụ lục II', landscape: false },
    ];
    expect(await failed('appendix-two', two)).toEqual([]);
    two.appendices[1].label = 'Phụ lục III';
    expect(await failed('appendix-two-bad', two)).toEqual(['appendix-2.heading']);
  });

  it('fails an appendix without its note, numbered on, or with a header row that does not repeat', async () => {
    const doc = appendixDoc();
    doc.appendices![0].note = '(Kèm theo báo cáo)';
    expect(await failed('appendix-note', doc)).toEqual(['appendix-1.kem-theo']);
    expect(await failed('appendix-numbering', appendixDoc(), (xml) => xml.replace('<w:pgNumType w:start="1"/>', ''))).toEqual([
      'appendix-1.so-trang',
    ]);
    const lastTable = (xml: string) => xml.lastIndexOf('<w:tblHeader/>');
    expect(
      await failed(
        'appendix-header-row',
        appendixDoc(),
        (xml) => xml.slice(0, lastTable(xml)) + xml.slice(lastTable(xml) + '<w:tblHeader/>'.length),
      ),
    ).toEqual(['appendix-1.bang']);
  });
});
