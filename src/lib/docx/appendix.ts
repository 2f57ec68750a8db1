import type { Paragraph, Table } from 'docx';
import type { AppendixPart } from '../document/model.ts';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, pt } from './page.ts';
import { para } from './text.ts';
import { linePara } from './rule.ts';
import { bodyBlocks } from './body.ts';

/**
 * An appendix (Decree 30, Appendix I, III.1.đ, and Mẫu 2.1): "Phụ lục I" (14 pt bold), its title in upper case (bold),
 * "(Kèm theo … số …)" in italics, a short rule, then its content across the page's text width.
 */
export function appendixBlocks(a: AppendixPart): (Paragraph | Table)[] {
  const width = a.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  return [
    para(a.label, { size: pt(14), bold: true, keepNext: true }),
    para(a.title, { size: pt(14), bold: true, keepNext: true }),
    para(a.note, { size: pt(14), italic: true, keepNext: true }),
    linePara(width, 120),
    para('', { size: pt(6), after: 120 }),
    ...bodyBlocks(a.body, width),
  ];
}
