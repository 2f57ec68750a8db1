/** "Nhập số liệu từ bảng tính" for a figure block (ImportFigures.tsx), loaded with the dialog. */
export const t = {
  title: (block: string) => `Nhập số liệu từ bảng tính: ${block}`,
  intro:
    'Chọn tệp Excel (.xlsx, .xls) hoặc .csv do hệ thống một cửa xuất ra, hoặc chép các ô trong Excel (cả các dòng tiêu đề) rồi dán vào ô bên dưới. Tệp chỉ được đọc trên máy này, không gửi đi đâu.',
  rowsUsed: (text: string) => `Số liệu: ${text}.`,
  mappingHint: 'Kiểm tra từng số liệu lấy từ cột nào; chọn lại nếu sai. Cách ghép cột sẽ được nhớ cho lần nhập sau.',
  now: 'Đang nhập',
  unreadable: 'không đọc được',
  notInSheet: 'không có trong bảng tính: giữ số đang nhập',
  cellIssues: (n: number) => `${n} ô không dùng được:`,
  moreIssues: (n: number) => `… và ${n} ô khác.`,
  checks: 'Cần kiểm tra lại trong bảng tính:',
  apply: 'Áp dụng vào báo cáo',
  nothing: 'Chưa có số liệu nào đọc được để áp dụng.',
  applied: (n: number, source: string) => `Đã nhập ${n} số liệu từ ${source}. Kiểm tra lại các cảnh báo bên dưới các ô (nếu có).`,
  appliedSource: (name: string) => (name ? `tệp “${name}”` : 'dữ liệu đã dán'),
  failed: 'Không đọc được bảng tính. Số liệu trong báo cáo chưa bị thay đổi.',
  rows: (n: number) =>
    `Bảng tính có ${n} dòng theo lĩnh vực: khi áp dụng, các dòng này được giữ trong bảng “Kết quả giải quyết hồ sơ theo lĩnh vực” (thay các dòng đang có), để nêu lĩnh vực có nhiều hồ sơ quá hạn và để in thành phụ lục nếu cần.`,
  rowsPrint: 'In bảng theo lĩnh vực thành Phụ lục của báo cáo (trang ngang)',
  appliedRows: (n: number) => ` Đã giữ ${n} dòng theo lĩnh vực.`,
};
