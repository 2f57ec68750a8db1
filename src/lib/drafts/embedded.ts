/**
 * The draft a downloaded .docx carries, so that "Nhập bản nháp" can bring it back from the report alone (cleaning
 * tools wipe the browser's storage). It is a custom XML data part (src/lib/docx/custom-xml.ts): invisible in Word
 * and LibreOffice, kept by both when they save. The part's root element is `<draft>` in the namespace
 * `urn:cam-nang-cchc:draft:<container version>`, holding the draft file's JSON (the same as "Xuất bản nháp") in CDATA.
 */
import type { Draft } from '../../schemas/draft.ts';
import { strFromU8 } from 'fflate';
import { addCustomXmlPart } from '../docx/custom-xml.ts';
import { jsonPartXml } from '../docx/json-part.ts';
import { PRINTED_PARTS, fingerprintOf, printedText, type FigureWindow } from '../printed/text.ts';
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

/**
 * The part's XML: the draft's JSON in CDATA (src/lib/docx/json-part.ts says how it is escaped), the root's attributes
 * recording the printed text's fingerprint and where each figure was printed.
 */
export function draftXml(draft: Draft, printed = '', figures: FigureWindow[] = []): string {
  const windows = figures.map((f) => ({ k: f.key, v: f.value, w: f.window }));
  const mark =
    (printed ? ` ${PRINTED_ATTRIBUTE}="${printed}"` : '') +
    (windows.length ? ` ${FIGURES_ATTRIBUTE}="${escapeAttr(JSON.stringify(windows))}"` : '');
  return jsonPartXml('draft', EMBED_NAMESPACE, embeddedDraft(draft), mark);
}

/**
 * The root's attribute recording the fingerprint of the text the .docx printed (src/lib/printed/text.ts) when the site
 * made it: a .docx whose text no longer has it was edited after download.
 */
export const PRINTED_ATTRIBUTE = 'printed';
/**
 * The root's attribute recording, as JSON, where the document printed each of its figures: `[{ k: figure, v: value, w:
 * window }]`, the words around each figure as printed (src/lib/report/trace.ts), to read them back after an edit.
 */
export const FIGURES_ATTRIBUTE = 'figures';

/** The .docx with its draft inside, the fingerprint of the text it prints and where it printed its figures. */
export const embedDraft = (docx: Uint8Array, draft: Draft, figures: FigureWindow[] = []): Uint8Array =>
  addCustomXmlPart(docx, (read) => draftXml(draft, fingerprintOf(printedText(partsText(read(PRINTED_PARTS)))), figures), EMBED_NAMESPACE);

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const partsText = (parts: Readonly<Record<string, Uint8Array>>) =>
  Object.fromEntries(PRINTED_PARTS.flatMap((p) => (parts[p] ? [[p, strFromU8(parts[p])]] : [])));
