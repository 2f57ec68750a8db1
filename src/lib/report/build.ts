import type { ReportTemplate, TemplateDefaults } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import type { AppendixPart, DecisionPart, DocBlock, DocHeader, ReportDocument } from '../document/model.ts';
import { cleanLine, upperVi } from '../format/text.ts';
import { evaluate } from './evaluate.ts';
import type { Evaluation } from './evaluation.ts';
import { documentTitle, documentVars, draftLexicon, fillPlaceholders } from './placeholders.ts';
import { unitName, type Lexicon } from '../names/index.ts';
import { cutoffRange, formatCutoff } from '../format/cutoff.ts';
import { resolveSections, type ResolvedSection } from './walk.ts';
import { appendixReferences, printedAppendices } from './appendices.ts';
import { DRAFT_MARK } from './draft-copy.ts';
import { expandCitations, newProseContext, parseProse, type ProseContext } from './prose.ts';
import { blockHasContent, blockKind, sectionHasContent } from './blocks/index.ts';
import { headingLabel } from './numbering.ts';
import { wording } from '../document/wording.ts';
import { defaultsFor, foreignDefaults, orDefault } from './defaults.ts';
import { decisionTexts } from './decision.ts';
import { introTextKey } from './text-keys.ts';
import {
  authorityName,
  distributionLines,
  headerLines,
  issuedReference,
  normalizePersonName,
  normalizePlace,
  normalizeSignature,
  numberLine,
  placeDateLine,
  recipientLines,
  titleText,
} from './normalize.ts';

export type BuildOptions = {
  /** Overrides the template's choice for sections with nothing filled in. */
  emptySections?: 'note' | 'omit';
  /** Reuse an evaluation already made for the same template and draft. */
  evaluation?: Evaluation;
  /** A copy for comments: marked "DỰ THẢO"; the signer's name and the date may still be missing (draft-copy.ts). */
  draftCopy?: boolean;
};

type Fill = (s: string) => string;

/** What building the body and the appendices takes: the template, the draft, its checks, the prose state, the placeholders. */
type Build = {
  template: ReportTemplate;
  draft: Draft;
  defaults: TemplateDefaults;
  ev: Evaluation;
  prose: ProseContext;
  fill: Fill;
  emptySections: 'note' | 'omit';
  /** Texts left as another issuer's defaults (defaults.ts): not printed. */
  foreign: Set<string>;
};

/**
 * Builds the finished document: numbering, Vietnamese number formats, citations, prose, Kính gửi and
 * Nơi nhận are all applied here, so renderers (.docx, HTML preview) only draw. Part by part: the decision that
 * issues it (when the user chose one), header, title, recipients, body (căn cứ, sections, câu kết), signature and
 * distribution, then the appendices.
 */
export function buildDocument(
  template: ReportTemplate,
  draft: Draft,
  catalogue: CatalogueBrief[] = [],
  options: BuildOptions = {},
): ReportDocument {
  const ev = options.evaluation ?? evaluate(template, draft, catalogue);
  const prose = newProseContext(catalogue);
  const cut = cutoffRange(draft.header.period);
  const lex = draftLexicon(draft, catalogue);
  const unit = unitName(draft.header, lex).text;
  // {chot_so_lieu}: the data cut-off, in the document only ("từ ngày 21/7/2021 đến ngày 20/8/2021").
  const vars = { chot_so_lieu: cut ? formatCutoff(cut) : '', don_vi: unit, ...documentVars(template, draft, lex) };
  const fill = (s: string) => fillPlaceholders(s, draft, vars);
  const defaults = defaultsFor(template, draft.level);
  const emptySections = options.emptySections ?? template.emptySections ?? 'note';
  const header = buildHeader(template, draft, lex);
  const signature = buildSignature(draft);

  const decision = buildDecision(template, draft, defaults, prose, fill, signature, lex);
  // The attached document is a document of its own: its first citation of a decree is in full again.
  prose.cited.clear();
  const recipients = recipientLines(draft.header.recipients.map(fill));
  const foreign = foreignDefaults(template, draft);
  const b: Build = { template, draft, defaults, ev, prose, fill, emptySections, foreign };
  const body = buildBody(b);
  const title = documentTitle(template, draft, lex);
  const issuedBy = decision
    ? issuedReference({ ...refOf(draft), docType: wording.decisionType, by: authorityName(decision.authority, lex).text })
    : issuedReference({ ...refOf(draft), docType: template.docType, by: unit });
  return {
    ...(options.draftCopy ? { mark: DRAFT_MARK } : {}),
    header: decision ? { ...header, numberLine: '', placeDate: '' } : header,
    docType: template.docType,
    title,
    note: decision ? `(${wording.issuedWith} ${issuedBy})` : '',
    decision,
    recipients,
    body,
    footnotes: prose.footnotes,
    signature,
    distribution: decision ? [] : distributionLines(foreign.has('distribution') ? [] : draft.distribution.map(fill), recipients.length > 0),
    appendices: buildAppendices(b, `(${wording.appendixWith} ${issuedBy})`),
  };
}

const refOf = (draft: Draft) => ({
  number: draft.header.number,
  issuerAbbr: draft.header.issuerAbbr,
  date: draft.header.date,
  leaveDayBlank: draft.header.leaveDayBlank,
  year: draft.header.period.year,
});

function buildHeader(template: ReportTemplate, draft: Draft, lex: Lexicon, docType: string = template.docType): DocHeader {
  const h = draft.header;
  return {
    parentBody: headerLines(h.parentBody).join('\n'),
    issuer: headerLines(h.issuer).join('\n'),
    numberLine: numberLine(h.number, docType, h.issuerAbbr),
    placeDate: placeDateLine(normalizePlace(h.place, lex) || wording.placeMissing, h.date, h.leaveDayBlank, h.period.year),
  };
}

function buildSignature(draft: Draft): ReportDocument['signature'] {
  const sig = normalizeSignature(draft.signature.authority, draft.signature.title);
  return { authority: sig.lines, title: sig.title, name: normalizePersonName(draft.signature.name) || cleanLine(draft.signature.name) };
}

/**
 * The decision (Mẫu 1.3): its number and date are the header's, its signer the document's; căn cứ one a line in
 * italics, each ending ";" and the last "."; "QUYẾT ĐỊNH:"; the articles "Điều 1. …", the last ending "./.".
 */
function buildDecision(
  template: ReportTemplate,
  draft: Draft,
  defaults: TemplateDefaults,
  prose: ProseContext,
  fill: Fill,
  signature: ReportDocument['signature'],
  lex: Lexicon,
): DecisionPart | undefined {
  const texts = decisionTexts(defaults, draft);
  if (!texts) return undefined;
  const authority = upperVi(cleanLine(fill(texts.authority))) || headerLines(draft.header.issuer).join(' ');
  const basisLines = parseProse(fill(texts.basis), prose).map((p) => p.runs.map((r) => ({ ...r, italic: true })));
  basisLines.forEach((runs, i) => {
    const last = runs[runs.length - 1];
    if (last) last.text = last.text.replace(/[\s;.,:]+$/, '') + (i === basisLines.length - 1 ? '.' : ';');
  });
  const articles: DocBlock[] = [];
  const list = texts.articles.filter((a) => cleanLine(a));
  list.forEach((article, i) => {
    let text = article.replace(/\s+$/, '');
    if (i === list.length - 1 && !/\/\.$/.test(text)) text = text.replace(/[.;:,]*$/, '') + wording.end;
    parseProse(fill(text), prose).forEach((p, j) =>
      articles.push({ type: 'paragraph', runs: j === 0 ? [{ text: `${wording.article(i + 1)} `, bold: true }, ...p.runs] : p.runs }),
    );
  });
  return {
    header: buildHeader(template, draft, lex, wording.decisionType),
    docType: wording.decisionType,
    title: titleText(fill(texts.title), lex).text || cleanLine(fill(texts.title)),
    authority,
    basis: basisLines,
    decides: wording.decides,
    articles,
    signature,
    distribution: distributionLines(texts.distribution.map(fill)),
  };
}

/** Căn cứ, the numbered sections with their blocks, and the closing sentence ending in "./.". */
function buildBody(b: Build): DocBlock[] {
  const { template, draft, defaults, prose, fill, foreign } = b;
  const body: DocBlock[] = [];
  const proseInto = (text: string) => {
    for (const p of parseProse(fill(text), prose)) body.push({ type: 'paragraph', runs: p.runs });
  };
  const omitted = new Set(draft.omit ?? []);

  const basis = orDefault(draft.header.basis, defaults.basis);
  if (!omitted.has('basis') && !foreign.has('basis') && cleanLine(basis)) proseInto(basis);

  body.push(...sectionBlocks(b, resolveSections(template, draft)));

  let closing = orDefault(draft.closing, defaults.closing);
  if (!omitted.has('closing') && !foreign.has('closing') && cleanLine(closing)) {
    closing = closing.replace(/\s+$/, '');
    if (!/\/\.$/.test(closing)) closing = closing.replace(/[.;:,]*$/, '') + wording.end;
    proseInto(closing);
  }
  return body;
}

/**
 * Sections as headings ("I.", "1.", "a)") with their blocks. A section left empty keeps its heading with "Không có nội
 * dung." unless the template omits empty sections; under a section with text of its own, empty sub-sections are left
 * out (the user wrote the section in one piece, "1.", "2." or "-" items directly under its heading).
 */
function sectionBlocks({ template, draft, ev, prose, fill, emptySections }: Build, sections: ResolvedSection[]): DocBlock[] {
  const out: DocBlock[] = [];
  const omitted = new Set(draft.omit ?? []);
  // Figures an appendix details are followed by where: "(Chi tiết tại Phụ lục kèm theo)".
  const detailed = appendixReferences(template, draft);
  const emit = (list: ResolvedSection[], level: number, parentNumber: string, parentWritten: boolean) => {
    let index = 0;
    for (const s of list) {
      const has = sectionHasContent(s, draft.values);
      if (!has && (emptySections === 'omit' || parentWritten || s.section.optional)) continue;
      const label = headingLabel(template.numbering, level, ++index, parentNumber);
      const title = cleanLine(s.title);
      out.push({
        type: 'heading',
        level: Math.min(level, 4) as 1 | 2 | 3 | 4,
        text: `${label.text} ${level === 1 ? upperVi(title) : title}`,
      });
      if (!has) {
        // Its sub-sections say "Không có nội dung." themselves, unless they are all left out when empty.
        const at = out.length;
        emit(s.children, level + 1, label.number, false);
        if (out.length === at) out.push({ type: 'paragraph', runs: [{ text: wording.emptySection }] });
        continue;
      }
      let written = false;
      for (const { key, block } of s.blocks) {
        const value = draft.values[key];
        if (!blockHasContent(block, value, draft.values)) continue;
        written = true;
        const introKey = introTextKey(key);
        const own = draft.texts?.[introKey] ?? '';
        const introText = omitted.has(introKey) ? '' : cleanLine(own) ? own : 'intro' in block ? (block.intro ?? '') : '';
        const intro = cleanLine(introText) ? cleanLine(expandCitations(fill(introText), prose)) : '';
        out.push(...blockKind(block).render(block, value, { key, ev, prose, fill, intro, figures: template.figures }));
        const detail = detailed.get(key);
        if (detail) out.push({ type: 'paragraph', runs: [{ text: detail }] });
      }
      emit(s.children, level + 1, label.number, written);
    }
  };
  emit(sections, 1, '', false);
  return out;
}

/** Appendices with something to print: "Phụ lục" alone, or "Phụ lục I", "II" … when there are two or more. */
function buildAppendices(b: Build, note: string): AppendixPart[] {
  const { template, draft } = b;
  return printedAppendices(template, draft).map(({ section: a, label }) => {
    const appendix = template.appendices.find((t) => t.id === a.section.id)!;
    // The appendix's own heading is its title: its blocks and sub-sections are numbered from "I." again.
    const body = sectionBlocks(b, [a]).slice(1);
    return {
      label,
      title: upperVi(cleanLine(a.title)),
      note,
      landscape: draft.landscape?.[a.section.id] ?? appendix.landscape,
      body,
    };
  });
}
