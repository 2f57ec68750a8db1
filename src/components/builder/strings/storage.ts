/** The draft bar's notice when storage refuses a write (StorageNotice.tsx), loaded only then. */
export const t = {
  full: 'Chưa lưu được: bộ nhớ của trình duyệt trên máy này đã đầy.',
  failed: 'Chưa lưu được: trình duyệt báo lỗi khi ghi bản nháp vào máy.',
  unavailable: 'Trình duyệt không cho trang này lưu dữ liệu (ví dụ đã tắt lưu trữ, hoặc hồ sơ trình duyệt bị hỏng).',
  since: (time: string) =>
    `Lần lưu được gần nhất lúc ${time}. Những gì nhập sau đó vẫn còn trên trang này nhưng chưa có trong máy: đừng đóng hay tải lại trang.`,
  notStored: 'Những gì đang nhập vẫn còn trên trang này nhưng chưa có trong máy: đừng đóng hay tải lại trang.',
  memoryOnly: 'Bản nháp chỉ giữ trong lúc trang còn mở; đóng trang là mất.',
  keep: 'Để giữ lại, hãy xuất bản nháp ra tệp .json, hoặc tải .docx (tệp .docx mang theo bản nháp, nhập lại được).',
  makeRoom:
    'Để trang tự lưu tiếp, hãy xóa bớt bản nháp cũ không cần nữa (chọn bản nháp ở trên rồi bấm “Xóa bản nháp”): trang lưu lại ngay khi có chỗ.',
  retry: 'Sau khi đã xuất tệp, hãy thử tải lại trang; nếu vẫn lỗi, hãy dùng trình duyệt khác.',
  exportJson: 'Xuất ngay ra tệp .json',
  downloadDocx: 'Tải .docx ngay',
};
