/** "Trước khi tải về" (DownloadParts.tsx). */
export const t = {
  confirmHeading: 'Trước khi tải về',
  confirmIntro: (n: number) => `Còn ${n} điểm nên xem lại. Bạn vẫn có thể tải về ngay; báo cáo sẽ được tạo đúng như đang nhập.`,
  confirmBlocking: 'Lưu ý: có điểm làm văn bản chưa đúng thể thức Nghị định 30/2020/NĐ-CP.',
  confirmDownload: 'Vẫn tải .docx',
  confirmInvalid: (n: number) =>
    `Chưa tải được: còn ${n} giá trị không hợp lệ (ví dụ điểm lớn hơn điểm tối đa). Sửa các ô dưới đây rồi tải lại; nội dung đã nhập vẫn được giữ.`,
  confirmBack: 'Quay lại sửa',
};
