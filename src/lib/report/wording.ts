/**
 * The fixed wording of a document (Nghị định 30/2020/NĐ-CP): words the tool prints that the user did not type.
 * The document builder, the .docx renderer and the HTML preview all take them from here.
 */
export const wording = {
  /** Quốc hiệu and tiêu ngữ. */
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  /** "Số: 05/BC-UBND". */
  number: 'Số:',
  /** The place name when none could be read. */
  placeMissing: 'Địa danh',
  recipients: 'Kính gửi:',
  distribution: 'Nơi nhận:',
  /** The first Nơi nhận line of a document sent to its Kính gửi addressees. */
  asAbove: 'Như trên',
  /** The records office's copy: "- Lưu: VT, VP.". */
  store: 'Lưu',
  storeOffice: 'VT',
  /** Under the heading of a section with nothing filled in. */
  emptySection: 'Không có nội dung.',
  /** Ends the body ("… như sau./."). */
  end: './.',
  /** A document issued by a decision (Mẫu 1.3): the decision's name, the line before its articles, an article's number. */
  decisionType: 'QUYẾT ĐỊNH',
  decides: 'QUYẾT ĐỊNH:',
  article: (n: number) => `Điều ${n}.`,
  /** Under the attached document's trích yếu: "(Ban hành kèm theo Quyết định số …)". */
  issuedWith: 'Ban hành kèm theo',
  /** "Phụ lục" alone, or with a Roman number when there are two or more; "(Kèm theo Báo cáo số …)" under its title. */
  appendix: 'Phụ lục',
  appendixWith: 'Kèm theo',
  /** Headings of the tables the tool lays out itself. */
  rowNumber: 'TT',
  figureLabel: 'Nội dung',
  figureValue: 'Kết quả',
  /** The last row of a table that adds up its figures. */
  total: 'Tổng cộng',
} as const;
