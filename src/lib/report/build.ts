import type { BlockTemplate, ReportTemplate } from '../../schemas/template.ts';
import type { Draft, DocumentRow } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import type { DocBlock, ReportDocument, TextRun } from './model.ts';
import { formatNumber, formatPercent } from '../format/number.ts';
import { formatShortDate, parseIsoDate } from '../format/date.ts';
import { roman } from '../format/period.ts';
import { cleanLine, upperFirst, upperVi } from '../format/text.ts';
import { evaluate, citeBrief, formatFigure, sectionHasContent, type Evaluation } from './evaluate.ts';
import { fillPlaceholders, resolveSections, type ResolvedSection } from './walk.ts';
import { expandCitations, newProseContext, parseProse, type ProseContext } from './prose.ts';
import { asAssessment, asDocumentRows, asRows, asText, blockHasContent, valueShapeOk } from './values.ts';
import {
  distributionLines,
  headerLines,
  normalizePersonName,
  normalizePlace,
  normalizeSignature,
  normalizeTitle,
  numberLine,
  placeDateLine,
  recipientLines,
} from './normalize.ts';

export type BuildOptions = {
  /** Overrides the template's choice for sections with nothing filled in. */
  emptySections?: 'note' | 'omit';
  /** Reuse an evaluation already made for the same template and draft. */
  evaluation?: Evaluation;
};

/** Printed under a section heading when nothing was filled in (emptySections: "note"). */
export const EMPTY_SECTION_TEXT = 'Không có nội dung.';

const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';
/** a, b, c, d, đ, e, g … (Vietnamese alphabet order, as Decree 30 numbers điểm); aa, ab … beyond y. */
export const letter = (i: number): string =>
  i < VI_LETTERS.length ? VI_LETTERS[i] : letter(Math.floor(i / VI_LETTERS.length) - 1) + VI_LETTERS[i % VI_LETTERS.length];

/**
 * Builds the finished document: numbering, Vietnamese number formats, citations, prose, Kính gửi and
 * Nơi nhận are all applied here, so renderers (.docx, HTML preview) only draw.
 */
export function buildDocument(
  template: ReportTemplate,
  draft: Draft,
  catalogue: CatalogueEntry[] = [],
  options: BuildOptions = {},
): ReportDocument {
  const ev = options.evaluation ?? evaluate(template, draft, catalogue);
  const ctx = newProseContext(catalogue);
  const policy = options.emptySections ?? template.emptySections ?? 'note';
  const h = draft.header;
  const fill = (s: string) => fillPlaceholders(s, draft);

  const body: DocBlock[] = [];
  const para = (runs: TextRun[]) => body.push({ type: 'paragraph', runs });
  const proseInto = (text: string) => {
    for (const p of parseProse(fill(text), ctx)) para(p.runs);
  };

  const basis = cleanLine(h.basis) ? h.basis : template.defaults.basis;
  if (cleanLine(basis)) proseInto(basis);

  const styles = template.numbering;
  const label = (level: number, index: number, parentNumber: string): { text: string; number: string } => {
    const style = styles[level - 1] ?? 'alpha';
    switch (style) {
      case 'roman':
        return { text: `${roman(index)}.`, number: '' };
      case 'arabic':
        return { text: `${index}.`, number: String(index) };
      case 'nested': {
        const n = parentNumber ? `${parentNumber}.${index}` : String(index);
        return { text: `${n}.`, number: n };
      }
      case 'alpha':
        return { text: `${letter(index - 1)})`, number: '' };
    }
  };

  const emit = (list: ResolvedSection[], level: number, parentNumber: string) => {
    let index = 0;
    for (const s of list) {
      const has = sectionHasContent(s, draft.values);
      if (!has && policy === 'omit') continue;
      index++;
      const l = label(level, index, parentNumber);
      const title = cleanLine(s.title);
      body.push({ type: 'heading', level: Math.min(level, 4) as 1 | 2 | 3 | 4, text: `${l.text} ${level === 1 ? upperVi(title) : title}` });
      if (!has && !s.children.length) {
        para([{ text: EMPTY_SECTION_TEXT }]);
        continue;
      }
      for (const { key, block } of s.blocks) {
        const value = draft.values[key];
        if (!valueShapeOk(block, value) || !blockHasContent(block, value)) continue;
        body.push(...renderBlock(block, key, value, ev, ctx, fill));
      }
      emit(s.children, level + 1, l.number);
    }
  };
  emit(resolveSections(template, draft), 1, '');

  let closing = cleanLine(draft.closing) ? draft.closing : template.defaults.closing;
  if (cleanLine(closing)) {
    closing = closing.replace(/\s+$/, '');
    if (!/\/\.$/.test(closing)) closing = closing.replace(/[.;:,]*$/, '') + './.';
    proseInto(closing);
  }

  const sig = normalizeSignature(draft.signature.authority, draft.signature.title);
  const recipients = recipientLines(h.recipients);
  return {
    header: {
      parentBody: headerLines(h.parentBody).join('\n'),
      issuer: headerLines(h.issuer).join('\n'),
      numberLine: numberLine(h.number, template.docType, h.issuerAbbr),
      placeDate: placeDateLine(normalizePlace(h.place) || 'Địa danh', h.date, h.leaveDayBlank, h.period.year),
    },
    docType: template.docType,
    title: normalizeTitle(fill(h.title)) || cleanLine(fill(template.titlePattern)),
    recipients,
    body,
    footnotes: ctx.footnotes,
    signature: {
      authority: sig.lines,
      title: sig.title,
      name: normalizePersonName(draft.signature.name) || cleanLine(draft.signature.name),
    },
    distribution: distributionLines(draft.distribution, recipients.length > 0),
  };
}

function renderBlock(
  block: BlockTemplate,
  key: string,
  value: unknown,
  ev: Evaluation,
  ctx: ProseContext,
  fill: (s: string) => string,
): DocBlock[] {
  const out: DocBlock[] = [];
  const text = (t: string): DocBlock => ({ type: 'paragraph', runs: [{ text: t }] });
  const intro = 'intro' in block && block.intro ? cleanLine(expandCitations(fill(block.intro), ctx)) : '';
  switch (block.kind) {
    case 'prose':
      for (const p of parseProse(fill(asText(value)), ctx)) out.push({ type: 'paragraph', runs: p.runs });
      break;
    case 'documents': {
      const rows = asDocumentRows(value).filter((r) => cleanLine(r.number) || cleanLine(r.subject));
      if (intro) out.push(text(intro));
      rows.forEach((r, i) => out.push(text(`- ${documentCitation(r)}${i === rows.length - 1 ? '.' : ';'}`)));
      break;
    }
    case 'indicators': {
      const figures = ev.figures[key] ?? {};
      const shown = block.fields.filter((f) => figures[f.id] != null);
      const phrase = (f: (typeof block.fields)[number]) => {
        const v = formatFigure(f, figures[f.id] as number);
        let p = f.phrase ? f.phrase.replace(/\{value\}/g, v) : `${f.label}: ${v}`;
        const t = ev.targets[`${key}.${f.id}`];
        if (t && t.met != null) {
          const entry = ctx.catalogue.get(t.source);
          // Without the catalogue entry the source is not named (an id is no citation).
          const cite = !entry
            ? ''
            : ctx.cited.has(t.source)
              ? ` theo ${entry.kind} số ${entry.number}`
              : ` theo ${citeBrief(entry, t.source)}`;
          if (entry) ctx.cited.add(t.source);
          p += ` (${t.met ? 'đạt' : 'chưa đạt'} chỉ tiêu ${t.text}${cite})`;
        }
        return p;
      };
      if (block.display === 'sentence') {
        const phrases = shown.map(phrase);
        const body = phrases.join(phrases.some((p) => p.includes(':')) ? '; ' : ', ');
        out.push(text(`${intro ? intro + ' ' : ''}${body}.`));
      } else if (block.display === 'table') {
        if (intro) out.push(text(intro));
        out.push({
          type: 'table',
          columns: [
            { label: 'TT', align: 'center', width: 8 },
            { label: 'Nội dung', align: 'left', width: 62 },
            { label: 'Kết quả', align: 'right', width: 30 },
          ],
          rows: shown.map((f, i) => [
            { text: String(i + 1), align: 'center' },
            { text: f.label },
            { text: formatFigure(f, figures[f.id] as number), align: 'right' },
          ]),
        });
      } else {
        if (intro) out.push(text(intro));
        shown.forEach((f, i) =>
          out.push(text(`${f.level === 2 ? '+' : '-'} ${upperFirst(phrase(f))}${i === shown.length - 1 ? '.' : ';'}`)),
        );
      }
      break;
    }
    case 'table': {
      const rows = asRows(value);
      const pct = ev.tables[key] ?? [];
      if (intro) out.push(text(intro));
      const cell = (c: (typeof block.columns)[number], row: Record<string, string | number | null>, i: number) => {
        if (c.type === 'percent-of') {
          const v = pct[i]?.[c.id];
          return { text: v == null ? '' : formatPercent(v), align: 'right' as const };
        }
        const x = row[c.id];
        if (c.type === 'number')
          return {
            text: typeof x === 'number' ? formatNumber(x) + (c.unit ? ` ${c.unit}` : '') : cleanLine(String(x ?? '')),
            align: 'right' as const,
          };
        return { text: cleanLine(String(x ?? '')), align: 'left' as const };
      };
      const columns = block.columns.map((c) => ({
        label: c.label,
        align: c.type === 'text' ? ('left' as const) : ('right' as const),
        width: c.width,
      }));
      const cells = rows.map((row, i) => block.columns.map((c) => cell(c, row, i)));
      out.push(
        block.numbered
          ? {
              type: 'table',
              columns: [{ label: 'TT', align: 'center', width: 6 }, ...columns],
              rows: cells.map((r, i) => [{ text: String(i + 1), align: 'center' as const }, ...r]),
            }
          : { type: 'table', columns, rows: cells },
      );
      break;
    }
    case 'assessment': {
      const a = asAssessment(value);
      const parts: [string, string][] = [
        [block.labels.good, a.good],
        [block.labels.limits, a.limits],
        [block.labels.proposals, a.proposals],
      ];
      let n = 0;
      for (const [lab, t] of parts) {
        const paras = parseProse(fill(t), ctx);
        if (!paras.length) continue;
        out.push({ type: 'heading', level: 4, text: `${letter(n++)}) ${lab}` });
        for (const p of paras) out.push({ type: 'paragraph', runs: p.runs });
      }
      break;
    }
  }
  return out;
}

const KIND_BY_ABBR: Record<string, string> = {
  KH: 'Kế hoạch',
  QĐ: 'Quyết định',
  BC: 'Báo cáo',
  TB: 'Thông báo',
  CT: 'Chỉ thị',
  NQ: 'Nghị quyết',
  HD: 'Hướng dẫn',
  TTr: 'Tờ trình',
  CTr: 'Chương trình',
  NĐ: 'Nghị định',
  TT: 'Thông tư',
  QC: 'Quy chế',
  BB: 'Biên bản',
  CV: 'Công văn',
};

/** "Kế hoạch số 15/KH-UBND ngày 28/01/2022 của UBND xã về …" (Decree 30: type, number, date, issuer, subject). */
export function documentCitation(r: DocumentRow): string {
  let number = cleanLine(r.number)
    .replace(/^số\s*:?\s*/i, '')
    .replace(/\s*\/\s*/g, '/');
  if (/^\d\//.test(number)) number = '0' + number;
  let kind = cleanLine(r.kind);
  if (!kind && number) {
    const abbr = /^\d+[a-z]?(?:\/\d{4})?\/([A-ZĐa-z]+)(?:-|$)/.exec(number)?.[1];
    kind = abbr ? (KIND_BY_ABBR[abbr] ?? '') : '';
    if (!kind && /^\d+[a-z]?\/[A-ZĐ]+(-[A-ZĐ&]+)*$/.test(number)) kind = 'Công văn';
  }
  const parts: string[] = [];
  if (kind || number) parts.push([kind && upperFirst(kind), number && `số ${number}`].filter(Boolean).join(' '));
  if (r.date && parseIsoDate(r.date)) parts.push(`ngày ${formatShortDate(r.date)}`);
  const issuer = cleanLine(r.issuer);
  if (issuer) parts.push(`của ${issuer}`);
  let subject = cleanLine(r.subject).replace(/[;.]+$/, '');
  if (subject) {
    if (/^v\/v\s*/i.test(subject)) subject = subject.replace(/^v\/v\s*/i, 'về việc ');
    else if (!/^(về|việc|ban hành|phê duyệt|sửa đổi|quy định|hướng dẫn|triển khai|thực hiện)(?=[\s,]|$)/i.test(subject) && parts.length)
      subject = `về ${subject}`;
    parts.push(subject);
  }
  return parts.join(' ').trim();
}
