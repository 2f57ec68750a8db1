/** What a unit is told when a request (a link, or a .json file) cannot be used; in each case nothing is changed. */

const NOTHING_CHANGED = 'Các bản nháp trên máy này không thay đổi.';

export const requestMessages = {
  damaged: `Liên kết yêu cầu báo cáo bị hỏng hoặc bị cắt mất một phần (thường do chép thiếu khi gửi qua tin nhắn). Hãy mở lại đúng liên kết trong công văn, hoặc xin tệp yêu cầu (.json) của cơ quan gửi. ${NOTHING_CHANGED}`,
  newer: (v: number) =>
    `Yêu cầu báo cáo được tạo bằng phiên bản mới hơn của trang này (định dạng ${v}). Hãy tải lại trang (khi có mạng) để dùng phiên bản mới nhất rồi mở lại liên kết. ${NOTHING_CHANGED}`,
  otherKind: (found: string, here: string) =>
    `Yêu cầu này là để lập "${found}", không phải "${here}" đang mở. Hãy dùng đúng liên kết, hoặc mở trang lập "${found}". ${NOTHING_CHANGED}`,
  unknownKind: (kind: string) =>
    `Yêu cầu này là để lập loại báo cáo "${kind}" mà trang này chưa có. Hãy tải lại trang (khi có mạng) để dùng phiên bản mới nhất. ${NOTHING_CHANGED}`,
  fileDamaged: `Tệp yêu cầu báo cáo (.json) bị hỏng hoặc bị sửa dở, không đọc được. Hãy xin lại tệp của cơ quan gửi. ${NOTHING_CHANGED}`,
  unknownCriteria: (id: string) =>
    `Yêu cầu dùng bộ tiêu chí "${id}" mà trang này không có. Hãy tải lại trang (khi có mạng) để dùng phiên bản mới nhất, hoặc nhập bảng tiêu chí từ tệp tỉnh gửi. ${NOTHING_CHANGED}`,
};
