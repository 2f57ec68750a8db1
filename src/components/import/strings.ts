/** The spreadsheet-import dialog (SheetImport.tsx), whatever it imports; each use adds its own words. Loaded with it. */
export const t = {
  file: 'Chọn tệp bảng tính',
  paste: 'Hoặc dán các ô đã chép từ Excel',
  pastePlaceholder: 'Bấm vào đây rồi nhấn Ctrl+V',
  readPaste: 'Đọc dữ liệu đã dán',
  reading: 'Đang đọc bảng tính…',
  sheet: 'Trang tính',
  source: (name: string) => (name ? `Tệp: ${name}` : 'Dữ liệu đã dán'),
  headerRows: (from: number, to: number) => (from === to ? `dòng tiêu đề: dòng ${from}` : `dòng tiêu đề: dòng ${from}–${to}`),
  savedMapping: 'Đã dùng cách ghép cột bạn chọn lần trước cho bảng tính có cùng tiêu đề.',
  mappingHeading: 'Cột nhận ra được',
  cancel: 'Hủy',
  close: 'Đóng',
};
