import type { Paragraph, Table } from 'docx';
import type { DecisionPart } from '../document/model.ts';
import { pt } from './page.ts';
import { para } from './text.ts';
import { headerTable } from './header.ts';
import { titleBlock } from './title.ts';
import { bodyBlocks, bodyParagraph } from './body.ts';
import { signatureBlock } from './signature.ts';

/**
 * The decision issuing the document (Decree 30, Appendix III, Mẫu 1.3): header with "Số: …/QĐ-…", "QUYẾT ĐỊNH" and its
 * trích yếu, the authority on its own line (upper case, bold), căn cứ in italics one a line, "QUYẾT ĐỊNH:", the articles
 * ("Điều 1." bold, indented like the body), then Nơi nhận and the signature.
 */
export function decisionBlocks(d: DecisionPart): (Paragraph | Table)[] {
  return [
    headerTable(d.header),
    ...titleBlock({ docType: d.docType, title: d.title }),
    para(d.authority, { size: pt(14), bold: true, before: 240, after: 120, keepNext: true }),
    ...d.basis.map((runs) => bodyParagraph(runs)),
    para(d.decides, { size: pt(14), bold: true, before: 120, after: 120, keepNext: true }),
    ...bodyBlocks(d.articles),
    ...signatureBlock(d),
  ];
}
