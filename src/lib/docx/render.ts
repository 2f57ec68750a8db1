/**
 * ReportDocument → .docx (Decree 30/2020/NĐ-CP, Appendix I), drawn part by part: page set-up (page.ts), header
 * (header.ts), title and Kính gửi (title.ts), body and footnotes (body.ts), signature and Nơi nhận (signature.ts).
 * Only src/lib/docx/ imports `docx`, so the browser loads it on first download.
 */
import { Document, Packer } from 'docx';
import type { ReportDocument } from '../report/model.ts';
import { BODY, FONT, pageSetup } from './page.ts';
import { sanitize } from './text.ts';
import { headerTable } from './header.ts';
import { recipientsBlock, titleBlock } from './title.ts';
import { bodyBlocks, footnotes } from './body.ts';
import { signatureBlock } from './signature.ts';

/** The .docx file for a report. Works in Node and in the browser (no Buffer needed). */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Cẩm nang CCHC',
    title: sanitize(`${doc.docType} ${doc.title}`).slice(0, 250),
    styles: { default: { document: { run: { font: FONT, size: BODY.size }, paragraph: { spacing: { line: 240 } } } } },
    footnotes: footnotes(doc),
    sections: [
      {
        ...pageSetup(),
        children: [headerTable(doc), ...titleBlock(doc), ...recipientsBlock(doc), ...bodyBlocks(doc.body), ...signatureBlock(doc)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
