/**
 * Edits of a .docx's text as Word saves them, made on word/document.xml: the run holding the edited words is split in
 * three (Word starts a run at each edit), with revision ids on the new runs, a spelling mark and Word's "_GoBack"
 * bookmark between them, and the edited text in a run of its own. Used to simulate a report changed in Word.
 */
import { unzip, zip } from './zip.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The .docx with its document.xml changed by `edit`. */
export function editDocumentXml(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzip(docx);
  files.set('word/document.xml', Buffer.from(edit(files.get('word/document.xml')!.toString('utf8')), 'utf8'));
  return zip(files);
}

/** Replaces the `nth` (0-based) occurrence of `from` inside one run's text by `to`, splitting the run as Word does. */
export function wordEdit(xml: string, from: string, to: string, nth = 0): string {
  const needle = escapeXml(from);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = xml.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${from}" is not in one run of document.xml`);
  const start = Math.max(xml.lastIndexOf('<w:r>', at), xml.lastIndexOf('<w:r ', at));
  const end = xml.indexOf('</w:r>', at) + '</w:r>'.length;
  const run = xml.slice(start, end);
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '';
  const t = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/.exec(run);
  if (!t) throw new Error('no text in the run');
  const offset = t[1].indexOf(needle);
  const [before, after] = [t[1].slice(0, offset), t[1].slice(offset + needle.length)];
  const edited = escapeXml(to);
  const text = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;
  const split =
    `<w:r w:rsidR="00A1B2C3">${rPr}${text(before)}</w:r>` +
    `<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>` +
    `<w:r w:rsidR="00D4E5F6" w:rsidRPr="00D4E5F6">${rPr}${text(edited.slice(0, 1))}</w:r><w:bookmarkEnd w:id="0"/>` +
    `<w:r w:rsidR="00D4E5F6">${rPr}<w:lastRenderedPageBreak/>${text(edited.slice(1))}</w:r>` +
    `<w:proofErr w:type="spellEnd"/><w:r>${rPr}${text(after)}</w:r>`;
  return xml.slice(0, start) + split + xml.slice(end);
}

/**
 * Replaces the text of cell `cell` (0-based) in the first table row holding `rowText`, as Word saves such an edit (the
 * new text in runs of its own, with revision ids): a score corrected in a printed score table.
 */
export function wordEditCell(xml: string, rowText: string, cell: number, to: string): string {
  const at = xml.indexOf(escapeXml(rowText));
  if (at < 0) throw new Error(`"${rowText}" is not in document.xml`);
  const start = xml.lastIndexOf('<w:tr', at);
  const end = xml.indexOf('</w:tr>', at);
  const row = xml.slice(start, end);
  const target = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)][cell];
  if (!target) throw new Error(`the row of "${rowText}" has no cell ${cell}`);
  const edited = target[0].replace(/<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t(?:\s[^>]*)?>[^<]*<\/w:t><\/w:r>/, (_run, rPr = '') => {
    const text = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;
    const e = escapeXml(to);
    return `<w:r w:rsidR="00D4E5F6">${rPr}${text(e.slice(0, 1))}</w:r><w:proofErr w:type="spellStart"/><w:r w:rsidR="00D4E5F6">${rPr}${text(e.slice(1))}</w:r>`;
  });
  if (edited === target[0]) throw new Error(`cell ${cell} of the row of "${rowText}" has no text to edit`);
  return xml.slice(0, start) + row.slice(0, target.index) + edited + row.slice(target.index! + target[0].length) + xml.slice(end);
}
