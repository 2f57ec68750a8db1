import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import type { DocBlock, ReportDocument } from './model.ts';
import { cleanLine, upperVi } from '../format/text.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import { fillPlaceholders } from './placeholders.ts';
import { cutoffRange, formatCutoff } from '../format/cutoff.ts';
import { resolveSections, type ResolvedSection } from './walk.ts';
import { expandCitations, newProseContext, parseProse, type ProseContext } from './prose.ts';
import { blockHasContent, blockKind, sectionHasContent } from './blocks/index.ts';
import { headingLabel } from './numbering.ts';
import { wording } from './wording.ts';
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

/**
 * Builds the finished document: numbering, Vietnamese number formats, citations, prose, Kính gửi and
 * Nơi nhận are all applied here, so renderers (.docx, HTML preview) only draw. Part by part: header,
 * title, recipients, body (căn cứ, sections, câu kết), signature and distribution.
 */
export function buildDocument(
  template: ReportTemplate,
  draft: Draft,
  catalogue: CatalogueEntry[] = [],
  options: BuildOptions = {},
): ReportDocument {
  const ev = options.evaluation ?? evaluate(template, draft, catalogue);
  const prose = newProseContext(catalogue);
  const cut = cutoffRange(draft.header.period);
  // {chot_so_lieu}: the data cut-off, in the document only ("từ ngày 21/7/2021 đến ngày 20/8/2021").
  const fill = (s: string) => fillPlaceholders(s, draft, { chot_so_lieu: cut ? formatCutoff(cut) : '' });
  const recipients = recipientLines(draft.header.recipients);
  const body = buildBody(template, draft, ev, prose, fill, options.emptySections ?? template.emptySections ?? 'note');
  return {
    header: buildHeader(template, draft),
    docType: template.docType,
    title: normalizeTitle(fill(draft.header.title)) || cleanLine(fill(template.titlePattern)),
    recipients,
    body,
    footnotes: prose.footnotes,
    signature: buildSignature(draft),
    distribution: distributionLines(draft.distribution, recipients.length > 0),
  };
}

function buildHeader(template: ReportTemplate, draft: Draft): ReportDocument['header'] {
  const h = draft.header;
  return {
    parentBody: headerLines(h.parentBody).join('\n'),
    issuer: headerLines(h.issuer).join('\n'),
    numberLine: numberLine(h.number, template.docType, h.issuerAbbr),
    placeDate: placeDateLine(normalizePlace(h.place) || wording.placeMissing, h.date, h.leaveDayBlank, h.period.year),
  };
}

function buildSignature(draft: Draft): ReportDocument['signature'] {
  const sig = normalizeSignature(draft.signature.authority, draft.signature.title);
  return { authority: sig.lines, title: sig.title, name: normalizePersonName(draft.signature.name) || cleanLine(draft.signature.name) };
}

/** Căn cứ, the numbered sections with their blocks, and the closing sentence ending in "./.". */
function buildBody(
  template: ReportTemplate,
  draft: Draft,
  ev: Evaluation,
  prose: ProseContext,
  fill: (s: string) => string,
  emptySections: 'note' | 'omit',
): DocBlock[] {
  const body: DocBlock[] = [];
  const proseInto = (text: string) => {
    for (const p of parseProse(fill(text), prose)) body.push({ type: 'paragraph', runs: p.runs });
  };

  const basis = cleanLine(draft.header.basis) ? draft.header.basis : template.defaults.basis;
  if (cleanLine(basis)) proseInto(basis);

  const emit = (list: ResolvedSection[], level: number, parentNumber: string) => {
    let index = 0;
    for (const s of list) {
      const has = sectionHasContent(s, draft.values);
      if (!has && emptySections === 'omit') continue;
      const label = headingLabel(template.numbering, level, ++index, parentNumber);
      const title = cleanLine(s.title);
      body.push({
        type: 'heading',
        level: Math.min(level, 4) as 1 | 2 | 3 | 4,
        text: `${label.text} ${level === 1 ? upperVi(title) : title}`,
      });
      if (!has && !s.children.length) {
        body.push({ type: 'paragraph', runs: [{ text: wording.emptySection }] });
        continue;
      }
      for (const { key, block } of s.blocks) {
        const value = draft.values[key];
        if (!blockHasContent(block, value)) continue;
        const intro = 'intro' in block && block.intro ? cleanLine(expandCitations(fill(block.intro), prose)) : '';
        body.push(...blockKind(block).render(block, value, { key, ev, prose, fill, intro, figures: template.figures }));
      }
      emit(s.children, level + 1, label.number);
    }
  };
  emit(resolveSections(template, draft), 1, '');

  let closing = cleanLine(draft.closing) ? draft.closing : template.defaults.closing;
  if (cleanLine(closing)) {
    closing = closing.replace(/\s+$/, '');
    if (!/\/\.$/.test(closing)) closing = closing.replace(/[.;:,]*$/, '') + wording.end;
    proseInto(closing);
  }
  return body;
}
