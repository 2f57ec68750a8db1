import type { ReportTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { CatalogueEntry } from '../../schemas/catalogue.ts';
import type { ReportDocument } from './model.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import { buildDocument } from './build.ts';

export type RenderedReport = { evaluation: Evaluation; document: ReportDocument; bytes: Uint8Array };

/**
 * The one way from a draft to a .docx — template + draft + catalogue → evaluate → buildDocument → renderDocx —
 * taken by the builder's download, `npm run render` and `npm run examples`. The .docx carries the draft it was
 * made from (src/lib/drafts/embedded.ts), for "Nhập bản nháp". An evaluation already made for the same draft is
 * reused. The renderer (the `docx` library) is loaded when first needed: in the browser it is a chunk of its own.
 * `draftCopy` makes the copy for comments marked "DỰ THẢO" (src/lib/report/draft-copy.ts).
 */
export async function renderReport(
  template: ReportTemplate,
  draft: Draft,
  catalogue: CatalogueEntry[] = [],
  evaluation: Evaluation = evaluate(template, draft, catalogue),
  options: { draftCopy?: boolean } = {},
): Promise<RenderedReport> {
  const document = buildDocument(template, draft, catalogue, { evaluation, draftCopy: options.draftCopy });
  const [{ renderDocx }, { embedDraft }] = await Promise.all([import('../docx/render.ts'), import('../drafts/embedded.ts')]);
  return { evaluation, document, bytes: embedDraft(await renderDocx(document), draft) };
}
