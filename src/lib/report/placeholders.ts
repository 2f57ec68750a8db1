import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { periodVars } from '../format/period-vars.ts';
import { cleanLine, upperFirst } from '../format/text.ts';
import { headerLexicon, issuerKind, lowerStart, unitName, type Lexicon } from '../names/index.ts';
import { titleText } from './normalize.ts';

/**
 * Fills the placeholders of a template's texts and any `extra` ones; unknown placeholders stay as written.
 * - {ky}, {ky_ngan}, {nam}, {ky_toi}, {loai_ky}: the reporting period (format/period-vars.ts);
 * - {don_vi}: the unit as running text names it (the field the user typed, or the issuing body where its case is
 *   certain: names/unit.ts);
 * - {cap}: the unit word of the issuer's commune or province ("xã", "phường", "đặc khu", "tỉnh", "thành phố"), "…"
 *   when the header does not say; {cap_uy}: its party committee ("Đảng ủy xã", "Tỉnh ủy", "Thành ủy");
 * - {van_ban} (given in `extra` by documentVars): the document a decision issues, "Kế hoạch kiểm tra …".
 */
export function fillPlaceholders(text: string, draft: Pick<Draft, 'header'>, extra: Record<string, string> = {}): string {
  if (!text.includes('{')) return text;
  const h = draft.header;
  const period = periodVars(h.period);
  const named: Record<string, () => string> = {
    don_vi: () => unitName(h).text,
    cap: () => issuerKind(h).locality ?? '…',
    cap_uy: () => partyCommittee(issuerKind(h).locality),
  };
  return text.replace(/\{([a-z_]+)\}/g, (m, name: string) => extra[name] ?? period[name] ?? named[name]?.() ?? m);
}

const partyCommittee = (locality?: string) =>
  locality === 'tỉnh' ? 'Tỉnh ủy' : locality === 'thành phố' ? 'Thành ủy' : `Đảng ủy ${locality ?? '…'}`;

/**
 * The trích yếu as printed: what the user typed (converted from capitals where certain: normalize.ts, titleText), or the
 * template's pattern filled in.
 */
export function documentTitle(template: Pick<ReportTemplate, 'titlePattern'>, draft: Pick<Draft, 'header'>, lex?: Lexicon): string {
  return (
    titleText(fillPlaceholders(draft.header.title, draft), lex ?? headerLexicon(draft.header)).text ||
    cleanLine(fillPlaceholders(template.titlePattern, draft))
  );
}

/**
 * The placeholders that name the document itself: {van_ban}, its type and trích yếu as a sentence continues them
 * ("Ban hành kèm theo Quyết định này {van_ban}." → "… Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.").
 */
export function documentVars(
  template: Pick<ReportTemplate, 'titlePattern' | 'docType'>,
  draft: Pick<Draft, 'header'>,
  lex?: Lexicon,
): Record<string, string> {
  const l = lex ?? headerLexicon(draft.header);
  const type = upperFirst(template.docType.toLocaleLowerCase('vi'));
  const title = documentTitle(template, draft, l);
  // A trích yếu that repeats its type ("Kế hoạch kiểm tra …", warned at its field) is not prefixed with it again.
  if (startsWithType(title, template.docType)) return { van_ban: type + title.slice(type.length) };
  return { van_ban: `${type} ${lowerStart(title, l)}` };
}

/** Known spellings for a draft: its header's (names/unit.ts, headerLexicon) and the catalogue's issuers ("Bộ Tư pháp"). */
export const draftLexicon = (draft: Pick<Draft, 'header'>, catalogue: readonly { issuer?: string }[] = []): Lexicon =>
  headerLexicon(draft.header, new Set(catalogue.flatMap((e) => (e.issuer ? [e.issuer] : []))));

/** Whether a trích yếu starts with its document's type name ("Kế hoạch kiểm tra …" under "KẾ HOẠCH"). */
export const startsWithType = (title: string, docType: string) =>
  title.toLocaleUpperCase('vi').startsWith(docType.toLocaleUpperCase('vi') + ' ');

/**
 * The issuing body inside a sentence: "ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN" → "Ủy ban nhân dân phường Hoài Tân", the place
 * name's spelling where it is the unit's ("Ea H’leo"); as typed where its case is not certain (names/case.ts).
 */
export const sentenceCaseBody = (issuer: string, place = ''): string => unitName({ issuer, place }).text;
