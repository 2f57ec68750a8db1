import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueBrief } from '../../schemas/catalogue.ts';
import type { AppendixPart, ReportDocument } from '../document/model.ts';
import type { Evaluation, Issue } from './evaluation.ts';
import { evaluate } from './evaluate.ts';
import { buildDocument } from './build.ts';
import { figureWindows } from './trace.ts';
import { draftCopyBlockers } from './draft-copy.ts';

/** A .docx, or the blocking problems that withhold it (each one a Vietnamese message, most with the field to fix). */
export type RenderResult =
  | { ok: true; evaluation: Evaluation; document: ReportDocument; bytes: Uint8Array }
  | { ok: false; evaluation: Evaluation; blocking: Issue[] };

/**
 * The one way from a draft to a .docx — template + draft + catalogue → evaluate → buildDocument → renderDocx —
 * taken by the builder's download, the roll-up's summary, `npm run render` and `npm run examples`. A draft with a
 * blocking problem (one the document cannot be written with and still follow Decree 30) gets those problems back
 * instead of a file. The .docx carries the draft it was made from (src/lib/drafts/embedded.ts), for "Nhập bản nháp".
 * An evaluation already made for the same draft is reused. The renderer (the `docx` library) is loaded when first
 * needed: in the browser it is a chunk of its own. `draftCopy` makes the copy for comments marked "DỰ THẢO"
 * (src/lib/report/draft-copy.ts): what signing adds may be missing from it, nothing else.
 */
export async function renderReport(
  template: ReportTemplate,
  draft: Draft,
  catalogue: CatalogueBrief[] = [],
  evaluation: Evaluation = evaluate(template, draft, catalogue),
  options: { draftCopy?: boolean } = {},
): Promise<RenderResult> {
  const blocking = options.draftCopy ? draftCopyBlockers(evaluation.issues) : evaluation.issues.filter((i) => i.blocking);
  if (blocking.length) return { ok: false, evaluation, blocking };
  const document = buildDocument(template, draft, catalogue, { evaluation, draftCopy: options.draftCopy });
  const [{ renderDocx }, { embedDraft }] = await Promise.all([import('../docx/render.ts'), import('../drafts/embedded.ts')]);
  // Where each figure stands in the text, recorded beside the draft: the figures can be read back after an edit in Word.
  const figures = figureWindows(template, draft, catalogue, evaluation);
  return { ok: true, evaluation, document, bytes: embedDraft(await renderDocx(document), draft, figures) };
}

/**
 * A Phụ lục on its own (the Phụ lục of a province's request, src/lib/request/appendix.ts), by the same renderer; `part`
 * adds a custom XML data part to it (the request itself, so that the file can be opened again).
 */
export async function renderAttachment(appendix: AppendixPart, part?: { xml: string; namespace: string }): Promise<Uint8Array> {
  const [{ renderAppendixDocx }, { addCustomXmlPart }] = await Promise.all([import('../docx/render.ts'), import('../docx/custom-xml.ts')]);
  const bytes = await renderAppendixDocx(appendix);
  return part ? addCustomXmlPart(bytes, part.xml, part.namespace) : bytes;
}
