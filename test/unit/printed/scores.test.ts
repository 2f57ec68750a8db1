/**
 * A self-assessment edited in Word: the scores its tables print are read back like a report's figures. A criterion's
 * score changed in the appendix is found with both values and taken (the totals follow); a total changed alone is
 * found but never typed (it is computed again); an edit of the words alone changes no score; a .docx made before
 * scores were recorded says its scores were not compared, never that they match.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/data/load.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { checkPrinted, figuresAsTyped, withPrinted } from '../../../src/lib/printed/check.ts';
import { describeFigures, differenceText } from '../../../src/lib/printed/describe.ts';
import type { PrintedText } from '../../../src/lib/printed/text.ts';
import { asScoreTable, scoreBlocks, scoreTotals } from '../../../src/lib/report/index.ts';
import { formatNumber } from '../../../src/lib/format/number.ts';
import { renderBytes } from '../../support/render.ts';
import { editDocumentXml, wordEdit, wordEditCell } from '../../support/word-edit.ts';
import { scoredLeaf } from '../../support/scores.ts';
import { exampleOf, examples, templates } from '../../support/fixtures.ts';

const KIND = 'bao-cao-tu-danh-gia-chi-so-cchc';
const TABLE = 'ket-qua:bang-diem';
const catalogue = loadCatalogue();
const template = templates.get(KIND)!;
const draft = exampleOf(KIND);
const { totals, index, row, score, lower, lowerIt } = scoredLeaf(draft, TABLE);

const printedOf = (bytes: Uint8Array): PrintedText => {
  const r = parseDraftDocx(bytes, null);
  if (!r.ok || !r.printed) throw new Error(r.ok ? 'no printed text' : r.error);
  return r.printed;
};
const edited = async (edit: (xml: string) => string) => printedOf(editDocumentXml(await renderBytes(template, draft, catalogue), edit));

describe('a self-assessment edited in Word', () => {
  it('reads every example’s printed scores back unchanged, each where it stands (no two criteria confused)', async () => {
    for (const { draft: d } of examples) {
      const t = templates.get(d.kind)!;
      const p = printedOf(await renderBytes(t, d, catalogue));
      expect(checkPrinted(t, d, { ...p, recorded: 'x' }, catalogue), d.kind).toEqual({ edited: true, differences: [], unfound: [] });
    }
  });

  it('records where each score is printed, and reads them all back unchanged', async () => {
    const p = printedOf(await renderBytes(template, draft, catalogue));
    const keys = new Set(p.windows!.map((w) => w.key));
    expect(keys).toContain(`${TABLE}.#r${index}`);
    expect(keys).toContain(`${TABLE}.#total`);
    expect(checkPrinted(template, draft, { ...p, recorded: 'x' }, catalogue)).toEqual({ edited: true, differences: [], unfound: [] });
  });

  it('finds a criterion’s score changed in the appendix, and takes it: the totals follow', async () => {
    const p = await edited(lowerIt);
    const c = checkPrinted(template, draft, p, catalogue);
    expect(c).toEqual({ edited: true, differences: [{ figure: `${TABLE}.#r${index}`, printed: lower, draft: score }], unfound: [] });
    const describe = describeFigures(template, draft);
    expect(differenceText(c.differences[0], describe(c.differences[0].figure))).toBe(
      `${row.tt} ${row.name} (điểm tự đánh giá): in trong văn bản ${formatNumber(lower)}, bản nháp gốc ${formatNumber(score)}`,
    );
    const taken = withPrinted(template, draft, c);
    const after = scoreTotals(asScoreTable(taken.values[TABLE]));
    expect(asScoreTable(taken.values[TABLE]).rows[index].score).toBe(lower);
    expect(after.result.total).toBeCloseTo(totals.result.total! - 0.5, 9);
  });

  it('finds a total changed alone, and computes it again rather than taking it', async () => {
    const total = formatNumber(totals.result.total!, 2);
    const raised = await edited((xml) => {
      // The total's self score in the summary table: the first "Tổng cộng" row, its maximum, then its self score.
      const cell = xml.indexOf(`>${total}<`, xml.indexOf('Tổng cộng'));
      return xml.slice(0, cell) + `>${formatNumber(totals.result.total! + 5, 2)}<` + xml.slice(cell + total.length + 2);
    });
    const c = checkPrinted(template, draft, raised, catalogue);
    expect(c.differences).toEqual([{ figure: `${TABLE}.#total`, printed: totals.result.total! + 5, draft: totals.result.total }]);
    expect(describeFigures(template, draft)(`${TABLE}.#total`)).toMatchObject({ computed: true, label: 'Tổng cộng (điểm tự đánh giá)' });
    expect(withPrinted(template, draft, c)).toBe(draft);
  });

  it('says an edit of the words alone changed no score', async () => {
    const c = checkPrinted(template, draft, await edited((xml) => wordEdit(xml, 'Thực hiện', 'Căn cứ')), catalogue);
    expect(c.edited).toBe(true);
    expect(figuresAsTyped(c)).toBe(true);
  });

  it('says the scores of a .docx made before they were recorded were not compared', async () => {
    const p = await edited((xml) => wordEdit(xml, 'Thực hiện', 'Căn cứ'));
    const old = { ...p, windows: p.windows!.filter((w) => !w.key.includes('#')) };
    expect(checkPrinted(template, draft, old, catalogue)).toEqual({ edited: true, differences: [], unfound: [`${TABLE}.#total`] });
  });

  it('finds an appraised score changed in a reply to the appraisal, named as the appraised one', async () => {
    const kind = 'bao-cao-giai-trinh-tham-dinh-chi-so-cchc';
    const t = templates.get(kind)!;
    const d = exampleOf(kind);
    const key = scoreBlocks(t)[0].key;
    const table = asScoreTable(d.values[key]);
    const leaves = scoreTotals(table).rows.filter((r) => r.leaf && r.appraised != null && r.appraised >= 0.5);
    const leaf = leaves.find((r) => table.rows.filter((x) => x.name === table.rows[r.index].name).length === 1)!;
    const r = table.rows[leaf.index];
    const lower = leaf.appraised! - 0.5;
    // TT, criterion, maximum, self score, appraised score.
    const p = printedOf(editDocumentXml(await renderBytes(t, d, catalogue), (xml) => wordEditCell(xml, r.name, 4, formatNumber(lower, 2))));
    const c = checkPrinted(t, d, p, catalogue);
    expect(c.differences).toEqual([{ figure: `${key}.#qr${leaf.index}`, printed: lower, draft: leaf.appraised }]);
    expect(describeFigures(t, d)(c.differences[0].figure)?.label).toBe(`${r.tt} ${r.name} (điểm thẩm định)`);
    expect(asScoreTable(withPrinted(t, d, c).values[key]).rows[leaf.index].appraised).toBe(lower);
  });
});
