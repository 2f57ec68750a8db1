/** "Nhập bảng tiêu chí từ bảng tính" for a score table (src/components/import/CriteriaImport.tsx), loaded with the dialog. */
export const t = {
  title: (block: string) => `Nhập bảng tiêu chí từ bảng tính: ${block}`,
  intro:
    'Chọn tệp Excel (.xlsx, .xls) hoặc .csv có bảng tiêu chí tỉnh gửi (cột TT, tên lĩnh vực/tiêu chí, điểm tối đa; có thể có cách chấm, điểm tự đánh giá, tài liệu kiểm chứng, ghi chú hoặc giải trình). Cấp lĩnh vực, tiêu chí, tiêu chí thành phần lấy theo số thứ tự (I, 1, 1.1 …) hoặc theo thụt lề; các dòng “Điểm thưởng”, “Điểm trừ” được tính riêng, ngoài tổng điểm các tiêu chí. Tệp chỉ được đọc trên máy này, không gửi đi đâu.',
  mappingHint: 'Kiểm tra từng cột; chọn lại nếu sai. Cách ghép cột sẽ được nhớ cho lần nhập sau.',
  noNameColumn: 'Chưa nhận ra cột tên lĩnh vực, tiêu chí: chọn cột đó ở trên.',
  noColumnFound: (file: string) =>
    `Không tìm thấy cột tên tiêu chí, điểm tối đa trong tệp “${file}”. Kiểm tra tệp có dòng tiêu đề (TT, Lĩnh vực/Tiêu chí, Điểm tối đa). Bảng điểm đang có chưa bị thay đổi.`,
  treeHeading: 'Bảng tiêu chí đọc được',
  levels: ['lĩnh vực', 'tiêu chí', 'tiêu chí thành phần', 'nội dung cấp 4', 'nội dung cấp 5', 'nội dung cấp 6'],
  counts: (parts: string, leaves: number) => `${parts}; ${leaves} tiêu chí được chấm điểm.`,
  maxTotal: (max: string) => `Tổng điểm tối đa (cộng từ các tiêu chí): ${max} điểm.`,
  selfTotal: (self: string) => `Tổng điểm tự đánh giá có trong tệp: ${self} điểm.`,
  totalRow: (row: number, max: string) => `Dòng tổng cộng của tệp (dòng ${row}) ghi ${max} điểm tối đa.`,
  noTotalRow: 'Tệp không có dòng tổng cộng để đối chiếu.',
  checks: 'Cần kiểm tra lại trong bảng tính:',
  cellIssues: (n: number) => `${n} ô không đọc được:`,
  more: (n: number) => `… và ${n} dòng khác.`,
  point: (max: string) => `${max} điểm`,
  noMax: 'chưa có điểm tối đa',
  replaceWarning: 'Bảng điểm đang có sẽ được thay bằng bảng này: điểm, tài liệu kiểm chứng và giải trình đã nhập sẽ bị xóa.',
  apply: 'Dùng bảng tiêu chí này',
  applied: (leaves: number, file: string) =>
    `Đã nhập ${leaves} tiêu chí từ tệp “${file}”. Kiểm tra điểm tối đa và chấm điểm từng tiêu chí.`,
  decisionLabel: 'Quyết định ban hành bộ tiêu chí (số, ngày, cơ quan ban hành)',
  decisionHint:
    'Ví dụ: Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh …. Phụ lục của báo cáo dẫn quyết định này (không dẫn tên tệp).',
  decisionRead: (row: number) => `Đọc từ dòng ${row} của tệp; sửa nếu chưa đúng. Phụ lục của báo cáo dẫn quyết định này.`,
  notApplicable: (k: number) => `${k} tiêu chí ghi “không áp dụng” đối với đơn vị: không chấm điểm, điểm tối đa được trừ tương ứng.`,
  adjustments: (kind: 'bonus' | 'penalty', k: number, limit: string) =>
    `${kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ'}: ${k} nội dung${limit ? `, tính tối đa ${limit} điểm` : ''} (ngoài tổng điểm các tiêu chí).`,
  na: 'không áp dụng',
  failed: 'Không đọc được bảng tính. Bảng điểm đang có chưa bị thay đổi.',
};
