/** A documents block's editor (DocumentsEditor.tsx): one row per document issued in the period. */
export const t = {
  docKind: 'Loại văn bản',
  docNumber: 'Số, ký hiệu',
  docDate: 'Ngày ban hành',
  docIssuer: 'Cơ quan ban hành',
  docSubject: 'Trích yếu nội dung',
  docRow: (i: number) => `Văn bản ${i}`,
  addRow: 'Thêm văn bản',
  noRows: 'Chưa có văn bản nào.',
};
