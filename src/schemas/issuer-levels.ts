/**
 * Who issues a document, as a template's `level` and `levels` name it and the pages show it: a commune, ward or
 * special zone; a provincial People's Committee; a provincial department, board or branch; an office under its parent
 * body (Văn phòng UBND tỉnh, Văn phòng HĐND và UBND xã); a steering committee. The builder takes the level from the
 * issuing body typed when it says (src/lib/names/unit.ts, issuerKind).
 */
export const issuerLevelNames = {
  xa: 'Xã, phường, đặc khu',
  tinh: 'Ủy ban nhân dân tỉnh, thành phố',
  so: 'Sở, ban, ngành tỉnh',
  'van-phong': 'Văn phòng (Văn phòng UBND tỉnh, thành phố)',
  'ban-chi-dao': 'Ban Chỉ đạo',
} as const;

export const issuerLevels = ['xa', 'tinh', 'so', 'van-phong', 'ban-chi-dao'] as const satisfies readonly (keyof typeof issuerLevelNames)[];
export type IssuerLevel = (typeof issuerLevels)[number];
