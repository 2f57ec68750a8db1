import { AlignmentType, type Paragraph, type Table } from 'docx';
import type { ReportDocument } from '../document/model.ts';
import { wording } from '../document/wording.ts';
import { TEXT_WIDTH, pt } from './page.ts';
import { para, sanitize } from './text.ts';
import { twoColumns } from './columns.ts';

const LEFT = Math.round(TEXT_WIDTH * 0.45);
const RIGHT = TEXT_WIDTH - LEFT;

/**
 * Nơi nhận on the left; the authority lines, the title, room to sign and the signer's name on the right. A document
 * issued with a decision has no Nơi nhận of its own (the decision's lists it): its left column stays empty.
 */
export function signatureBlock(doc: Pick<ReportDocument, 'signature' | 'distribution'>): (Paragraph | Table)[] {
  const left: Paragraph[] = doc.distribution.length
    ? [
        para(wording.distribution, { align: AlignmentType.LEFT, size: pt(12), bold: true, italic: true }),
        ...doc.distribution.map((d) => para(d, { align: AlignmentType.LEFT, size: pt(11) })),
      ]
    : [];
  const right: Paragraph[] = [...doc.signature.authority, doc.signature.title]
    .filter((l) => sanitize(l).trim())
    .map((l) => para(l, { size: pt(14), bold: true }));
  right.push(para(doc.signature.name, { size: pt(14), bold: true, before: 1700 }));
  return [para('', { size: pt(8), keepNext: true }), twoColumns([LEFT, RIGHT], left, right)];
}
