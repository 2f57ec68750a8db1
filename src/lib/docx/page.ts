import { AlignmentType, BorderStyle, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';

/**
 * Page set-up of Decree 30 (Appendix I): A4 portrait, margins 20/20/30/15 mm, page numbers from page 2. A document
 * issued with a decision and each appendix are sections of their own, numbered from 1 again (w:pgNumType w:start="1");
 * an appendix may be A4 landscape, with the same margins round its wider text.
 */

export const mmToTwip = (mm: number) => Math.round(mm * 56.6929); // 1 mm = 56.6929 twips, rounded to nearest
export const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: mmToTwip(20), bottom: mmToTwip(20), left: mmToTwip(30), right: mmToTwip(15) }; // 1134, 1134, 1701, 850
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 9355
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGIN.left - MARGIN.right; // 14287
export const FONT = 'Times New Roman';
export const pt = (n: number) => n * 2; // half-points
export const INDENT = 567; // 1 cm
export const BODY = { size: pt(14), line: 276, after: 120 };

/** The page number, centred at the top of every page but the first. */
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

/** The first page's header: empty (no page number there), or the copy's mark ("DỰ THẢO") at the top right, bold, in a small box. */
function firstPageHeader(mark: string | undefined, textWidth: number): Header {
  if (!mark) return new Header({ children: [new Paragraph({})] });
  const line = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 };
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { left: textWidth - 1900 },
        border: { top: line, bottom: line, left: line, right: line },
        children: [new TextRun({ text: mark, font: FONT, size: pt(13), bold: true })],
      }),
    ],
  });
}

export function pageSetup(o: { landscape?: boolean; restartNumbering?: boolean; mark?: string } = {}): Omit<ISectionOptions, 'children'> {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: o.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...MARGIN, header: 567, footer: 567, gutter: 0 },
        ...(o.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageNumberHeader(), first: firstPageHeader(o.mark, o.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH) },
  };
}
