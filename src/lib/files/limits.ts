/**
 * Limits on every file the site reads (a draft's .json or .docx in the builder, reports dropped on the roll-up, a
 * spreadsheet in an import dialog), in one place. A file over a limit is refused quickly with a Vietnamese reason
 * that says what to do; nothing the user has is changed. Sizes are in bytes.
 */
const MB = 1024 * 1024;

export const LIMITS = {
  /** Any chosen or dropped file. */
  fileBytes: 50 * MB,
  /** One compressed part of a .docx once inflated (the draft it carries is ~5 KB; a year's criteria set < 1 MB). */
  draftPartBytes: 16 * MB,
  /** One compressed part of a workbook once inflated (a 100 000-row Biểu 06 sheet is ~38 MB of XML). */
  sheetPartBytes: 128 * MB,
  /** All parts of a workbook together, inflated. */
  sheetTotalBytes: 256 * MB,
  /** Inflated ÷ compressed size of a part, checked once it is over `ratioFrom`: real XML stays far below. */
  ratio: 200,
  ratioFrom: 1 * MB,
  /** Parts in one archive (a .docx or .xlsx has a few dozen). */
  entries: 10_000,
  /** How long the roll-up lets one file take to read before it gives up on it and goes on with the others. */
  readSeconds: 10,
} as const;

export type LimitCode = 'file-size' | 'part-size' | 'total-size' | 'ratio' | 'entries' | 'timeout';

const mb = (n: number) => `${Math.max(1, Math.round(n / MB)).toLocaleString('vi-VN')} MB`;
const CHECK = 'Hãy mở tệp bằng Word hoặc Excel, lưu lại rồi chọn lại, hoặc chọn tệp khác.';

/** Why a file was refused, as a sentence (the caller names the file). */
export function limitReason(code: LimitCode, detail: { size?: number; max?: number; part?: string; count?: number } = {}): string {
  const part = detail.part ? ` (${detail.part})` : '';
  switch (code) {
    case 'file-size':
      return `Tệp quá lớn (${mb(detail.size ?? 0)}, tối đa ${mb(detail.max ?? 0)}) nên không đọc. Hãy chọn đúng tệp; với bảng tính, hãy chép riêng trang cần nhập sang một tệp mới.`;
    case 'part-size':
      return `Một phần nén trong tệp${part} giải nén ra hơn ${mb(detail.max ?? 0)}, quá lớn so với tệp loại này: tệp hỏng hoặc là “bom nén” (tệp cố ý làm treo máy), nên không đọc. ${CHECK}`;
    case 'total-size':
      return `Các phần nén trong tệp giải nén ra hơn ${mb(detail.max ?? 0)}: tệp hỏng hoặc là “bom nén” (tệp cố ý làm treo máy), nên không đọc. ${CHECK}`;
    case 'ratio':
      return `Một phần nén trong tệp${part} nở ra hơn ${LIMITS.ratio} lần khi giải nén, dấu hiệu của “bom nén” (tệp cố ý làm treo máy), nên không đọc. ${CHECK}`;
    case 'entries':
      return `Tệp có quá nhiều phần nén (${(detail.count ?? 0).toLocaleString('vi-VN')}, tối đa ${LIMITS.entries.toLocaleString('vi-VN')}) nên không đọc. ${CHECK}`;
    case 'timeout':
      return `Đọc tệp quá ${LIMITS.readSeconds} giây nên đã dừng (tệp quá lớn hoặc hỏng); các tệp khác vẫn được đọc. ${CHECK}`;
  }
}

/** A file refused by a limit; `message` is the Vietnamese reason (without the file's name, which the caller shows). */
export class FileLimitError extends Error {
  declare readonly code: LimitCode;
  constructor(code: LimitCode, detail: Parameters<typeof limitReason>[1] = {}) {
    super(limitReason(code, detail));
    this.name = 'FileLimitError';
    this.code = code;
  }
}

/** Refuses a file over `max` bytes before it is read into memory. */
export function checkFileSize(size: number, max: number = LIMITS.fileBytes): void {
  if (size > max) throw new FileLimitError('file-size', { size, max });
}
