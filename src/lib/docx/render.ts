/**
 * ReportDocument → .docx (Decree 30/2020/NĐ-CP, Appendix I). The only module that imports `docx`,
 * so the browser can load it lazily on first download.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { DocBlock, ReportDocument, TableCell as ModelCell, TextRun as ModelRun } from '../report/model.ts';

// ---------- page geometry (twips; 1 mm = 56.6929 twips, rounded to nearest) ----------
export const mmToTwip = (mm: number) => Math.round(mm * 56.6929);
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: mmToTwip(20), bottom: mmToTwip(20), left: mmToTwip(30), right: mmToTwip(15) }; // 1134, 1134, 1701, 850
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9355
const HEADER_LEFT = Math.round(TEXT_WIDTH * 0.38);
const HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
const SIGN_LEFT = Math.round(TEXT_WIDTH * 0.45);
const SIGN_RIGHT = TEXT_WIDTH - SIGN_LEFT;
const FONT = 'Times New Roman';
const pt = (n: number) => n * 2; // half-points
const INDENT = 567; // 1 cm
const BODY = { size: pt(14), line: 276, after: 120 };

// ---------- text sanitizing ----------
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
function cleanRuns(runs: ModelRun[]): ModelRun[] {
  return runs.map((r, i) => ({ ...r, text: i > 0 ? sanitize(r.text).replace(/^\p{M}+/u, '') : sanitize(r.text) }));
}

// ---------- building blocks ----------
type RunStyle = { size?: number; bold?: boolean; italic?: boolean };
const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text: sanitize(text), font: FONT, size: s.size ?? BODY.size, bold: s.bold, italics: s.italic });

type ParaOpts = {
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
function para(text: string, o: ParaOpts = {}): Paragraph {
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
function linePara(columnWidth: number, lengthPt: number): Paragraph {
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
function textWidthPt(text: string, sizePt: number, upper: boolean): number {
  return [...text].length * sizePt * (upper ? 0.68 : 0.5);
}
const linesNeeded = (text: string, sizePt: number, upper: boolean, widthTwips: number) =>
  Math.max(1, Math.ceil(textWidthPt(text, sizePt, upper) / (widthTwips / 20)));

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};
const ZERO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function twoColumns(widths: [number, number], left: Paragraph[], right: Paragraph[]): Table {
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

// ---------- parts of the document ----------
function headerTable(doc: ReportDocument): Table {
  const SIZE_ORG = 12;
  const parent = doc.header.parentBody ? doc.header.parentBody.split('\n').filter((l) => sanitize(l).trim()) : [];
  const issuer = doc.header.issuer.split('\n').filter((l) => sanitize(l).trim());
  const left: Paragraph[] = [
    ...parent.map((l) => para(l, { size: pt(SIZE_ORG) })),
    ...issuer.map((l) => para(l, { size: pt(SIZE_ORG), bold: true })),
  ];
  const longestIssuer = Math.max(0, ...issuer.map((l) => Math.min(textWidthPt(sanitize(l), SIZE_ORG, true), HEADER_LEFT / 20)));
  left.push(linePara(HEADER_LEFT, Math.max(40, longestIssuer * 0.45)));
  const right: Paragraph[] = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: pt(12), bold: true }),
    para('Độc lập - Tự do - Hạnh phúc', { size: pt(13), bold: true }),
    linePara(HEADER_RIGHT, textWidthPt('Độc lập - Tự do - Hạnh phúc', 13, false) * 1.05),
  ];
  // Put "Số" and the date on the same line: pad the shorter column.
  const leftLines = [...parent, ...issuer].reduce((n, l) => n + linesNeeded(sanitize(l), SIZE_ORG, true, HEADER_LEFT), 0);
  const rightLines = 2;
  const pad = (n: number) => Array.from({ length: Math.max(0, n) }, () => para('', { size: pt(SIZE_ORG) }));
  left.push(...pad(rightLines - leftLines));
  right.push(...pad(leftLines - rightLines));
  left.push(para(doc.header.numberLine, { size: pt(13), before: 120 }));
  right.push(para(doc.header.placeDate, { size: pt(14), italic: true, before: 100 }));
  return twoColumns([HEADER_LEFT, HEADER_RIGHT], left, right);
}

function titleBlock(doc: ReportDocument): Paragraph[] {
  const out = [para(doc.docType, { size: pt(14), bold: true, before: 360, keepNext: true })];
  const title = sanitize(doc.title).trim();
  out.push(para(title, { size: pt(14), bold: true, keepNext: true }));
  const lines = linesNeeded(title, 14, false, TEXT_WIDTH);
  const lastWidth = lines > 1 ? TEXT_WIDTH / 20 : textWidthPt(title, 14, false);
  out.push(linePara(TEXT_WIDTH, Math.max(60, Math.min(lastWidth * 0.4, 170))));
  return out;
}

function recipientsBlock(doc: ReportDocument): Paragraph[] {
  const items = doc.recipients.map((r) => sanitize(r).trim()).filter(Boolean);
  if (!items.length) return [];
  if (items.length === 1) return [para(`Kính gửi: ${items[0]}`, { before: 240, after: 120, size: BODY.size })];
  const LABEL = 1300; // width of "Kính gửi: " at 14 pt
  const LEFT = 1500;
  return items.map(
    (item, i) =>
      new Paragraph({
        alignment: AlignmentType.LEFT,
        spacing: { before: i === 0 ? 240 : 0, after: i === items.length - 1 ? 120 : 0, line: 264 },
        indent: { left: LEFT + LABEL, hanging: i === 0 ? LABEL : 0 },
        children: i === 0 ? [run('Kính gửi:'), new TextRun({ text: '\t', font: FONT }), run(item)] : [run(item)],
      }),
  );
}

function bodyParagraph(runs: ModelRun[], o: { bold?: boolean; italic?: boolean; before?: number; keepNext?: boolean } = {}): Paragraph {
  const children: (TextRun | FootnoteReferenceRun)[] = [];
  for (const r of cleanRuns(runs)) {
    if (r.text)
      children.push(new TextRun({ text: r.text, font: FONT, size: BODY.size, bold: o.bold || r.bold, italics: o.italic || r.italic }));
    if (r.footnote) children.push(new FootnoteReferenceRun(r.footnote));
  }
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: BODY.after, line: BODY.line },
    indent: { firstLine: INDENT },
    keepNext: o.keepNext,
    children,
  });
}

function dataTable(block: Extract<DocBlock, { type: 'table' }>): Table {
  const n = block.columns.length;
  const weights = block.columns.map((c) => c.width ?? 100 / n);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.round((w / sum) * TEXT_WIDTH));
  const align = (a?: 'left' | 'center' | 'right') =>
    a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const cell = (text: string, w: number, a: ReturnType<typeof align>, bold = false) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: VerticalAlign.CENTER,
      children: [para(text, { align: a, size: pt(13), bold })],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => cell(c.label, widths[i], AlignmentType.CENTER, true)),
  });
  const rows = block.rows.map(
    (r: ModelCell[]) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((c, i) => cell(r[i]?.text ?? '', widths[i], align(r[i]?.align ?? c.align), r[i]?.bold)),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [header, ...rows],
  });
}

function signatureTable(doc: ReportDocument): Table {
  const left: Paragraph[] = [
    para('Nơi nhận:', { align: AlignmentType.LEFT, size: pt(12), bold: true, italic: true }),
    ...doc.distribution.map((d) => para(d, { align: AlignmentType.LEFT, size: pt(11) })),
  ];
  const right: Paragraph[] = [...doc.signature.authority, doc.signature.title]
    .filter((l) => sanitize(l).trim())
    .map((l) => para(l, { size: pt(14), bold: true }));
  right.push(para(doc.signature.name, { size: pt(14), bold: true, before: 1700 }));
  return twoColumns([SIGN_LEFT, SIGN_RIGHT], left, right);
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })],
      }),
    ],
  });
}

/** The .docx file for a report. Works in Node and in the browser (no Buffer needed). */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [headerTable(doc), ...titleBlock(doc), ...recipientsBlock(doc)];
  if (!doc.recipients.length) children.push(para('', { after: 120 }));
  doc.body.forEach((b, i) => {
    const next = doc.body[i + 1];
    if (b.type === 'heading') {
      children.push(
        bodyParagraph([{ text: b.text }], { bold: b.level <= 3, italic: b.level === 4, keepNext: true, before: b.level === 1 ? 120 : 0 }),
      );
    } else if (b.type === 'paragraph') {
      // The last paragraph stays on the page of the signature block.
      children.push(bodyParagraph(b.runs, { keepNext: i === doc.body.length - 1 }));
    } else {
      children.push(dataTable(b));
      if (next?.type !== 'table') children.push(para('', { size: pt(6), after: 120 }));
    }
  });
  children.push(para('', { size: pt(8), keepNext: true }));
  children.push(signatureTable(doc));

  const footnotes: Record<number, { children: Paragraph[] }> = {};
  doc.footnotes.forEach((text, i) => {
    footnotes[i + 1] = {
      children: [
        new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 0, line: 240 }, children: [run(text, { size: pt(12) })] }),
      ],
    };
  });

  const document = new Document({
    creator: 'Cẩm nang CCHC',
    title: sanitize(`${doc.docType} ${doc.title}`).slice(0, 250),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY.size }, paragraph: { spacing: { line: 240 } } },
      },
    },
    footnotes,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...MARGIN, header: 567, footer: 567, gutter: 0 },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children,
      },
    ],
  });
  const buf = await Packer.toArrayBuffer(document);
  return new Uint8Array(buf);
}
