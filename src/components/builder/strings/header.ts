/** "Phần đầu văn bản": the header fields and the reporting period (HeaderFields.tsx). */
export const t = {
  parentBody: 'Cơ quan chủ quản (nếu có)',
  parentBodyHint: 'Chữ in hoa, mỗi dòng một dòng in; để trống nếu không có.',
  issuer: 'Cơ quan ban hành',
  issuerHint: 'Chữ in hoa, mỗi dòng một dòng in, ví dụ “ỦY BAN NHÂN DÂN” rồi “PHƯỜNG HOÀI TÂN”.',
  unit: 'Tên đơn vị trong câu văn',
  unitHint: (derived: string) =>
    derived
      ? `Tên đơn vị khi câu văn nhắc đến (căn cứ, câu kết, “Ban hành kèm theo …”), viết hoa như tên riêng. Để trống sẽ dùng: “${derived}”.`
      : 'Tên đơn vị khi câu văn nhắc đến (căn cứ, câu kết, “Ban hành kèm theo …”), viết hoa như tên riêng, ví dụ “Ủy ban nhân dân xã Ea H’leo”.',
  issuerAbbr: 'Chữ viết tắt cơ quan (trong ký hiệu)',
  number: 'Số văn bản',
  numberHint: 'Để trống cho văn thư điền khi đóng dấu.',
  place: 'Địa danh',
  placeHint:
    'Tên xã, phường nơi đóng trụ sở, giữ nguyên dấu nháy và chữ số như tên chính thức, ví dụ “Ea H’leo”; đơn vị đặt tên bằng số ghi đủ, ví dụ “Phường 3 Bảo Lộc”.',
  date: 'Ngày ban hành',
  leaveDayBlank: 'Để trống ngày (văn thư điền khi ban hành)',
  periodKind: 'Kỳ báo cáo',
  /** A plan or a notice: the year it is for, no reporting period. */
  periodOther: 'Năm thực hiện',
  periodYear: 'Năm',
  periodMonth: 'Tháng',
  periodQuarter: 'Quý',
  periodHalf: 'Nửa năm',
  periodHalves: ['6 tháng đầu năm', '6 tháng cuối năm'],
  periodFrom: 'Từ ngày',
  periodTo: 'Đến ngày',
  periodKinds: { thang: 'Tháng', quy: 'Quý', '6-thang': '6 tháng', '9-thang': '9 tháng', nam: 'Năm', khoang: 'Khoảng thời gian' } as Record<
    string,
    string
  >,
  cutoff: (range: string) => `Thời gian chốt số liệu: ${range}.`,
  cutoffNone: 'Kỳ này chưa có quy định chốt số liệu đã xác minh: ghi rõ khoảng thời gian trong báo cáo.',
  cutoffOwn: 'Tỉnh quy định ngày chốt số liệu khác (ví dụ từ ngày 21 tháng trước đến ngày 20 tháng này)',
  cutoffFrom: 'Chốt số liệu từ ngày',
  cutoffTo: 'đến ngày',
  recipients: 'Kính gửi (mỗi dòng một cơ quan; để trống nếu không có)',
  basis: 'Căn cứ (đoạn mở đầu)',
  title: 'Trích yếu',
  titleHint: (def: string) => `Để trống sẽ dùng: “${def}”.`,
};
