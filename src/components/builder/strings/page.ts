/**
 * The report builder's user-facing strings, in Vietnamese: components never hard-code text. Each part of the
 * builder has its own table in this folder and loads it with its code; this one holds what the page shows
 * before the visitor acts.
 */
import { t as pending } from '../../ui/strings/pending.ts';

export const t = {
  loading: 'Đang tải công cụ lập báo cáo… (cần bật JavaScript)',
  privacy: 'Mọi thứ bạn nhập chỉ lưu trên máy này (trong trình duyệt), không gửi đi đâu.',

  // Drafts
  draftsHeading: 'Bản nháp',
  draftSelect: 'Bản nháp đang mở',
  draftName: 'Tên bản nháp',
  draftNew: 'Tạo bản nháp mới',
  draftDuplicate: 'Nhân bản',
  draftDelete: 'Xóa bản nháp',
  draftRollover: 'Tạo từ kỳ trước',
  draftRolloverHint: 'Sao chép bản nháp này sang kỳ tiếp theo: giữ phần viết và tên các mục, xóa số liệu và danh sách văn bản của kỳ cũ.',
  draftDefaultName: 'Bản nháp',
  savedAt: (time: string) => `Đã tự lưu lúc ${time}.`,
  exportJson: 'Xuất bản nháp (.json)',
  importJson: 'Nhập bản nháp (.json, .docx)',
  useExample: 'Dùng dữ liệu mẫu',

  // Storage refused a write: said until the full notice (StorageNotice.tsx, strings/storage.ts) has loaded.
  storageProblem: 'Chưa lưu được bản nháp vào máy này. Đừng đóng trang; hãy bấm “Xuất bản nháp (.json)” để giữ lại những gì đã nhập.',

  // Header
  headerHeading: 'Phần đầu văn bản',

  // Sections
  /** "Nội dung báo cáo", "Nội dung kế hoạch", "Nội dung thông báo". */
  sectionsHeading: (docType: string) => `Nội dung ${docType.toLocaleLowerCase('vi')}`,
  formLabel: (docType: string) => `Soạn ${docType.toLocaleLowerCase('vi')}`,
  sectionsHint: 'Mở từng phần để nhập nội dung.',
  sectionEmpty: '(chưa nhập)',
  sectionFilled: (n: number) => `(đã nhập ${n} mục)`,

  // Signing
  signingHeading: 'Kết thúc, ký và nơi nhận',
  /** Before an appendix's title in its panel. */
  appendix: 'Phụ lục: ',

  // Citation picker
  citeHeading: 'Chèn trích dẫn văn bản',
  issuesNone: 'Chưa thấy điểm nào cần xem lại.',
  issuesUnchecked: 'Kiểm tra các điểm cần xem lại',
  issuesCount: (n: number) => `${n} điểm cần xem lại`,
  preview: 'Xem trước',
  hidePreview: 'Ẩn bản xem trước',
  print: 'In bản xem trước',
  previewHeading: 'Bản xem trước (khổ A4)',
  download: 'Tải .docx',
  downloadDraft: 'Tải bản dự thảo',
  downloading: 'Đang tạo tệp .docx…',
  // Also said when the .docx code could not be downloaded (offline before the site was saved on this computer).
  downloadFailed:
    'Không tạo được tệp .docx (có thể do mất mạng). Nội dung đã nhập vẫn được lưu trên máy này; hãy kết nối mạng, tải lại trang rồi thử lại. Nếu vẫn lỗi, xuất bản nháp .json và báo cho người quản trị trang.',
  // Said when a draft button's action could not be downloaded (the UI kit's words: src/components/ui/strings/pending.ts).
  loadFailed: pending.loadFailed,
  previewWhat: 'bản xem trước',
  actionWhat: 'chức năng này',
};
