/** What the builder says when it opens a request (open.ts, RequestNote.tsx): loaded only with a request. */
export const t = {
  draftName: (doc: string, period: string) => `Theo ${doc} — ${period}`,
  opened: (name: string, doc: string) =>
    `Đã tạo bản nháp mới “${name}” theo yêu cầu báo cáo của ${doc}: kỳ báo cáo, thời gian chốt số liệu, nơi nhận, căn cứ và chỉ tiêu đã điền sẵn. Các bản nháp khác không thay đổi.`,
  reopened: (name: string) =>
    `Bản nháp “${name}” đã lập theo yêu cầu này trước đây: đang mở lại bản nháp đó (không tạo bản nháp mới, không thay đổi gì).`,
  failed: 'Không mở được yêu cầu báo cáo',
  notStored: 'Nhưng bản nháp này chưa lưu được vào máy (xem thông báo ở trên): hãy xuất ra tệp .json trước khi đóng trang.',
  // The note at the top of a draft that answers a request.
  noteHeading: 'Báo cáo theo yêu cầu',
  answers: (doc: string) => `Bản nháp này trả lời yêu cầu báo cáo của ${doc}.`,
  deadline: (date: string) => `Hạn gửi báo cáo: ${date}.`,
  targets: 'Chỉ tiêu được giao (hiện bên cạnh số liệu tương ứng):',
  carried: 'Mã yêu cầu được ghi kèm bản nháp trong tệp .docx, để nơi tổng hợp đối chiếu.',
};
