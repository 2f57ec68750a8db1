/** Finding citations in content: <Cite> tags in guidance (MDX) and [[id]] in report templates. */

export type CiteUse = { id: string; historical: boolean };

const CITE_TAG = /<Cite\b([^>]*?)\/?>/g;

/** Every <Cite id="…"> in an MDX source, with whether it is marked historical. */
export function citeTags(mdx: string): CiteUse[] {
  const out: CiteUse[] = [];
  for (const m of mdx.matchAll(CITE_TAG)) {
    const id = /\bid=["']([^"']+)["']/.exec(m[1])?.[1];
    if (id) out.push({ id, historical: /\bhistorical\b(?!\s*=\s*\{\s*false\s*\})/.test(m[1]) });
  }
  return out;
}

/** Catalogue ids written as [[id]] in a text (the prose syntax of templates and drafts). */
export function bracketCitations(text: string): string[] {
  return [...text.matchAll(/\[\[([a-z0-9-]{1,80})\]\]/g)].map((m) => m[1]);
}

/**
 * A legal citation typed by hand instead of through the catalogue: a national document number such as
 * "61/2018/NĐ-CP", "02/2017/TT-VPCP", "19/2014/QĐ-TTg", "01/NQ-CP", "1085/QĐ-TTg", "876/QĐ-BNV", "23/CT-TTg".
 * Local documents (…/QĐ-UBND, …/KH-UBND, …/NQ-HĐND) are the user's own and are not matched.
 */
const TYPED_CITATION =
  /\b\d+[a-z]?\/\d{4}\/(?:NĐ-CP|TT-[A-ZĐ]+|TTLT-[A-ZĐ-]+|QĐ-TTg|QH\d+)\b|\b\d+[a-z]?\/(?:NQ-CP|QĐ-TTg|QĐ-BNV|CT-TTg)\b/g;

/** Typed citations in a text once [[…]] citations are taken out. */
export function typedCitations(text: string): string[] {
  return [...text.replace(/\[\[[^\]]*\]\]/g, ' ').matchAll(TYPED_CITATION)].map((m) => m[0]);
}
