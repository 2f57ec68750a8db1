import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { TextRun as ModelRun } from '../document/model.ts';
import { BODY, FONT } from './page.ts';

/** The text every part of the document is drawn with: clean text, runs, paragraphs, how wide a line is (rules: rule.ts; two columns: columns.ts). */

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

/** Rough width in pt of a line of Times New Roman text (upper case bold ~0.7 em, mixed ~0.5 em). */
export function textWidthPt(text: string, sizePt: number, upper: boolean): number {
  return [...text].length * sizePt * (upper ? 0.68 : 0.5);
}
export const linesNeeded = (text: string, sizePt: number, upper: boolean, widthTwips: number) =>
  Math.max(1, Math.ceil(textWidthPt(text, sizePt, upper) / (widthTwips / 20)));
