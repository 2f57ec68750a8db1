import type { DocumentRow } from '../../../../schemas/draft.ts';
import type { DocBlock } from '../../../document/model.ts';
import { textBlock, type BlockKind, type BlockOf } from '../types.ts';
import { asRows, blank } from '../../values.ts';
import { cleanLine } from '../../../format/text.ts';
import { formatShortDate, parseIsoDate } from '../../../format/date.ts';
import { documentCitation } from '../../../catalogue/citation.ts';

const str = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : '');

export function asDocumentRows(v: unknown): DocumentRow[] {
  return asRows(v).map((r) => ({
    kind: str(r.kind),
    number: str(r.number),
    date: str(r.date),
    issuer: str(r.issuer),
    subject: str(r.subject),
  }));
}

export const emptyDocumentRow = (): DocumentRow => ({ kind: '', number: '', date: '', issuer: '', subject: '' });

/** Documents issued in the period, printed as standard citations, one "- …;" line each. */
export const documents: BlockKind<BlockOf<'documents'>> = {
  shapeOk: (value) => Array.isArray(value),
  hasContent: (_block, value) => asDocumentRows(value).some((r) => !blank(r.number) || !blank(r.subject)),
  check(block, value, { key, where, draft, issue }) {
    const reportDate = parseIsoDate(draft.header.date) ? draft.header.date : '';
    asDocumentRows(value).forEach((r, i) => {
      const fk = `${key}.${i}`;
      const name = cleanLine(r.number) || `dòng ${i + 1}`;
      if (!cleanLine(r.number) && cleanLine(r.subject))
        issue({
          key: `doc-number:${fk}`,
          field: `${fk}.number`,
          severity: 'warning',
          message: `${where}${block.label}: văn bản "${cleanLine(r.subject).slice(0, 60)}" chưa có số, ký hiệu.`,
        });
      if (r.date && !parseIsoDate(r.date))
        issue({
          key: `doc-date:${fk}`,
          field: `${fk}.date`,
          severity: 'warning',
          message: `${where}${block.label}: ngày của văn bản ${name} không hợp lệ ("${cleanLine(r.date).slice(0, 20)}").`,
        });
      else if (r.date && reportDate && r.date > reportDate)
        issue({
          key: `doc-future:${fk}`,
          field: `${fk}.date`,
          severity: 'warning',
          message: `${where}${block.label}: văn bản ${name} có ngày ${formatShortDate(r.date)} sau ngày báo cáo.`,
        });
    });
  },
  render(_block, value, { intro }) {
    const rows = asDocumentRows(value).filter((r) => cleanLine(r.number) || cleanLine(r.subject));
    const out: DocBlock[] = intro ? [textBlock(intro)] : [];
    rows.forEach((r, i) => out.push(textBlock(`- ${documentCitation(r)}${i === rows.length - 1 ? '.' : ';'}`)));
    return out;
  },
  // The documents of the old period.
  rollover: () => undefined,
  texts: (block, value, key) =>
    asDocumentRows(value).flatMap((r, i) =>
      (['issuer', 'subject'] as const).map((k) => ({
        field: `${key}.${i}.${k}`,
        label: `${block.label}, văn bản ${i + 1}`,
        text: r[k],
        owner: { field: key, label: block.label },
      })),
    ),
};
