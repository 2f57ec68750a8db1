/** "Nhập số liệu từ bảng tính" (ImportFigures.tsx), loaded with the dialog. */
export const t = {
  title: (block: string) => `Nhập số liệu từ bảng tính: ${block}`,
  intro:
    'Chọn tệp Excel (.xlsx, .xls) hoặc .csv do hệ thống một cửa xuất ra, hoặc chép các ô trong Excel (cả các dòng tiêu đề) rồi dán vào ô bên dưới. Tệp chỉ được đọc trên máy này, không gửi đi đâu.',
  file: 'Chọn tệp bảng tính',
  paste: 'Hoặc dán các ô đã chép từ Excel',
  pastePlaceholder: 'Bấm vào đây rồi nhấn Ctrl+V',
  readPaste: 'Đọc dữ liệu đã dán',
  reading: 'Đang đọc bảng tính…',
  sheet: 'Trang tính',
  source: (name: string) => (name ? `Tệp: ${name}` : 'Dữ liệu đã dán'),
  headerRows: (from: number, to: number) => (from === to ? `dòng tiêu đề: dòng ${from}` : `dòng tiêu đề: dòng ${from}–${to}`),
  rowsUsed: (text: string) => `Số liệu: ${text}.`,
  savedMapping: 'Đã dùng cách ghép cột bạn chọn lần trước cho bảng tính có cùng tiêu đề.',
  mappingHeading: 'Cột nhận ra được',
  mappingHint: 'Kiểm tra từng số liệu lấy từ cột nào; chọn lại nếu sai. Cách ghép cột sẽ được nhớ cho lần nhập sau.',
  noColumn: '— Không lấy —',
  /** The bottom header cell first, so that a narrow select still shows it: "Cột F: Từ kỳ trước (Số hồ sơ nhận giải quyết › Trong đó)". */
  columnOption: (letter: string, path: string[]) =>
    `Cột ${letter}: ${path[path.length - 1]}${path.length > 1 ? ` (${path.slice(0, -1).join(' › ')})` : ''}`,
  read: 'Số đọc được',
  now: 'Đang nhập',
  unreadable: 'không đọc được',
  notInSheet: 'không có trong bảng tính: giữ số đang nhập',
  cellIssues: (n: number) => `${n} ô không dùng được:`,
  moreIssues: (n: number) => `… và ${n} ô khác.`,
  checks: 'Cần kiểm tra lại trong bảng tính:',
  apply: 'Áp dụng vào báo cáo',
  cancel: 'Hủy',
  close: 'Đóng',
  nothing: 'Chưa có số liệu nào đọc được để áp dụng.',
  applied: (n: number, source: string) => `Đã nhập ${n} số liệu từ ${source}. Kiểm tra lại các cảnh báo bên dưới các ô (nếu có).`,
  appliedSource: (name: string) => (name ? `tệp “${name}”` : 'dữ liệu đã dán'),
  failed: 'Không đọc được bảng tính. Số liệu trong báo cáo chưa bị thay đổi.',
  loadFailed:
    'Không tải được chức năng đọc bảng tính (có thể do mất mạng). Nội dung đã nhập vẫn được lưu trên máy này; hãy kết nối mạng rồi thử lại.',
};
