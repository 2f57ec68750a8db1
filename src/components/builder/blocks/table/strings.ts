/** A table block's editor (TableEditor.tsx). */
export const t = {
  addTableRow: 'Thêm dòng',
  tableRow: (i: number) => `Dòng ${i}`,
};
