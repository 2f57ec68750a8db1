import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import { FONT, pt } from './page.ts';

/** A 1×1 black PNG, stretched into a rule. */
const BLACK_PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

/**
 * An empty paragraph holding a solid horizontal rule: an inline picture (w:drawing) of a black pixel,
 * `lengthPt` long and 0.75 pt thick, centred in its column. Inline pictures sit exactly in the text flow
 * in Word and LibreOffice alike; the checker accepts a drawing right under the text.
 */
export function linePara(columnWidth: number, lengthPt: number): Paragraph {
  const len = Math.max(20, Math.min(lengthPt, columnWidth / 20));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    children: [
      new TextRun({ text: '', font: FONT, size: pt(4) }),
      new ImageRun({
        type: 'png',
        data: BLACK_PIXEL,
        transformation: { width: Math.round(len / 0.75), height: 1 },
        altText: { name: 'đường kẻ', description: 'đường kẻ ngang', title: 'đường kẻ' },
      }),
    ],
  });
}
