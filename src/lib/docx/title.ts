import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { ReportDocument } from '../document/model.ts';
import { wording } from '../document/wording.ts';
import { BODY, FONT, TEXT_WIDTH, pt } from './page.ts';
import { linesNeeded, para, run, sanitize, textWidthPt } from './text.ts';
import { linePara } from './rule.ts';

/**
 * The document's name ("BÁO CÁO"), its trích yếu, the note of a document issued with a decision ("(Ban hành kèm theo
 * Quyết định số …)", italic) and the short rule under them.
 */
export function titleBlock(doc: Pick<ReportDocument, 'docType' | 'title' | 'note'>): Paragraph[] {
  const out = [para(doc.docType, { size: pt(14), bold: true, before: 360, keepNext: true })];
  const title = sanitize(doc.title).trim();
  out.push(para(title, { size: pt(14), bold: true, keepNext: true }));
  if (doc.note) out.push(para(doc.note, { size: pt(14), italic: true, keepNext: true }));
  const lines = linesNeeded(title, 14, false, TEXT_WIDTH);
  const lastWidth = lines > 1 ? TEXT_WIDTH / 20 : textWidthPt(title, 14, false);
  out.push(linePara(TEXT_WIDTH, Math.max(60, Math.min(lastWidth * 0.4, 170))));
  return out;
}

/** "Kính gửi: …" on one line, or its addressees one a line aligned after the label; an empty line without any. */
export function recipientsBlock(doc: ReportDocument): Paragraph[] {
  if (!doc.recipients.length) return [para('', { after: 120 })];
  const items = doc.recipients.map((r) => sanitize(r).trim()).filter(Boolean);
  if (!items.length) return [];
  if (items.length === 1) return [para(`${wording.recipients} ${items[0]}`, { before: 240, after: 120, size: BODY.size })];
  const LABEL = 1300; // width of "Kính gửi: " at 14 pt
  const LEFT = 1500;
  return items.map(
    (item, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: i === 0 ? 240 : 0, after: i === items.length - 1 ? 120 : 0, line: 264 },
        indent: { left: LEFT + LABEL, hanging: i === 0 ? LABEL : 0 },
        children: i === 0 ? [run(wording.recipients), new TextRun({ text: '\t', font: FONT }), run(item)] : [run(item)],
      }),
  );
}
