import type { Collector } from '../../../lib/rollup/header.ts';

/** "Tổng hợp báo cáo": the summary's header fields, its own sections and its download. */
export const t = {
  heading: 'Báo cáo tổng hợp: cơ quan ban hành, văn bản yêu cầu, nơi nhận, người ký',
  intro:
    'Chọn cơ quan tổng hợp và nhập tỉnh (hoặc xã) để điền sẵn phần đầu, nơi nhận và người ký; sửa lại ô nào cũng được, trang giữ đúng chữ bạn gõ.',
  collector: 'Cơ quan tổng hợp',
  collectorNone: 'Theo mẫu của loại báo cáo',
  collectors: {
    so: 'Sở Nội vụ (tổng hợp báo cáo các xã, phường)',
    tinh: 'Ủy ban nhân dân tỉnh, thành phố',
    xa: 'Ủy ban nhân dân xã (tổng hợp các đơn vị thuộc xã)',
  } satisfies Record<Collector, string>,
  locality: 'Tỉnh, thành phố (hoặc xã) của cơ quan tổng hợp',
  localityHint: 'Viết như trong câu văn, ví dụ “tỉnh Lâm Đồng”, “thành phố Huế”, “xã Ea H’leo”.',
  level: 'Cấp của cơ quan tổng hợp theo mẫu (mặc định của căn cứ, người ký, nơi nhận)',
  parentBody: 'Cơ quan chủ quản (in thường, phía trên)',
  parentBodyHint: 'Mỗi dòng một dòng, ví dụ “ỦY BAN NHÂN DÂN” rồi “TỈNH LÂM ĐỒNG”. Để trống nếu không có.',
  issuer: 'Cơ quan ban hành (in đậm)',
  issuerHint: 'Ví dụ “SỞ NỘI VỤ”; với UBND: “ỦY BAN NHÂN DÂN” rồi “TỈNH LÂM ĐỒNG”.',
  unit: 'Tên cơ quan trong câu văn',
  unitHint: 'Viết như trong câu, ví dụ “Sở Nội vụ”: dùng nguyên văn, không đổi chữ hoa, chữ thường.',
  issuerAbbr: 'Ký hiệu viết tắt của cơ quan',
  issuerAbbrHint: (docType: string) =>
    `Phần sau “${docType === 'BÁO CÁO' ? 'BC' : docType}-” trong số ký hiệu, ví dụ “SNV” cho “Số: …/BC-SNV”.`,
  place: 'Địa danh ghi ở báo cáo tổng hợp',
  recipients: 'Kính gửi',
  recipientsHint: 'Mỗi dòng một nơi nhận, ví dụ “Ủy ban nhân dân tỉnh Lâm Đồng”.',
  request: 'Văn bản yêu cầu báo cáo (báo cáo tổng hợp trả lời văn bản này)',
  requestHint: 'Dùng cho câu mở đầu “Thực hiện Công văn số … ngày … của …”. Để trống phần nào thì câu không nhắc phần đó.',
  requestKind: 'Loại văn bản',
  requestNumber: 'Số, ký hiệu',
  requestDate: 'Ngày',
  requestIssuer: 'Cơ quan ban hành văn bản',
  requestSubject: 'Trích yếu',
  requestSubjectHint: 'Ví dụ “về việc báo cáo kết quả kiểm soát thủ tục hành chính tháng 11 năm 2026”.',
  distribution: 'Nơi nhận (cuối văn bản)',
  distributionHint: 'Mỗi dòng một nơi nhận, ví dụ “Như trên”, “Lưu: VT”.',
  signAuthority: 'Thẩm quyền ký (mỗi dòng một dòng)',
  signTitle: 'Chức vụ người ký',
  signName: 'Họ và tên người ký',
  signHint:
    'Ví dụ “KT. GIÁM ĐỐC” và chức vụ “PHÓ GIÁM ĐỐC”; với UBND: “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”, “PHÓ CHỦ TỊCH”. Họ tên người ký phải nhập trước khi tải báo cáo tổng hợp.',

  textsHeading: 'Phần chữ của báo cáo tổng hợp (đánh giá, nhiệm vụ, kiến nghị)',
  textsIntro:
    'Phần số liệu lấy từ báo cáo của các đơn vị. Các mục dưới đây trang không tự viết: nhập ở đây, hoặc tải về rồi viết tiếp ở trang lập báo cáo. Mỗi dòng một đoạn; “- ” đầu dòng là gạch đầu dòng.',

  warningsHeading: 'Trước khi tải, cần xem lại',
  blocked: 'Chưa tải được báo cáo tổng hợp:',
  fix: 'Sửa',
  coverageNote: (lines: string) => `Số liệu tổng hợp: ${lines}`,
};
