/** Messages of the draft bar's actions (draft-actions.ts) and of a conflict between tabs, loaded when needed. */
export const t = {
  draftCopyName: (n: string) => `${n} (bản sao)`,
  imported: (n: string) => `Đã nhập bản nháp “${n}” thành một bản nháp mới.`,
  importedDocx: (n: string) =>
    `Đã lấy lại bản nháp “${n}” từ tệp .docx thành một bản nháp mới; bản nháp đang mở trước đó vẫn còn trong danh sách.`,
  importedMigrated: (n: string, v: number) => `Đã nhập bản nháp “${n}” (chuyển từ định dạng cũ ${v}) thành một bản nháp mới.`,
  importFailed: (file: string, why: string) => `Không nhập được tệp “${file}”: ${why}`,
  unreadable:
    'Không đọc được nội dung tệp (tệp hỏng hoặc không đúng định dạng). Hãy chọn tệp .json đã xuất, hoặc tệp .docx tải từ trang này.',
  importedNotStored: 'Nhưng bản nháp này chưa lưu được vào máy (xem thông báo ở trên): hãy xuất ra tệp .json trước khi đóng trang.',
  readFailed: 'Không đọc được tệp đã chọn.',
  useExampleConfirm:
    'Bản nháp đang mở đã có nội dung. Thay toàn bộ bằng dữ liệu mẫu? (Có thể xuất bản nháp ra tệp .json trước để giữ lại.)',
  exampleLoaded: 'Đã điền dữ liệu mẫu.',
  noExample: 'Loại báo cáo này chưa có dữ liệu mẫu.',
  deleted: (n: string) => `Đã xóa bản nháp “${n}”.`,
  undo: 'Hoàn tác',
  conflict: 'Bản nháp này vừa được sửa ở một thẻ (tab) khác của trình duyệt. Chọn bản muốn giữ; bản không chọn sẽ bị thay thế.',
  conflictTheirs: 'Tải bản ở thẻ kia',
  conflictMine: 'Giữ bản ở thẻ này',
  conflictKept: 'Đã giữ bản ở thẻ này và lưu đè.',
  conflictLoaded: 'Đã tải bản mới nhất từ thẻ kia.',
};
