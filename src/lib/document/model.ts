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
      /** `group`: a heading over adjacent columns of the same group, as a header row above theirs. */
      columns: { label: string; align?: 'left' | 'center' | 'right'; width?: number; group?: string }[];
      rows: TableCell[][];
    }
  /** A picture centred on its own line (a QR code): PNG bytes, printed `size` cm wide and high. */
  | { type: 'image'; png: Uint8Array; size: number; alt: string };

export type DocHeader = {
  /** Cơ quan chủ quản, upper case, may be "". Lines separated by "\n". */
  parentBody: string;
  /** Cơ quan ban hành, upper case. Lines separated by "\n" ("ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN"). */
  issuer: string;
  /** "Số:      /BC-UBND" or "Số: 12/BC-UBND"; "" for a document issued with a decision (it has no number of its own). */
  numberLine: string;
  /** "Hoài Tân, ngày 05 tháng 02 năm 2024"; "" for a document issued with a decision. */
  placeDate: string;
};

export type Signature = { authority: string[]; title: string; name: string };

/**
 * The decision that issues the document (Decree 30, Appendix III, Mẫu 1.3): printed first; the document follows on a
 * new page as its attachment, numbered from its own page 1.
 */
export type DecisionPart = {
  /** Its number line is "Số: …/QĐ-…", its date the header's. */
  header: DocHeader;
  /** "QUYẾT ĐỊNH". */
  docType: string;
  /** Trích yếu: "Ban hành Kế hoạch cải cách hành chính năm 2026". */
  title: string;
  /** Thẩm quyền ban hành, upper case, on its own line: "ỦY BAN NHÂN DÂN XÃ AN BÌNH". */
  authority: string;
  /** Căn cứ, one per line in italics, each ending ";" and the last "." (citations already expanded). */
  basis: TextRun[][];
  /** "QUYẾT ĐỊNH:". */
  decides: string;
  /** The articles: paragraphs, each article's first one opening with a bold "Điều 1. " run; the last ends "./.". */
  articles: DocBlock[];
  signature: Signature;
  /** "- Như Điều 3;" … "- Lưu: VT.". */
  distribution: string[];
};

/** An appendix (Decree 30, Appendix I, II.III.1.đ and Mẫu 2.1), on pages of its own numbered from 1. */
export type AppendixPart = {
  /** "Phụ lục" when it is the only one, else "Phụ lục I", "Phụ lục II" … */
  label: string;
  /** Upper case. */
  title: string;
  /** "(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm … của …)". */
  note: string;
  landscape: boolean;
  body: DocBlock[];
};

export type ReportDocument = {
  /** "DỰ THẢO" on a copy for comments (src/lib/report/draft-copy.ts), printed at the top of each part's first page. */
  mark?: string;
  header: DocHeader;
  /** "BÁO CÁO", "THÔNG BÁO", "KẾ HOẠCH". */
  docType: string;
  /** Trích yếu, sentence case. */
  title: string;
  /** Under the trích yếu of a document issued with a decision: "(Ban hành kèm theo Quyết định số …)". */
  note?: string;
  /** Set when the document is issued by a decision: the decision comes first. */
  decision?: DecisionPart;
  /**
   * "Kính gửi" addressees as printed after "Kính gửi:" (the renderer adds that label): one addressee
   * is ["Văn phòng UBND tỉnh Hưng Yên."]; several are ["- UBND tỉnh …;", "- Sở Nội vụ …."]. Empty for none.
   */
  recipients: string[];
  body: DocBlock[];
  footnotes: string[];
  signature: Signature;
  /** Nơi nhận items as printed, e.g. "- Như trên;" … "- Lưu: VT, VP."; empty for a document issued with a decision. */
  distribution: string[];
  /** Appendices after the signature, each on pages of its own. */
  appendices?: AppendixPart[];
};

/** A block's printed text: a heading's, a paragraph's runs joined, a table's cells (its column labels first when asked). */
export function blockText(b: DocBlock, { columnLabels = false }: { columnLabels?: boolean } = {}): string {
  if (b.type === 'heading') return b.text;
  if (b.type === 'paragraph') return b.runs.map((r) => r.text).join('');
  if (b.type === 'image') return '';
  return [...(columnLabels ? b.columns.map((c) => c.label) : []), ...b.rows.flat().map((c) => c.text)].join(' ');
}
