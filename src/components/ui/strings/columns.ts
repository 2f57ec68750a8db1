/** The spreadsheet column picker (ColumnSelect.tsx). */
export const t = {
  noColumn: '— Không lấy —',
  /** The bottom header cell first, so that a narrow select still shows it: "Cột F: Từ kỳ trước (Số hồ sơ nhận giải quyết › Trong đó)". */
  columnOption: (letter: string, path: string[]) =>
    `Cột ${letter}: ${path[path.length - 1]}${path.length > 1 ? ` (${path.slice(0, -1).join(' › ')})` : ''}`,
};
