/**
 * What the summary would print that a Sở should not sign without knowing: a "…" left from a default (a province's
 * name, a document's number), named with where it stands, sections with nothing written ("Không có nội dung."), and a
 * table by lĩnh vực left out of the summary, with why (summary-linked.ts).
 * Read from the document the engine builds, so every part the .docx prints is looked at.
 */
import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import { blockText } from '../document/model.ts';
import { wording } from '../document/wording.ts';
import { buildDocument, type Evaluation } from '../report/index.ts';
import { linkedNotes } from './summary-linked.ts';

const BLANK = /…|\.\.\./;
const excerpt = (s: string) => {
  const at = s.search(BLANK);
  const from = Math.max(0, at - 40);
  return `${from > 0 ? '…' : ''}${s
    .slice(from, at + 30)
    .replace(/\s+/g, ' ')
    .trim()}${at + 30 < s.length ? '…' : ''}`;
};

/** Each warning a Vietnamese sentence naming the part of the summary. */
export function summaryWarnings(
  template: ReportTemplate,
  draft: Draft,
  catalogue: CatalogueBrief[] = [],
  evaluation?: Evaluation,
): string[] {
  const doc = buildDocument(template, draft, catalogue, evaluation ? { evaluation } : {});
  const out: string[] = [];
  const blank = (where: string, text: string) => BLANK.test(text) && out.push(`${where} còn “…” chưa thay: “${excerpt(text)}”.`);
  blank('Cơ quan chủ quản', doc.header.parentBody);
  blank('Cơ quan ban hành', doc.header.issuer);
  blank('Địa danh, ngày tháng', doc.header.placeDate);
  blank('Trích yếu', doc.title);
  doc.recipients.forEach((r) => blank('Kính gửi', r));
  let section = '';
  doc.body.forEach((b, i) => {
    if (b.type === 'heading') section = b.text;
    const text = blockText(b);
    if (b.type === 'paragraph' && text === wording.emptySection)
      out.push(`Mục “${section}” chưa có nội dung: văn bản in “${wording.emptySection}”. Hãy viết ở “Phần chữ của báo cáo tổng hợp”.`);
    else blank(i === 0 && !section ? 'Căn cứ (văn bản yêu cầu báo cáo)' : section ? `Mục “${section}”` : 'Phần mở đầu', text);
  });
  [...doc.signature.authority, doc.signature.title, doc.signature.name].forEach((l) => blank('Người ký', l));
  doc.distribution.forEach((l) => blank('Nơi nhận', l));
  for (const a of doc.appendices ?? []) a.body.forEach((b) => blank(a.label, blockText(b)));
  return [...out, ...linkedNotes(draft)];
}
