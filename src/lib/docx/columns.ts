import { BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import { TEXT_WIDTH } from './page.ts';

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
