/**
 * The draft a downloaded .docx carries, so that "Nhập bản nháp" can bring it back from the report alone (cleaning
 * tools wipe the browser's storage). It is a custom XML data part (src/lib/docx/custom-xml.ts): invisible in Word
 * and LibreOffice, kept by both when they save. The part's root element is `<draft>` in the namespace
 * `urn:cam-nang-cchc:draft:<container version>`, holding the draft file's JSON (the same as "Xuất bản nháp") in CDATA.
 */
import type { Draft } from '../../schemas/draft.ts';
import { addCustomXmlPart } from '../docx/custom-xml.ts';
import { jsonPartXml } from '../docx/json-part.ts';
import { DRAFT_FORMAT, DRAFT_VERSION } from './constants.ts';

/** The namespace before its version; the version says how the draft is wrapped, the JSON's `version` what it holds. */
export const EMBED_NAMESPACE_BASE = 'urn:cam-nang-cchc:draft:';
export const EMBED_VERSION = 1;
export const EMBED_NAMESPACE = `${EMBED_NAMESPACE_BASE}${EMBED_VERSION}`;

/**
 * What is embedded: this one draft as typed (header, sections' values and items, closing, signature, recipients,
 * its name), with the format marker and version — never the other drafts, and not the time it was last saved.
 */
export function embeddedDraft(draft: Draft): Record<string, unknown> {
  const typed: Record<string, unknown> = { ...draft };
  delete typed.updatedAt;
  return { ...typed, format: DRAFT_FORMAT, version: DRAFT_VERSION };
}

/** The part's XML: the draft's JSON in CDATA (src/lib/docx/json-part.ts says how it is escaped). */
export const draftXml = (draft: Draft): string => jsonPartXml('draft', EMBED_NAMESPACE, embeddedDraft(draft));

/** The .docx with its draft inside. */
export const embedDraft = (docx: Uint8Array, draft: Draft): Uint8Array => addCustomXmlPart(docx, draftXml(draft), EMBED_NAMESPACE);
