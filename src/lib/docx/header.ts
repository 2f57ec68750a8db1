import type { Table, Paragraph } from 'docx';
import type { DocHeader } from '../document/model.ts';
import { wording } from '../document/wording.ts';
import { TEXT_WIDTH, pt } from './page.ts';
import { linesNeeded, para, sanitize, textWidthPt } from './text.ts';
import { linePara } from './rule.ts';
import { twoColumns } from './columns.ts';

const LEFT = Math.round(TEXT_WIDTH * 0.38);
const RIGHT = TEXT_WIDTH - LEFT;
const SIZE_ORG = 12;

/**
 * The header: the bodies and "Số:" on the left, quốc hiệu, tiêu ngữ and the place and date on the right. A document
 * issued with a decision has neither number nor date (Mẫu 1.3): its header stops at the two rules.
 */
export function headerTable(header: DocHeader): Table {
  const parent = header.parentBody ? header.parentBody.split('\n').filter((l) => sanitize(l).trim()) : [];
  const issuer = header.issuer.split('\n').filter((l) => sanitize(l).trim());
  const left: Paragraph[] = [
    ...parent.map((l) => para(l, { size: pt(SIZE_ORG) })),
    ...issuer.map((l) => para(l, { size: pt(SIZE_ORG), bold: true })),
  ];
  const longestIssuer = Math.max(0, ...issuer.map((l) => Math.min(textWidthPt(sanitize(l), SIZE_ORG, true), LEFT / 20)));
  left.push(linePara(LEFT, Math.max(40, longestIssuer * 0.45)));
  const right: Paragraph[] = [
    para(wording.nationalName, { size: pt(12), bold: true }),
    para(wording.motto, { size: pt(13), bold: true }),
    linePara(RIGHT, textWidthPt(wording.motto, 13, false) * 1.05),
  ];
  // Put "Số" and the date on the same line: pad the shorter column.
  const leftLines = [...parent, ...issuer].reduce((n, l) => n + linesNeeded(sanitize(l), SIZE_ORG, true, LEFT), 0);
  const rightLines = 2;
  const pad = (n: number) => Array.from({ length: Math.max(0, n) }, () => para('', { size: pt(SIZE_ORG) }));
  if (header.numberLine || header.placeDate) {
    left.push(...pad(rightLines - leftLines));
    right.push(...pad(leftLines - rightLines));
  }
  if (header.numberLine) left.push(para(header.numberLine, { size: pt(13), before: 120 }));
  if (header.placeDate) right.push(para(header.placeDate, { size: pt(14), italic: true, before: 100 }));
  return twoColumns([LEFT, RIGHT], left, right);
}
