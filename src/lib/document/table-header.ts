/** A header cell of a printed table: its text, the first column it covers, how many columns and header rows. */
export type HeaderCell = { text: string; first: number; span: number; rows: number };

/**
 * The header row, or two when columns are grouped: the groups' headings over their columns, a column of no group
 * spanning both rows (Biểu 06: "STT", "Lĩnh vực", then "Số hồ sơ nhận giải quyết" over four columns …).
 */
export function headerRows(columns: { label: string; group?: string }[]): HeaderCell[][] {
  if (!columns.some((c) => c.group)) return [columns.map((c, i) => ({ text: c.label, first: i, span: 1, rows: 1 }))];
  const top: HeaderCell[] = [];
  const below: typeof top = [];
  columns.forEach((c, i) => {
    const last = top[top.length - 1];
    if (!c.group) top.push({ text: c.label, first: i, span: 1, rows: 2 });
    else if (last && last.rows === 1 && last.text === c.group && last.first + last.span === i) last.span++;
    else top.push({ text: c.group, first: i, span: 1, rows: 1 });
    if (c.group) below.push({ text: c.label, first: i, span: 1, rows: 1 });
  });
  return [top, below];
}
