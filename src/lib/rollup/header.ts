/**
 * The summary's header as a Sở, a province or a commune collecting from its units signs it: cơ quan chủ quản and cơ
 * quan ban hành on lines of their own (Decree 30 prints the first regular, the second bold), the abbreviation of its
 * số ký hiệu ("BC-SNV"), Kính gửi, the document it answers, Nơi nhận, the signer; and the name of the body as running
 * text writes it ("Sở Nội vụ"), typed, never re-cased from the capitals of the header. Each collector has its
 * defaults, written with the locality the user types ("tỉnh Lâm Đồng"): choosing one fills the fields still empty
 * or still as the previous defaults had them, and leaves every field the user changed as it is.
 */
import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { typeAbbr } from '../../schemas/document-types.ts';
import { cleanLine, cleanText } from '../format/text.ts';
import { formatShortDate, parseIsoDate } from '../format/date.ts';
import { periodLabel, type Period } from '../format/period.ts';
import { sentenceCaseBody } from '../report/index.ts';

export const collectors = ['so', 'tinh', 'xa'] as const;
export type Collector = (typeof collectors)[number];

/** The summary's texts a collector's defaults fill (the settings of the same names; lists one item a line). */
export type HeaderTexts = {
  parentBody: string;
  issuer: string;
  unit: string;
  issuerAbbr: string;
  place: string;
  recipients: string;
  requestKind: string;
  requestIssuer: string;
  distribution: string;
  signAuthority: string;
  signTitle: string;
};
export const headerKeys: readonly (keyof HeaderTexts)[] = [
  'parentBody',
  'issuer',
  'unit',
  'issuerAbbr',
  'place',
  'recipients',
  'requestKind',
  'requestIssuer',
  'distribution',
  'signAuthority',
  'signTitle',
];

const up = (s: string) => s.toLocaleUpperCase('vi');
/** "tỉnh Lâm Đồng" → "Lâm Đồng": the place of the date line. */
const placeOf = (locality: string) => locality.replace(/^(tỉnh|thành phố|xã|phường|đặc khu)\s+/iu, '').trim();
/** "tỉnh Lâm Đồng" → "tỉnh"; "thành phố Huế" → "thành phố". */
const levelWord = (locality: string, fallback: string) => /^(tỉnh|thành phố|xã|phường|đặc khu)(?=\s)/iu.exec(locality)?.[1] ?? fallback;

/** A collector's defaults for a locality as the user typed it ("tỉnh Lâm Đồng"; "" leaves "…" where it goes). */
export function collectorDefaults(collector: Collector, locality: string): HeaderTexts {
  const where = locality.trim() || (collector === 'xa' ? 'xã …' : 'tỉnh …');
  const place = placeOf(locality.trim()) || '';
  const committee = `Ủy ban nhân dân ${where}`;
  switch (collector) {
    case 'so':
      return {
        parentBody: `ỦY BAN NHÂN DÂN\n${up(where)}`,
        issuer: 'SỞ NỘI VỤ',
        unit: 'Sở Nội vụ',
        issuerAbbr: 'SNV',
        place,
        recipients: committee,
        requestKind: 'Công văn',
        requestIssuer: committee,
        distribution: ['Như trên', 'Giám đốc Sở (để báo cáo)', 'Lưu: VT'].join('\n'),
        signAuthority: 'KT. GIÁM ĐỐC',
        signTitle: 'PHÓ GIÁM ĐỐC',
      };
    case 'tinh':
    case 'xa':
      return {
        parentBody: '',
        issuer: `ỦY BAN NHÂN DÂN\n${up(where)}`,
        unit: committee,
        issuerAbbr: 'UBND',
        place,
        recipients: '',
        requestKind: 'Công văn',
        requestIssuer: '',
        distribution: [
          'Như trên',
          `Chủ tịch, các Phó Chủ tịch UBND ${levelWord(where, collector === 'xa' ? 'xã' : 'tỉnh')}`,
          'Lưu: VT',
        ].join('\n'),
        signAuthority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'].join('\n'),
        signTitle: 'PHÓ CHỦ TỊCH',
      };
  }
}

/**
 * The texts after choosing `next` (a collector and its locality) where `previous` was chosen: a field empty or still as
 * the previous defaults had it takes the new default; a field the user changed stays.
 */
export function withCollector(
  texts: HeaderTexts,
  previous: { collector: Collector | ''; locality: string },
  next: { collector: Collector; locality: string },
): HeaderTexts {
  const before = previous.collector ? collectorDefaults(previous.collector, previous.locality) : undefined;
  const after = collectorDefaults(next.collector, next.locality);
  const out = { ...texts };
  for (const k of headerKeys) if (!texts[k].trim() || texts[k] === before?.[k]) out[k] = after[k];
  return out;
}

/** "BC-SNV" or "SNV" typed for a report → "SNV": the part of the số ký hiệu after the document type's. */
export function issuerAbbrOf(typed: string, docType: string): string {
  const abbr = typed.replace(/\s+/g, '').replace(/^\/+/, '');
  const prefix = `${typeAbbr(docType)}-`;
  return abbr.toLocaleUpperCase('vi').startsWith(prefix) ? abbr.slice(prefix.length) : abbr;
}

/** The settings a summary's header is written from (RollupSettings). */
export type HeaderSettings = HeaderTexts & {
  collector: Collector | '';
  requestNumber: string;
  requestDate: string;
  requestSubject: string;
  signName: string;
};

const lines = (s: string) =>
  s
    .split(/\r\n?|\n/)
    .map(cleanLine)
    .filter(Boolean);

/**
 * The căn cứ of a summary: "Thực hiện Công văn số 1234/UBND-NC ngày 05/11/2026 của Ủy ban nhân dân tỉnh Lâm Đồng về
 * việc …, Sở Nội vụ báo cáo tổng hợp kết quả thực hiện tháng 11 năm 2026 của các đơn vị như sau:" — each part of the
 * document answered only when typed; without any, the sentence starts at the body's name.
 */
export function summaryBasis(s: HeaderSettings, unit: string, period: Period): string {
  const date = parseIsoDate(s.requestDate) ? formatShortDate(s.requestDate) : '';
  const request = [
    cleanLine(s.requestNumber) && `số ${cleanLine(s.requestNumber)}`,
    date && `ngày ${date}`,
    cleanLine(s.requestIssuer) && `của ${cleanLine(s.requestIssuer)}`,
    cleanLine(s.requestSubject),
  ].filter(Boolean);
  const lead = request.length ? `Thực hiện ${cleanLine(s.requestKind) || 'Công văn'} ${request.join(' ')}, ` : '';
  const said = `${unit} báo cáo tổng hợp kết quả thực hiện ${periodLabel(period)} của các đơn vị như sau:`;
  return lead ? lead + said : said.charAt(0).toLocaleUpperCase('vi') + said.slice(1);
}

/**
 * Writes the header fields into a summary draft. With a collector chosen, every field is the page's (an empty cơ quan
 * chủ quản stays empty); without, a field left empty keeps the template's default.
 */
export function applyHeader(d: Draft, template: Pick<ReportTemplate, 'docType'>, s: HeaderSettings): void {
  const own = !!s.collector;
  const text = (v: string) => cleanText(v).trim();
  const pick = (v: string, fallback: string) => (own || text(v) ? text(v) : fallback);
  const h = d.header;
  h.parentBody = pick(s.parentBody, h.parentBody);
  h.issuer = pick(s.issuer, h.issuer);
  h.place = pick(s.place, h.place);
  h.issuerAbbr = issuerAbbrOf(s.issuerAbbr, template.docType) || h.issuerAbbr;
  if (own || lines(s.recipients).length) h.recipients = lines(s.recipients);
  if (own || lines(s.distribution).length) d.distribution = lines(s.distribution);
  if (lines(s.signAuthority).length || own) d.signature.authority = lines(s.signAuthority);
  if (cleanLine(s.signTitle)) d.signature.title = cleanLine(s.signTitle);
  if (cleanLine(s.signName)) d.signature.name = cleanLine(s.signName);
  const unit = cleanLine(s.unit) || sentenceCaseBody(h.issuer, h.place);
  const answered = [s.requestNumber, s.requestDate, s.requestIssuer, s.requestSubject].some((x) => cleanLine(x));
  if (own || answered) h.basis = summaryBasis(s, unit, h.period);
}
