/** A figure block's editor (IndicatorsEditor.tsx): figures, formulas, targets, the import action, comparisons. */
export const t = {
  target: (text: string, citation: string) => `Chỉ tiêu: ${text} (${citation}).`,
  formula: 'Công thức',
  emptyIsZero: 'Ô trống được tính là 0.',
  totalOf: (sums: string[]) => `Để trống thì tự tính: ${sums.join('; hoặc ')}.`,
  importFigures: 'Nhập số liệu từ bảng tính',
  importHint: 'Tệp .xlsx, .xls, .csv của hệ thống một cửa, hoặc dán các ô chép từ Excel.',
  importLoading: 'Đang tải chức năng đọc bảng tính…',
  importLoadFailed:
    'Không tải được chức năng đọc bảng tính (có thể do mất mạng). Nội dung đã nhập vẫn được lưu trên máy này; hãy kết nối mạng, tải lại trang rồi thử lại.',
  compare: 'So sánh với cùng kỳ năm trước, kỳ trước (không bắt buộc)',
  compareHint: 'Nhập số liệu của kỳ cần so sánh; báo cáo sẽ ghi “tăng/giảm … (…%)”. “Tạo từ kỳ trước” tự điền số của kỳ trước.',
  comparePeriod: (label: string) => `Số liệu ${label}`,
  change: (text: string, period: string) => `Kỳ này so với ${period}: ${text}.`,
};
