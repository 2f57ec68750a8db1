/**
 * The finished document, independent of any output format. The .docx renderer and the HTML preview
 * both draw exactly this, so they show the same content in the same order.
 * All text is already final: numbering ("I.", "1.", "a)"), Vietnamese number formats and citations
 * are applied by the builder, never by a renderer.
 */
export type TextRun = {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** 1-based index into ReportDocument.footnotes, placed after this run. */
  footnote?: number;
};

export type TableCell = { text: string; bold?: boolean; align?: 'left' | 'center' | 'right' };

export type DocBlock =
  /** Section headings; level 1 = "I. …" (bold, upper case), 2 = "1. …", 3 = "1.1. …" / "a) …". */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** A justified body paragraph with first-line indent; bullets keep their "- " / "+ " prefix in the text. */
  | { type: 'paragraph'; runs: TextRun[] }
  | {
      type: 'table';
      columns: { label: string; align?: 'left' | 'center' | 'right'; width?: number }[];
      rows: TableCell[][];
    };

export type ReportDocument = {
  header: {
    /** Cơ quan chủ quản, upper case, may be "". Lines separated by "\n". */
    parentBody: string;
    /** Cơ quan ban hành, upper case. Lines separated by "\n" ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN"). */
    issuer: string;
    /** "Số:      /BC-UBND" or "Số: 12/BC-UBND". */
    numberLine: string;
    /** "Hoài Tân, ngày 05 tháng 02 năm 2024". */
    placeDate: string;
  };
  /** "BÁO CÁO", "THÔNG BÁO", "KẾ HOẠCH". */
  docType: string;
  /** Trích yếu, sentence case. */
  title: string;
  /**
   * "Kính gửi" addressees as printed after "Kính gửi:" (the renderer adds that label): one addressee
   * is ["Văn phòng UBND tỉnh Hưng Yên."]; several are ["- UBND tỉnh …;", "- Sở Nội vụ …."]. Empty for none.
   */
  recipients: string[];
  body: DocBlock[];
  footnotes: string[];
  signature: { authority: string[]; title: string; name: string };
  /** Nơi nhận items as printed, e.g. "- Như trên;" … "- Lưu: VT, VP.". */
  distribution: string[];
};
