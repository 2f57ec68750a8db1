import { caseName, lexicon, type Cased, type Lexicon } from './case.ts';

/** What the site needs of a draft's header to name its unit. */
export type UnitHeader = { issuer: string; place: string; parentBody?: string; unit?: string; recipients?: string[] };

/** The issuing body on one line, as typed ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH" → "ỦY BAN NHÂN DÂN XÃ AN BÌNH"). */
export const issuerLine = (issuer: string) => issuer.replace(/\s+/g, ' ').trim();

/**
 * Known spellings for this header: the site's (known.ts), the unit's own name when typed, the place, names typed in
 * lower case in Kính gửi, and `extra` (the catalogue's issuers).
 */
export const headerLexicon = (h: UnitHeader, extra: Iterable<string> = []): Lexicon =>
  lexicon([...(h.unit ? [h.unit] : []), h.place, ...(h.recipients ?? []), ...extra]);

/**
 * The unit as running text names it ({don_vi}, "(Ban hành kèm theo … của …)", a roll-up's sentences): the field the user
 * typed, or the issuing body of the header converted where certain (caseName). Not certain: the body as typed, and
 * `certain` false so the builder asks for the name at its field.
 */
export function unitName(h: UnitHeader, lex: Lexicon = headerLexicon(h)): Cased {
  const own = (h.unit ?? '').replace(/\s+/g, ' ').trim();
  if (own) return { text: own, certain: true, unsure: [] };
  const typed = ownName(h);
  if (!typed) return { text: '', certain: true, unsure: [] };
  const cased = caseName(typed, lex);
  return cased.certain ? cased : { ...cased, text: typed };
}

/**
 * The issuing body on one line; an office named only by its kind under its parent body ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU" /
 * "VĂN PHÒNG") takes the parent's name after it: "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH LAI CHÂU".
 */
function ownName(h: Pick<UnitHeader, 'issuer' | 'parentBody'>): string {
  const own = issuerLine(h.issuer);
  const parent = issuerLine(h.parentBody ?? '');
  return /^VĂN PHÒNG$/iu.test(own) && parent ? `${own} ${parent}` : own;
}

/** Issuing bodies the defaults are written for (src/schemas/template.ts, issuerLevels). */
export type IssuerKind = 'xa' | 'tinh' | 'so' | 'van-phong' | 'ban-chi-dao';

/** The unit words of a commune and of a province ("xã", "phường", "đặc khu"; "tỉnh", "thành phố"). */
const COMMUNE = /(?:^|\s)(XÃ|PHƯỜNG|ĐẶC KHU)(?=\s|$)/u;
const PROVINCE = /(?:^|\s)(TỈNH|THÀNH PHỐ)(?=\s|$)/u;

/**
 * What kind of body typed the header: a commune's or a province's People's Committee, a department, the office of a
 * People's Committee or Council ("VĂN PHÒNG" under its parent body, "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH …", not "Văn phòng
 * Đăng ký đất đai"), a steering committee; undefined when the text does not say.
 * `locality` is the unit word of the commune or province it belongs to, lower case.
 */
export function issuerKind(h: Pick<UnitHeader, 'issuer' | 'parentBody'>): { kind?: IssuerKind; locality?: string } {
  const text = issuerLine(h.issuer)
    .toLocaleUpperCase('vi')
    .replace(/^UBND\b/u, 'ỦY BAN NHÂN DÂN');
  const parent = issuerLine(h.parentBody ?? '').toLocaleUpperCase('vi');
  const localityOf = (s: string) => (COMMUNE.exec(s) ?? PROVINCE.exec(s))?.[1].toLocaleLowerCase('vi');
  const locality = localityOf(text) ?? localityOf(parent);
  const kind: IssuerKind | undefined = /^SỞ\s/u.test(text)
    ? 'so'
    : /^VĂN PHÒNG($|\s+(ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)(\s|$))/u.test(text)
      ? 'van-phong'
      : /^BAN CHỈ ĐẠO(\s|$)/u.test(text)
        ? 'ban-chi-dao'
        : /^(ỦY BAN NHÂN DÂN|UBND)(\s|$)/u.test(text)
          ? COMMUNE.test(text)
            ? 'xa'
            : PROVINCE.test(text)
              ? 'tinh'
              : undefined
          : undefined;
  return { kind, locality };
}
