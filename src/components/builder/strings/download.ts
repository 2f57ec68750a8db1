/** "Trước khi tải về" (DownloadParts.tsx). */
export const t = {
  confirmHeading: 'Trước khi tải về',
  confirmIntro: (n: number) => `Còn ${n} điểm nên xem lại. Bạn vẫn có thể tải về ngay; báo cáo sẽ được tạo đúng như đang nhập.`,
  blockedHeading: 'Chưa tải được báo cáo',
  blockedIntro: (n: number) =>
    `Còn ${n} lỗi phải sửa trước khi tải: văn bản chỉ được tạo khi không còn thông tin sai hoặc thiếu. Bấm vào từng lỗi để đến ô cần sửa; phần đã nhập vẫn được giữ nguyên.`,
  alsoCheck: 'Nên xem lại thêm:',
  confirmDownload: 'Vẫn tải .docx',
  confirmBack: 'Quay lại sửa',
  draftCopyOffer:
    'Chỉ còn thiếu phần người ký bổ sung khi ký (họ tên người ký, ngày ban hành): có thể tải bản dự thảo, ghi “DỰ THẢO” ở đầu trang, để xin ý kiến; bản chính thức vẫn cần đủ các thông tin trên.',
  draftCopyDownload: 'Tải bản dự thảo',
  downloaded: (name: string) => `Đã tạo tệp ${name}. Tệp mang theo bản nháp: để sửa tiếp, chọn tệp này ở “Nhập bản nháp”.`,
};
