import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { TextRun as ModelRun } from '../document/model.ts';
import { BODY, FONT, TEXT_WIDTH, pt } from './page.ts';

/** The building blocks every part of the document is drawn with: clean text, runs, paragraphs, rules, two columns. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const BAD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/g;
/** NFC, no control or XML-invalid characters, no line breaks inside a run. */
export function sanitize(text: string): string {
  return String(text ?? '')
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(/[\t\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(BAD, '');
}
/** Runs of one paragraph; a combining mark may not start a run (it would compose across runs). */
export function cleanRuns(runs: ModelRun[]): ModelRun[] {
  return runs.map((r, i) => ({ ...r, text: i > 0 ? sanitize(r.text).replace(/^\p{M}+/u, '') : sanitize(r.text) }));
}

type RunStyle = { size?: number; bold?: boolean; italic?: boolean };
export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text: sanitize(text), font: FONT, size: s.size ?? BODY.size, bold: s.bold, italics: s.italic });

export type ParaOpts = {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  size?: number;
  bold?: boolean;
  italic?: boolean;
  before?: number;
  after?: number;
  line?: number;
  indentLeft?: number;
  hanging?: number;
  firstLine?: number;
  keepNext?: boolean;
};
/** One line of text, centred unless told otherwise. */
export function para(text: string, o: ParaOpts = {}): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0, line: o.line ?? 240 },
    indent: { left: o.indentLeft, hanging: o.hanging, firstLine: o.firstLine },
    keepNext: o.keepNext,
    children: [run(text, { size: o.size, bold: o.bold, italic: o.italic })],
  });
}

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

/** Rough width in pt of a line of Times New Roman text (upper case bold ~0.7 em, mixed ~0.5 em). */
export function textWidthPt(text: string, sizePt: number, upper: boolean): number {
  return [...text].length * sizePt * (upper ? 0.68 : 0.5);
}
export const linesNeeded = (text: string, sizePt: number, upper: boolean, widthTwips: number) =>
  Math.max(1, Math.ceil(textWidthPt(text, sizePt, upper) / (widthTwips / 20)));

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

/** Two borderless columns side by side across the text width (the header and the signature block). */
export function twoColumns(widths: [number, number], left: Paragraph[], right: Paragraph[]): Table {
  const cell = (w: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      margins: ZERO_MARGINS,
      borders: NO_BORDERS,
      verticalAlign: VerticalAlign.TOP,
      children: children.length ? children : [new Paragraph({})],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: ZERO_MARGINS,
    rows: [new TableRow({ cantSplit: true, children: [cell(widths[0], left), cell(widths[1], right)] })],
  });
}
