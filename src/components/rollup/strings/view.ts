import type { FlagType } from '../../../lib/rollup/row.ts';

/** "Tổng hợp báo cáo" once reports are read: the table, flags, totals, rankings, targets, downloads and messages. */
export const t = {
  // Reading files
  unreadable: 'Không đọc được tệp (có thể tệp đang mở ở chương trình khác hoặc đã bị xóa). Hãy chọn lại tệp.',
  unknownKind: (kind: string) =>
    `Báo cáo loại “${kind}” không có trên trang này (có thể được tạo bằng phiên bản mới hơn của trang): hãy tải lại trang rồi thử lại.`,
  noFigures: (name: string) => `Loại “${name}” không có số liệu để tổng hợp.`,
  otherKind: (found: string, rolled: string) =>
    `Báo cáo loại “${found}”, khác loại đang tổng hợp (“${rolled}”): mỗi bảng tổng hợp chỉ gồm một loại báo cáo.`,
  added: (n: number, bad: number) =>
    `Đã thêm ${n} báo cáo vào bảng tổng hợp.${bad ? ` ${bad} tệp không dùng được: xem danh sách bên dưới.` : ''}`,
  noteReplaced: (unit: string, file: string, old: string) => `${unit}: dùng báo cáo mới hơn trong tệp ${file}, thay báo cáo cũ (${old}).`,
  noteResent: (unit: string, file: string, kept: string) => `${unit}: tệp ${file} gửi lại, không đổi so với báo cáo đang có (${kept}).`,
  noteOlder: (unit: string, file: string, kept: string) =>
    `${unit}: tệp ${file} là báo cáo cũ hơn báo cáo đang có (${kept}), nên không dùng.`,
  restoreFailed: (why: string) => `Không mở được bảng tổng hợp đã lưu trên máy này: ${why} Bắt đầu một bảng tổng hợp mới.`,
  restoreDropped: (files: string[]) =>
    `Bảng tổng hợp đã lưu có ${files.length} báo cáo bị hỏng nên không mở được (${files.join(', ')}): hãy thêm lại các tệp đó.`,
  droppedFromRollup: 'Báo cáo trong tệp tổng hợp bị hỏng nên không mở được: hãy thêm lại tệp báo cáo này.',
  notRollupFile: 'Tệp này không phải tệp tổng hợp (.json) của trang này.',
  opened: (file: string, n: number) => `Đã mở tệp tổng hợp ${file} (${n} báo cáo).`,
  openConfirm: (n: number) =>
    `Bảng tổng hợp đang mở (${n} báo cáo) sẽ được thay bằng tệp vừa chọn. Nếu cần giữ, hãy bấm “Hủy” rồi lưu tệp tổng hợp trước. Tiếp tục?`,
  clearConfirm: (n: number) =>
    `Xóa bảng tổng hợp đang mở (${n} báo cáo) khỏi máy này? Muốn giữ lại thì bấm “Hủy” rồi lưu tệp tổng hợp trước.`,
  cleared: 'Đã xóa bảng tổng hợp.',

  problemsHeading: (n: number) => `Tệp không dùng được (${n})`,
  notesHeading: 'Báo cáo gửi trùng, gửi lại',
  dismiss: 'Ẩn danh sách này',

  // Overview
  overviewHeading: 'Kết quả tổng hợp',
  kindLine: (kind: string, period: string) => `${kind}, ${period}.`,
  counts: (units: number, included: number) =>
    `${units} báo cáo${included !== units ? `, trong đó ${included} báo cáo được tính vào tổng` : ''}.`,
  expectedCounts: (expected: number, missing: number) =>
    `Danh sách có ${expected} đơn vị, ${missing ? `${missing} đơn vị chưa có báo cáo` : 'đã đủ báo cáo'}.`,
  period: 'Kỳ tổng hợp',
  periodAuto: (label: string) => `Theo số đông báo cáo (${label})`,
  periodOption: (label: string, n: number) => `${label} (${n} báo cáo)`,
  noPeriod: 'chưa rõ kỳ',

  // Settings
  settingsHeading: 'Danh sách đơn vị, hạn nộp, chỉ tiêu',
  expected: 'Danh sách đơn vị phải báo cáo',
  expectedHint:
    'Mỗi dòng một tên (dán từ Word hoặc một cột Excel), ví dụ “Xã An Bình”. Trang so tên không phân biệt chữ hoa, dấu cách, “UBND” hay “Ủy ban nhân dân”, để chỉ ra đơn vị chưa gửi và tên không có trong danh sách. Danh sách được lưu cùng bảng tổng hợp.',
  deadline: 'Hạn nộp báo cáo',
  deadlineHint: 'Theo văn bản yêu cầu báo cáo của tỉnh; báo cáo ghi ngày sau hạn này được đánh dấu “Nộp muộn”.',
  cutoff: (range: string, basis: string) => `Số liệu kỳ này tính ${range} (${basis}).`,
  targetLabel: (label: string, op: string) => `Chỉ tiêu của tỉnh: ${label} (%, ${op})`,
  targetMin: 'tối thiểu',
  targetMax: 'tối đa',
  noNationalTarget: (labels: string) =>
    `Chưa có chỉ tiêu cấp quốc gia có nguồn đã đối chiếu (văn bản đang có hiệu lực, ghi rõ năm áp dụng) cho: ${labels}. Trang không tự đặt chỉ tiêu; nếu tỉnh đã giao, nhập mức chỉ tiêu của tỉnh dưới đây.`,
  badTarget: (text: string) => `“${text}” không phải tỷ lệ phần trăm hợp lệ (từ 0 đến 100).`,

  // Flags
  flagsHeading: 'Cần kiểm tra',
  flagsNone: 'Không có điểm nào cần kiểm tra.',
  flag: {
    printed: 'Sửa sau khi tải: số liệu khác',
    unverified: 'Không đối chiếu được số liệu in',
    figures: 'Số liệu không khớp',
    nofigures: 'Không có số liệu',
    period: 'Khác kỳ',
    request: 'Khác yêu cầu',
    duplicate: 'Gửi trùng',
    late: 'Nộp muộn',
    unlisted: 'Ngoài danh sách',
    missing: 'Chưa có báo cáo',
    unnamed: 'Thiếu tên đơn vị',
    edited: 'Sửa phần chữ',
    resent: 'Gửi lại, không đổi',
  } satisfies Record<FlagType, string>,
  /** Notes, not problems: listed under their own heading. */
  notesFlagsHeading: 'Ghi chú (không ảnh hưởng số liệu)',
  countLabel: (name: string) => `Số liệu tính vào tổng của ${name}`,
  countPrinted: 'Số in trong văn bản (bản đã ký)',
  countDraft: 'Bản nháp gốc',

  // Table
  tableHeading: 'Bảng theo đơn vị',
  tableHint: 'Kéo ngang để xem hết các cột. Tỷ lệ của từng đơn vị tính như ở trang lập báo cáo.',
  tableLabel: 'Số liệu theo đơn vị',
  colNo: 'TT',
  colUnit: 'Đơn vị',
  colReport: 'Số, ngày báo cáo',
  colFlags: 'Cần kiểm tra',
  colTarget: (short: string, target: string) => `Đạt chỉ tiêu ${short} (${target})`,
  fold: 'Thu gọn',
  foldLabel: (group: string) => `Thu gọn nhóm cột “${group}”`,
  unfold: (n: number) => `Mở (${n} cột)`,
  unfoldLabel: (group: string, n: number) => `Mở nhóm cột “${group}” (${n} cột)`,
  met: 'Đạt',
  notMet: 'Chưa đạt',
  remove: 'Bỏ',
  removeLabel: (name: string) => `Bỏ báo cáo của ${name} khỏi bảng tổng hợp`,
  reportRef: (number: string, date: string) => [number && `Số ${number}`, date].filter(Boolean).join(', '),
  totalRow: (n: number) => `Tổng cộng (${n} đơn vị)`,

  // Totals
  totalsHeading: 'Tổng cộng',
  totalsTable: 'Bảng tổng cộng theo số liệu',
  totalsHint:
    'Số liệu cộng từ báo cáo của các đơn vị được tính vào tổng; các tỷ lệ tính lại từ các số đã cộng (không lấy trung bình tỷ lệ của các đơn vị).',
  colFigure: 'Số liệu',
  colTotal: 'Tổng',
  colNote: 'Ghi chú',
  colCoverage: 'Số đơn vị',
  covered: (text: string) => `Cộng ${text}.`,
  coveredRate: (text: string) => `Tính trên ${text} có đủ số liệu để tính.`,
  computedNote: 'Tính từ các số đã cộng.',
  partialTotals: (n: number) =>
    `${n} số liệu chỉ cộng được từ một phần các đơn vị (dòng tổng cộng ghi số đơn vị đã cộng, ví dụ “27/28 đv”): xem cột “Số đơn vị” ở bảng Tổng cộng, và mục “Cần kiểm tra”.`,
  partialMark: (text: string) => `Cộng ${text}`,

  // Ranking
  rankingHeading: 'Xếp hạng',
  rankBy: 'Xếp hạng theo',
  rankHigher: 'cao xếp trước',
  rankLower: 'thấp xếp trước',
  colRank: 'Hạng',
  unranked: (n: number, names: string) => `${n} đơn vị chưa tính được tỷ lệ này: ${names}.`,
  notRanked: 'Không xếp hạng',
  markedNote: 'Số liệu của đơn vị không khớp (xem “Cần kiểm tra”): chưa xếp hạng cho đến khi đơn vị sửa.',

  // Targets
  targetsHeading: 'Đơn vị chưa đạt chỉ tiêu',
  targetNational: (label: string, text: string, citation: string) => `${label}: chỉ tiêu ${text} theo ${citation}.`,
  targetLocal: (label: string, target: string) => `${label}: chỉ tiêu của tỉnh ${target} (do người dùng nhập).`,
  belowCount: (below: number, of: number) => `${below}/${of} đơn vị chưa đạt.`,
  allMet: 'Tất cả đơn vị tính được tỷ lệ đều đạt.',
  totalMeets: (met: boolean) => (met ? 'Tỷ lệ chung đạt chỉ tiêu.' : 'Tỷ lệ chung chưa đạt chỉ tiêu.'),
  noTargets: 'Chưa có chỉ tiêu nào để so sánh.',

  // Downloads
  downloadsHeading: 'Tải về',
  downloadsHint: (kind: string) =>
    `Báo cáo tổng hợp là một bản nháp loại “${kind}”: phần số liệu lấy từ dòng tổng cộng, bảng theo đơn vị in ở Phụ lục (khổ ngang). Tệp .docx mang theo bản nháp: mở trang lập báo cáo, chọn “Nhập bản nháp” rồi chọn tệp này để viết tiếp phần đánh giá, hoặc bấm “Mở trong trang lập báo cáo”.`,
  noSummary: (kind: string) =>
    `Số liệu của “${kind}” là kết quả riêng của từng đơn vị (như tổng điểm tự đánh giá), không cộng thành số liệu chung, nên trang này không lập báo cáo tổng hợp cho loại báo cáo này. Tải bảng theo đơn vị (.xlsx) để xem, sắp xếp và tổng hợp tiếp trong Excel.`,
  docx: 'Tải báo cáo tổng hợp (.docx)',
  xlsx: 'Tải bảng theo đơn vị (.xlsx)',
  openBuilder: 'Mở trong trang lập báo cáo',
  makingDocx: 'Đang tạo tệp .docx…',
  makingXlsx: 'Đang tạo tệp .xlsx…',
  docxDone: (name: string) => `Đã tạo tệp ${name}.`,
  xlsxDone: (name: string) => `Đã tạo tệp ${name}.`,
  downloadFailed:
    'Không tạo được tệp (có thể do mất mạng). Bảng tổng hợp vẫn được lưu trên máy này; hãy kết nối mạng, tải lại trang rồi thử lại.',
  builderFull:
    'Không lưu được bản nháp vào máy này (bộ nhớ trình duyệt đã đầy hoặc bị chặn): hãy tải báo cáo tổng hợp (.docx) rồi chọn “Nhập bản nháp” ở trang lập báo cáo.',
};
