import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import { allSections, resolveParts, viewOf } from './walk.ts';
import { newProseContext, parseProse, runsText } from './prose.ts';
import { blockHasContent, blockKind, sectionHasContent, valueShapeOk } from './blocks/index.ts';
import { checkHeader } from './rules/header.ts';
import { checkPastedOutsideSections, pastedChecker } from './rules/pasted.ts';
import { lengthChecker } from './rules/length.ts';
import { checkRepeats, cutoffNote, emptySectionIssue } from './rules/structure.ts';
import { checkDecision } from './rules/decision.ts';
import { checkTypedFigures } from './rules/figures.ts';
import { checkLeftovers } from './leftover/check.ts';
import { checkBlanks, checkForeignDefaults } from './rules/blanks.ts';
import { draftLexicon } from './placeholders.ts';
import type { Evaluation, Issue } from './evaluation.ts';

/**
 * Every check of a draft against its template, and the figures the document prints: the header and signature
 * (rules/header.ts), end blocks pasted from old reports (rules/pasted.ts), the decision issuing the document
 * (rules/decision.ts), each block of the sections and appendices by its kind (blocks/), the figures every block types
 * (rules/figures.ts), empty sections, repeated sections without items and the data cut-off (rules/structure.ts).
 */
export function evaluate(template: ReportTemplate, draft: Draft, catalogue: CatalogueBrief[] = []): Evaluation {
  const out: Evaluation = { figures: {}, computed: {}, targets: {}, tables: {}, hints: {}, issues: [] };
  const issue = (i: Issue) => out.issues.push(i);
  const byId = new Map(catalogue.map((e) => [e.id, e]));

  const lex = draftLexicon(draft, catalogue);
  checkHeader(template, draft, lex, issue);
  // Every paragraph the document prints passes here: end blocks pasted from old reports, paragraphs too long.
  const pastedLine = pastedChecker(issue);
  const longLine = lengthChecker(issue);
  const pasted = (text: string, field: string, label: string, where = '') => {
    pastedLine(text, field, label, where);
    longLine(text, field, label, where);
  };
  checkPastedOutsideSections(draft, catalogue, pasted);

  // Appendices are optional, and so are sub-sections under a section written in one piece (build.ts leaves them out).
  const parts = resolveParts(template, draft);
  const optional = new Set((template.appendices ?? []).map((a) => a.id));
  // Sections left out when empty take their empty sub-sections with them.
  for (const s of allSections(parts))
    if (
      s.blocks.some(({ key, block }) => blockHasContent(block, draft.values[key], draft.values)) ||
      (s.section.optional && !sectionHasContent(s, draft.values))
    )
      for (const c of allSections(s.children)) optional.add(c.key);
  // One prose context for the whole report, as the document numbers footnotes and cites in full once.
  const proseCtx = newProseContext(catalogue);
  checkDecision(template, draft, byId, lex, issue);
  checkBlanks(template, draft, issue);
  checkForeignDefaults(template, draft, issue);
  for (const s of allSections(parts)) {
    const where = s.instanceName ? `[${s.instanceName}] ` : '';
    for (const { key, block } of s.blocks) {
      if (viewOf(block)) continue;
      const value = draft.values[key];
      if (!valueShapeOk(block, value)) {
        issue({
          key: `shape:${key}`,
          field: key,
          severity: 'error',
          message: `${where}Nội dung "${block.label}" không đúng dạng dữ liệu của loại khối "${block.kind}", nên được bỏ qua.`,
        });
        continue;
      }
      const kind = blockKind(block);
      kind.check(block, value, {
        key,
        where,
        draft,
        catalogue: byId,
        figures: template.figures,
        out,
        issue,
        pasted: (line) => pasted(line, key, block.label, where),
        prose(texts) {
          proseCtx.problems.length = 0;
          for (const t of texts) for (const p of parseProse(t, proseCtx)) pasted(runsText(p.runs), key, block.label, where);
          for (const p of proseCtx.problems)
            issue({ key: `prose:${key}:${p}`, field: key, severity: 'warning', message: `${where}${block.label}: ${p}.` });
        },
      });
      if (value != null) checkTypedFigures(kind.typedFigures?.(block, value, key) ?? [], where, issue);
    }
    if (!sectionHasContent(s, draft.values) && !optional.has(s.key)) issue(emptySectionIssue(template, s, where));
  }

  checkRepeats(template, draft, issue);
  cutoffNote(template, draft, issue);
  checkLeftovers(template, draft, issue);
  return out;
}
