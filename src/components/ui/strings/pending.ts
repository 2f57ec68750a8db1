/** A part of a page whose code loads on demand (Pending.tsx): on its way, or not downloaded. */
export const t = {
  loading: 'Đang tải…',
  // Shown in place of a part (a section, the preview, an action) whose code could not be downloaded.
  loadFailed: (what: string) =>
    `Không tải được ${what} (có thể do mất mạng). Nội dung đã nhập vẫn được lưu trên máy này; hãy kết nối mạng rồi tải lại trang.`,
  partWhat: 'phần này',
};
