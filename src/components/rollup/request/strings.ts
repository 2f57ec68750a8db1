/** The section "Yêu cầu báo cáo" of /tong-hop/ (RequestSection.tsx, RequestPanel.tsx, actions.ts). */
export const t = {
  heading: 'Yêu cầu báo cáo',
  intro:
    'Lập yêu cầu báo cáo một lần (loại báo cáo, kỳ, thời gian chốt số liệu, hạn gửi, công văn yêu cầu, nơi nhận, chỉ tiêu, danh sách đơn vị), rồi gửi liên kết cho các đơn vị: mỗi đơn vị mở liên kết là có bản nháp báo cáo đã điền sẵn các thông tin đó. Yêu cầu nằm ngay trong liên kết, không gửi đi đâu.',
  start: 'Lập yêu cầu báo cáo',
  openFile: 'Mở tệp yêu cầu (.json)',
  loading: 'Đang mở phần lập yêu cầu…',
  loadFailed: 'Không tải được phần lập yêu cầu (có thể do mất mạng). Hãy kiểm tra kết nối rồi tải lại trang.',

  kind: 'Loại báo cáo',
  periodKind: 'Kỳ báo cáo',
  periodKinds: { thang: 'Tháng', quy: 'Quý', '6-thang': '6 tháng', '9-thang': '9 tháng', nam: 'Năm', khoang: 'Khoảng thời gian' },
  index: { thang: 'Tháng', quy: 'Quý', '6-thang': '6 tháng (1: đầu năm, 2: cuối năm)' } as Record<string, string>,
  year: 'Năm',
  cutoffFrom: 'Chốt số liệu từ ngày',
  cutoffTo: 'đến ngày',
  cutoffHint: 'Để trống cả hai nếu số liệu tính theo quy định chung.',
  deadline: 'Hạn gửi báo cáo',
  documentHeading: 'Văn bản yêu cầu báo cáo',
  number: 'Số, ký hiệu',
  numberHint: 'Ví dụ 1234/SNV-CCHC.',
  date: 'Ngày ban hành',
  issuer: 'Cơ quan ban hành',
  issuerHint: 'Như câu văn gọi tên, ví dụ “Sở Nội vụ tỉnh Lâm Đồng”.',
  subject: 'Trích yếu',
  subjectHint: 'Ví dụ “V/v báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026”.',
  recipients: 'Kính gửi (nơi nhận báo cáo, mỗi dòng một nơi)',
  units: 'Danh sách đơn vị phải báo cáo (mỗi dòng một tên)',
  unitsHint: 'Dán từ Word hoặc một cột Excel, ví dụ “Xã An Bình”.',
  targetsHeading: 'Chỉ tiêu giao (nếu có)',
  targetsHint:
    'Chỉ nhập chỉ tiêu tỉnh đã giao bằng văn bản, hoặc tỉnh tự đặt trong công văn này; để trống nếu không giao. Đơn vị sẽ thấy chỉ tiêu bên cạnh số liệu tương ứng.',
  target: (label: string, op: string) => `${label} (%, ${op})`,
  targetMin: 'tối thiểu',
  targetMax: 'tối đa',
  targetYear: 'Năm áp dụng',
  targetSource: 'Văn bản giao chỉ tiêu',
  targetOwn: 'Chỉ tiêu do tỉnh tự đặt trong công văn này',
  criteriaHeading: 'Bộ tiêu chí chấm điểm',
  criteria: 'Bộ tiêu chí',
  criteriaHint:
    'Bộ tiêu chí các đơn vị dùng để tự chấm điểm. Chọn bộ có sẵn trên trang, hoặc nhập bộ tiêu chí của tỉnh từ bảng tính (Excel, .csv): liên kết chỉ mang tiêu chí và điểm tối đa, không mang điểm hay tài liệu kiểm chứng có trong tệp.',
  criteriaNone: '— Chọn bộ tiêu chí —',
  criteriaImported: 'Bộ tiêu chí của tỉnh, nhập từ bảng tính',
  setOption: (name: string, year: number, illustrative: boolean) => `${name} (năm ${year})${illustrative ? ' — minh họa' : ''}`,
  illustrative: (name: string) =>
    `“${name}” là bộ tiêu chí MINH HỌA do Cẩm nang CCHC soạn, không phải bộ tiêu chí chính thức của tỉnh nào; tên tiêu chí và điểm tối đa là giả định. Chỉ dùng để thử; khi yêu cầu tự đánh giá thật, hãy nhập bộ tiêu chí trong quyết định của tỉnh từ bảng tính.`,
  importHint: 'Chưa nhập bộ tiêu chí. Chọn tệp bảng tính có cột TT, tên lĩnh vực/tiêu chí và điểm tối đa.',
  importCriteria: 'Nhập bộ tiêu chí từ bảng tính…',
  importAgain: 'Nhập lại từ bảng tính…',
  importedRead: (leaves: number, max: string, citation: string) =>
    `Đã nhập bộ tiêu chí: ${leaves} tiêu chí được chấm điểm, tổng ${max} điểm tối đa${citation ? `, theo ${citation}` : ''}.`,
  criteriaInto: 'bộ tiêu chí của yêu cầu báo cáo',
  criteriaSent: (name: string) => `Bộ tiêu chí chấm điểm gửi kèm: ${name}.`,
  importedName: 'Bộ tiêu chí xác định Chỉ số cải cách hành chính',
  importedNotice: (leaves: number, file: string) =>
    `Đã đọc ${leaves} tiêu chí từ tệp “${file}”. Bộ tiêu chí này sẽ đi kèm liên kết yêu cầu.`,

  create: 'Tạo liên kết yêu cầu',
  fix: (n: number) => `Còn ${n} chỗ cần sửa (ghi ngay dưới từng ô) trước khi tạo liên kết.`,
  otherKind: (open: string, asked: string) =>
    `Bảng tổng hợp đang mở là “${open}”, khác loại báo cáo được yêu cầu (“${asked}”). Hãy lưu rồi xóa bảng tổng hợp đó trước, hoặc chọn đúng loại báo cáo.`,
  created: (n: number) =>
    `Đã tạo liên kết yêu cầu. Bảng tổng hợp đã nhận danh sách ${n} đơn vị, hạn gửi, kỳ báo cáo và chỉ tiêu của yêu cầu này.`,
  opened: (from: string) => `Đã mở yêu cầu từ ${from}. `,
  noFigures: (kind: string) => `Yêu cầu lập “${kind}”: loại báo cáo này không có số liệu để tổng hợp trên trang này.`,
  link: 'Liên kết yêu cầu báo cáo',
  linkHint: 'Gửi liên kết này cho các đơn vị (thư điện tử, tin nhắn, hoặc ghi trong công văn). Mở bằng trình duyệt trên máy tính.',
  linkLong: (n: number) =>
    `Liên kết dài ${n} ký tự: có thể bị cắt khi gửi qua tin nhắn và không in được thành mã QR. Nên gửi kèm tệp yêu cầu (.json) để đơn vị mở bằng nút “Nhập bản nháp”.`,
  copy: 'Chép liên kết',
  copied: 'Đã chép liên kết.',
  copyFailed: 'Trình duyệt không cho chép tự động: liên kết đã được chọn, hãy bấm Ctrl+C.',
  json: 'Tải tệp yêu cầu (.json)',
  appendix: 'Tải Phụ lục kèm công văn (.docx)',
  appendixFailed: 'Không tạo được Phụ lục (có thể do mất mạng khi tải phần tạo tệp). Hãy thử lại.',
  qr: 'Hiện mã QR',
  qrAlt: 'Mã QR của liên kết yêu cầu báo cáo',
  qrPng: 'Tải ảnh mã QR (.png)',
  qrTooLong: 'Liên kết quá dài để in thành mã QR: dùng tệp yêu cầu (.json).',
  edit: 'Sửa yêu cầu',

  statusHeading: 'Tình hình nhận báo cáo',
  deadlineLeft: (date: string, days: number) =>
    days > 0
      ? `Hạn gửi ${date} (còn ${days} ngày).`
      : days === 0
        ? `Hạn gửi ${date} (hôm nay).`
        : `Hạn gửi ${date} (đã quá ${-days} ngày).`,
  reported: (n: number, of: number) => `Đã nhận báo cáo của ${n}/${of} đơn vị.`,
  notReported: (n: number) => `Chưa báo cáo (${n} đơn vị):`,
  allReported: 'Tất cả đơn vị trong danh sách đã gửi báo cáo.',
  unanswered: (n: number) =>
    `${n} báo cáo không lập theo yêu cầu này (lập theo yêu cầu khác hoặc không từ liên kết): xem mục “Khác yêu cầu” ở phần cần kiểm tra.`,
};
