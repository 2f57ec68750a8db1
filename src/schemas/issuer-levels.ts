/**
 * Who issues a document, as a template's `level` and `levels` name it and the pages show it: a commune, ward or
 * special zone; a provincial People's Committee; a provincial department, board or branch.
 */
export const issuerLevelNames = {
  xa: 'Xã, phường, đặc khu',
  tinh: 'Ủy ban nhân dân tỉnh, thành phố',
  so: 'Sở, ban, ngành tỉnh',
} as const;

export const issuerLevels = ['xa', 'tinh', 'so'] as const satisfies readonly (keyof typeof issuerLevelNames)[];
export type IssuerLevel = (typeof issuerLevels)[number];
