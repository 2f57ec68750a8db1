import type { AskingDocument } from '../../schemas/request.ts';
import { typeByAbbr } from '../../schemas/document-types.ts';
import { wording } from '../document/wording.ts';
import { formatShortDate } from '../format/date.ts';
import { cleanLine, lowerFirst } from '../format/text.ts';

/**
 * How a report cites the request it answers: "Công văn số 123/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng về
 * việc báo cáo …". The type comes from the symbol ("45/KH-UBND" is a Kế hoạch); a symbol without one is a công văn's.
 */
export function documentType(number: string): string {
  const symbol = number.split('/')[1] ?? '';
  return typeByAbbr(symbol.split('-')[0]?.trim() ?? '') || wording.request.letter;
}

/** The trích yếu as it reads after the citation: "V/v Báo cáo …" → "về việc báo cáo …". */
export function aboutText(type: string, subject: string): string {
  let s = cleanLine(subject)
    .replace(/^(v\/v|về việc)[\s:.,]*/i, '')
    .replace(/[.;,\s]+$/, '');
  if (!s) return '';
  // "Báo cáo …" → "báo cáo …"; an abbreviation ("CCHC …") keeps its capitals.
  if (!/^\p{Lu}{2}/u.test(s)) s = lowerFirst(s);
  const letter = type === wording.request.letter;
  if (!letter && /^về\s/i.test(s)) s = s.replace(/^về\s+/i, '');
  return wording.request.about(letter, s);
}

/** "Công văn số 123/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng về việc …". */
export function citeDocument(d: AskingDocument, withSubject = true): string {
  const type = documentType(d.number);
  return wording.request.citation(
    type,
    cleanLine(d.number),
    formatShortDate(d.date),
    cleanLine(d.issuer),
    withSubject ? aboutText(type, d.subject) : '',
  );
}

/**
 * The report's căn cứ when it answers a request: the template's sentence with what comes before "{don_vi}" replaced by
 * "Thực hiện <the asking document>" ("Thực hiện Công văn số … ngày … của … về việc …, {don_vi} báo cáo kết quả thực
 * hiện {ky}, như sau:"), so no "…" of the template's stand-in document is left. Lines of căn cứ before the one naming
 * the unit stay, but for a stand-in ("…") one, which the request replaces.
 */
export function requestBasis(templateBasis: string, d: AskingDocument): string {
  const sentence = wording.request.basis(citeDocument(d));
  const lines = templateBasis.split('\n');
  const at = lines.findIndex((l) => l.includes('{don_vi}'));
  if (at < 0) return `${sentence}, ${lowerFirst(templateBasis.trim())}`;
  const line = lines[at];
  const unit = line.indexOf('{don_vi}');
  const head = line.slice(0, unit);
  const before = lines.slice(0, at);
  if (head.trim()) {
    const sep = /([,;:])\s*$/.exec(head)?.[1] ?? ',';
    return [...before.filter((l) => !l.includes('…')), `${sentence}${sep} ${line.slice(unit)}`].join('\n');
  }
  // "{don_vi} …" on a line of its own after lines of căn cứ: the request is the last of them.
  const kept = before.filter((l) => !l.includes('…'));
  return [...kept, `${sentence};`, line].join('\n');
}
