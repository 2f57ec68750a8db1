import {
  AlignmentType,
  BorderStyle,
  FootnoteReferenceRun,
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
import type { DocBlock, ReportDocument, TextRun as ModelRun } from '../document/model.ts';
import { BODY, FONT, INDENT, TEXT_WIDTH, pt } from './page.ts';
import { cleanRuns, para, run } from './text.ts';
import { headerRows } from '../document/table-header.ts';

/** The body: headings, justified paragraphs with footnote marks, bordered tables; and the footnotes' text. */

export function bodyParagraph(
  runs: ModelRun[],
  o: { bold?: boolean; italic?: boolean; before?: number; keepNext?: boolean } = {},
): Paragraph {
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

/** A bordered table across the text width; its header row repeats at the top of every page (w:tblHeader). */
function dataTable(block: Extract<DocBlock, { type: 'table' }>, textWidth: number): Table {
  const n = block.columns.length;
  const weights = block.columns.map((c) => c.width ?? 100 / n);
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.round((w / sum) * textWidth));
  const align = (a?: 'left' | 'center' | 'right') =>
    a === 'right' ? AlignmentType.RIGHT : a === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const cell = (text: string, w: number, a: ReturnType<typeof align>, bold = false, span: { columnSpan?: number; rowSpan?: number } = {}) =>
    new TableCell({
      width: { size: w, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: VerticalAlign.CENTER,
      ...span,
      children: [para(text, { align: a, size: pt(13), bold })],
    });
  const headers = headerRows(block.columns).map(
    (row) =>
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: row.map((h) =>
          cell(
            h.text,
            widths.slice(h.first, h.first + h.span).reduce((a, b) => a + b, 0),
            AlignmentType.CENTER,
            true,
            {
              ...(h.span > 1 ? { columnSpan: h.span } : {}),
              ...(h.rows > 1 ? { rowSpan: h.rows } : {}),
            },
          ),
        ),
      }),
  );
  const rows = block.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((c, i) => cell(r[i]?.text ?? '', widths[i], align(r[i]?.align ?? c.align), r[i]?.bold)),
      }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [...headers, ...rows],
  });
}

/** A PNG centred on a line of its own, `size` cm square (Word measures pictures in pixels at 96 per inch). */
function imageParagraph(b: Extract<DocBlock, { type: 'image' }>): Paragraph {
  const px = Math.round((b.size / 2.54) * 96);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 120 },
    children: [
      new ImageRun({
        type: 'png',
        data: b.png,
        transformation: { width: px, height: px },
        altText: { name: b.alt, description: b.alt, title: b.alt },
      }),
    ],
  });
}

/** Headings, paragraphs, tables and pictures of a body; `textWidth` is the width tables take (wider on landscape pages). */
export function bodyBlocks(body: DocBlock[], textWidth = TEXT_WIDTH): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  body.forEach((b, i) => {
    if (b.type === 'heading')
      out.push(
        bodyParagraph([{ text: b.text }], { bold: b.level <= 3, italic: b.level === 4, keepNext: true, before: b.level === 1 ? 120 : 0 }),
      );
    // The last paragraph stays on the page of the signature block.
    else if (b.type === 'paragraph') out.push(bodyParagraph(b.runs, { keepNext: i === body.length - 1 }));
    else if (b.type === 'image') out.push(imageParagraph(b));
    else {
      out.push(dataTable(b, textWidth));
      if (body[i + 1]?.type !== 'table') out.push(para('', { size: pt(6), after: 120 }));
    }
  });
  return out;
}

export function footnotes(doc: ReportDocument): Record<number, { children: Paragraph[] }> {
  const out: Record<number, { children: Paragraph[] }> = {};
  doc.footnotes.forEach((text, i) => {
    out[i + 1] = {
      children: [
        new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 0, line: 240 }, children: [run(text, { size: pt(12) })] }),
      ],
    };
  });
  return out;
}
