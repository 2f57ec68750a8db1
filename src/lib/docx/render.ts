/**
 * ReportDocument → .docx (Decree 30/2020/NĐ-CP, Appendix I), drawn part by part: page set-up (page.ts), header
 * (header.ts), title and Kính gửi (title.ts), body and footnotes (body.ts), signature and Nơi nhận (signature.ts), the
 * decision issuing the document (decision.ts) and the appendices (appendix.ts). One Word section per part: the decision,
 * the document (numbered from 1 again after a decision), then each appendix (numbered from 1, portrait or landscape).
 * Only src/lib/docx/ imports `docx`, so the browser loads it on first download.
 */
import { Document, Packer } from 'docx';
import type { AppendixPart, ReportDocument } from '../document/model.ts';
import { BODY, FONT, pageSetup } from './page.ts';
import { sanitize } from './text.ts';
import { headerTable } from './header.ts';
import { recipientsBlock, titleBlock } from './title.ts';
import { bodyBlocks, footnotes } from './body.ts';
import { signatureBlock } from './signature.ts';
import { decisionBlocks } from './decision.ts';
import { appendixBlocks } from './appendix.ts';

const STYLES = { default: { document: { run: { font: FONT, size: BODY.size }, paragraph: { spacing: { line: 240 } } } } };

/** The .docx file for a report. Works in Node and in the browser (no Buffer needed). */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Cẩm nang CCHC',
    title: sanitize(`${doc.docType} ${doc.title}`).slice(0, 250),
    styles: STYLES,
    footnotes: footnotes(doc),
    sections: [
      ...(doc.decision ? [{ ...pageSetup({ mark: doc.mark }), children: decisionBlocks(doc.decision) }] : []),
      {
        ...pageSetup({ restartNumbering: !!doc.decision, mark: doc.mark }),
        children: [headerTable(doc.header), ...titleBlock(doc), ...recipientsBlock(doc), ...bodyBlocks(doc.body), ...signatureBlock(doc)],
      },
      ...(doc.appendices ?? []).map((a) => ({
        ...pageSetup({ landscape: a.landscape, restartNumbering: true, mark: doc.mark }),
        children: appendixBlocks(a),
      })),
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/**
 * A Phụ lục printed on its own, for a document written elsewhere (a province's công văn asking for reports,
 * src/lib/request/): one section laid out as an appendix of a report is, numbered from 1.
 */
export async function renderAppendixDocx(a: AppendixPart): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Cẩm nang CCHC',
    title: sanitize(`${a.label} ${a.title}`).slice(0, 250),
    styles: STYLES,
    sections: [{ ...pageSetup({ landscape: a.landscape, restartNumbering: true }), children: appendixBlocks(a) }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
