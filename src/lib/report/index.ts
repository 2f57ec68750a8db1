/**
 * The report engine's front door: code outside src/lib/report imports it from here, never from a module inside.
 *
 * A template (src/schemas/template.ts) and a draft (src/schemas/draft.ts) go in; `evaluate` checks the draft and
 * computes its figures (an `Evaluation` of `Issue`s), `buildDocument` lays out the document (src/lib/document/: the
 * model the .docx renderer in src/lib/docx/ and the builder's preview draw, and its fixed wording), and `renderReport`
 * takes the one way from a draft to a .docx, refusing while a blocking problem remains. Around them: the draft's value
 * keys and the walks of a template's sections, the placeholders and default texts, and each block kind's helpers
 * (blocks/<kind>/: its value, arithmetic, editing and spreadsheet import).
 *
 * Everything here is pure TypeScript with no DOM. Pages load the heavy parts (evaluate, buildDocument, renderReport)
 * on demand: import them from a module the page itself loads with import() (src/components/engine/), so that its first
 * chunk keeps only the light parts it uses.
 */

// Checking, building and rendering a report
export { evaluate } from './evaluate.ts';
export type { Evaluation, Issue, Severity, TargetResult } from './evaluation.ts';
export { buildDocument } from './build.ts';
export { renderAttachment, renderReport, type RenderResult } from './pipeline.ts';
export { figureWindows, type FigureWindow } from './trace.ts';
export { DRAFT_MARK, draftCopyBlockers, draftCopyName } from './draft-copy.ts';
export { formText, CUTOFF_UNKNOWN } from './form-text.ts';

// Text left from another unit, period or the sample; what a draft made from another remembers of it
export { draftTexts, type TextField } from './leftover/texts.ts';
export { sentencesOf, textHash } from './leftover/hash.ts';

// A template's sections and a draft's values
export * from './keys.ts';
export * from './walk.ts';
export { headingTextKey, introTextKey, shiftTextKey } from './text-keys.ts';
export { asRows, asText, isRecord, type Row } from './values.ts';
export { documentTitle, documentVars, draftLexicon, fillPlaceholders, sentenceCaseBody } from './placeholders.ts';
export { defaultsFor, levelsOf } from './defaults.ts';

// Block kinds
export { blockKind, blockHasContent, sectionHasContent, valueShapeOk } from './blocks/index.ts';
export type { BlockKindName, BlockOf } from './blocks/types.ts';
export { asAssessment, type Assessment } from './blocks/assessment/kind.ts';
export { asDocumentRows, emptyDocumentRow } from './blocks/documents/kind.ts';
export { emptyTableRow, totalRow } from './blocks/table/kind.ts';
export { sumLinkedRows } from './blocks/table/linked-sum.ts';
export { linkedTableProblems } from './blocks/table/linked.ts';
export * from './blocks/indicators/compute.ts';
export * from './blocks/indicators/compare.ts';
export * from './blocks/indicators/formula.ts';
export * from './blocks/indicators/import.ts';
export { fieldSets, type FieldSetId } from './blocks/indicators/field-sets/index.ts';
export * from './blocks/scores/value.ts';
export * from './blocks/scores/tree.ts';
export * from './blocks/scores/adjust.ts';
export * from './blocks/scores/fields.ts';
export * from './blocks/scores/edit.ts';
export * from './blocks/scores/sets.ts';
export * from './blocks/scores/import.ts';
export * from './blocks/scores/printed.ts';
