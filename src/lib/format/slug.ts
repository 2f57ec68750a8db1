/** Vietnamese text → ASCII slug: "Hoài Tân" → "hoai-tan", "Đồng Nai" → "dong-nai". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Lower-case ASCII words joined by "-"; also the catalogue id rule ("61/2018/NĐ-CP" → "61-2018-nd-cp"). */
export function slugify(text: string, maxLength = 40): string {
  const s = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, maxLength).replace(/-+$/, '');
}
