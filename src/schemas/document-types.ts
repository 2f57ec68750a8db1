/**
 * Document types in one table: the name as cited ("Kế hoạch"), the abbreviation in a number and symbol
 * ("15/KH-UBND"), whether the legal catalogue holds documents of the type (`catalogue`, in the order its index
 * lists them) and whether this tool writes documents of the type (`written`: a template's `docType`, printed in
 * capitals as the document's name, "KẾ HOẠCH").
 */
export const documentTypes = [
  { name: 'Luật', catalogue: true },
  { name: 'Nghị quyết', abbr: 'NQ', catalogue: true },
  { name: 'Nghị định', abbr: 'NĐ', catalogue: true },
  { name: 'Quyết định', abbr: 'QĐ', catalogue: true },
  { name: 'Thông tư', abbr: 'TT', catalogue: true },
  { name: 'Thông tư liên tịch', catalogue: true },
  { name: 'Chỉ thị', abbr: 'CT', catalogue: true },
  { name: 'Kế hoạch', abbr: 'KH', catalogue: true, written: true },
  { name: 'Công văn', abbr: 'CV', catalogue: true },
  { name: 'Tiêu chuẩn', catalogue: true },
  { name: 'Báo cáo', abbr: 'BC', written: true },
  { name: 'Thông báo', abbr: 'TB', written: true },
  { name: 'Hướng dẫn', abbr: 'HD' },
  { name: 'Tờ trình', abbr: 'TTr' },
  { name: 'Chương trình', abbr: 'CTr' },
  { name: 'Quy chế', abbr: 'QC' },
  { name: 'Biên bản', abbr: 'BB' },
  { name: 'Đề án', abbr: 'ĐA' },
  { name: 'Phương án', abbr: 'PA' },
] as const;

type DocumentType = (typeof documentTypes)[number];

/** Kinds of catalogue entries (`kind` in content/catalogue/*.yaml). */
export type CatalogueKind = Extract<DocumentType, { catalogue: true }>['name'];
export const catalogueKinds = documentTypes.filter((t) => 'catalogue' in t).map((t) => t.name as CatalogueKind);

/** Names of the documents this tool writes, as printed: "BÁO CÁO", "THÔNG BÁO", "KẾ HOẠCH". */
export type WrittenType = Uppercase<Extract<DocumentType, { written: true }>['name']>;
export const writtenTypes = documentTypes.filter((t) => 'written' in t).map((t) => t.name.toLocaleUpperCase('vi') as WrittenType);

/** "BÁO CÁO" → "BC" (the type's part of the symbol); "BC" for a type without one. */
export function typeAbbr(printedName: string): string {
  const type = documentTypes.find((t) => t.name.toLocaleUpperCase('vi') === printedName);
  return type && 'abbr' in type ? type.abbr : 'BC';
}

/** "KH" → "Kế hoạch"; '' for an abbreviation no type has. */
export function typeByAbbr(abbr: string): string {
  return documentTypes.find((t) => 'abbr' in t && t.abbr === abbr)?.name ?? '';
}
