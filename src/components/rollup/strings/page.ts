/**
 * "Tổng hợp báo cáo": what the page shows before the visitor acts (the drop zone, progress, loading). The rest of the
 * page's strings (the table, flags, downloads) are in ./view.ts, loaded with the code that shows them.
 */
export const t = {
  loading: 'Đang tải công cụ tổng hợp… (cần bật JavaScript)',
  privacy: 'Các tệp chỉ được đọc trên máy này (trong trình duyệt), không tải lên đâu; bảng tổng hợp tự lưu trên máy này.',
  dropHeading: 'Chọn báo cáo của các đơn vị',
  dropText: 'Kéo thả cùng lúc các tệp báo cáo vào đây, hoặc',
  choose: 'Chọn tệp…',
  chooseLabel: 'Chọn các tệp báo cáo (.docx, .json)',
  dropHint:
    'Nhận tệp .docx tải từ trang lập báo cáo của trang này (tệp mang theo số liệu) và tệp bản nháp .json đã xuất, của cùng một loại báo cáo và một kỳ. Thêm tệp sau vẫn được: báo cáo sửa lại của một đơn vị thay cho báo cáo cũ.',
  guide: 'Hướng dẫn tổng hợp báo cáo.',
  reading: (done: number, total: number) => `Đang đọc ${done}/${total} tệp…`,
  opening: 'Đang mở bảng tổng hợp đã lưu…',
  loadFailed:
    'Không tải được phần tổng hợp (có thể do mất mạng). Bảng tổng hợp đã lưu vẫn còn trên máy này; hãy kết nối mạng rồi tải lại trang.',
  manageHeading: 'Lưu, mở, xóa bảng tổng hợp',
  manageHint:
    'Bảng tổng hợp tự lưu trên máy này. Lưu ra tệp để giữ lại lâu dài, chuyển sang máy khác hoặc tổng hợp nhiều kỳ; mở lại tệp đó để thêm báo cáo.',
  saveFile: 'Lưu tệp tổng hợp (.json)',
  openFile: 'Mở tệp tổng hợp…',
  clear: 'Xóa tổng hợp',
  storageFull:
    'Bộ nhớ của trình duyệt đã đầy nên bảng tổng hợp không tự lưu được nữa. Bạn vẫn làm tiếp được trên trang này; hãy bấm “Lưu tệp tổng hợp” để giữ lại.',
  storageUnavailable:
    'Trình duyệt không cho lưu dữ liệu (ví dụ chế độ ẩn danh). Bảng tổng hợp chỉ giữ trong lúc trang còn mở; hãy bấm “Lưu tệp tổng hợp” trước khi đóng.',
};
