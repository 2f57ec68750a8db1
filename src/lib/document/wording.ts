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
  /** After figures an appendix details: "(Chi tiết tại Phụ lục II kèm theo)". */
  detailIn: (label: string) => `(Chi tiết tại ${label} kèm theo)`,
  /** Headings of the tables the tool lays out itself. */
  rowNumber: 'TT',
  figureLabel: 'Nội dung',
  figureValue: 'Kết quả',
  /** The last row of a table that adds up its figures. */
  total: 'Tổng cộng',
  /** A score table (CCHC-index self-assessment): its columns and notes (its last row is `total`). */
  scores: {
    area: 'Lĩnh vực',
    criterion: 'Lĩnh vực/Tiêu chí',
    max: 'Điểm tối đa',
    self: 'Điểm tự đánh giá',
    share: 'Tỷ lệ đạt',
    appraised: 'Điểm thẩm định',
    diff: 'Chênh lệch',
    evidence: 'Tài liệu kiểm chứng',
    note: 'Giải trình',
    reply: 'Giải trình, đề nghị',
    /** In the score column of a criterion measured by the sociological survey. */
    survey: 'ĐTXHH',
    surveyNote: (surveyMax: string, selfMax: string) =>
      `ĐTXHH: tiêu chí đánh giá qua điều tra xã hội học (${surveyMax} điểm), đơn vị không tự chấm điểm; tỷ lệ đạt tính trên ${selfMax} điểm của các tiêu chí tự chấm.`,
    noEvidence: 'chưa có tài liệu kiểm chứng',
    partialEvidence: 'tài liệu kiểm chứng chưa đầy đủ',
    selfScored: (score: string, max: string) => `tự đánh giá ${score}/${max} điểm`,
    appraisedScored: (score: string) => `thẩm định ${score} điểm`,
    reconsider: 'Đề nghị xem xét lại.',
    setLine: (set: string) => `Bộ tiêu chí: ${set}.`,
    /** The decision an imported or real set was issued by, as the user typed it or the sheet's title gave it. */
    decisionLine: (citation: string) => `Bộ tiêu chí ban hành kèm theo ${citation}.`,
    /** In the score column of a criterion that does not apply to the unit. */
    notApplicable: 'Không áp dụng',
    notApplicableState: 'không áp dụng đối với đơn vị',
    notApplicableNote: (list: string, naMax: string, max: string) =>
      `Tiêu chí không áp dụng đối với đơn vị: ${list}; điểm tối đa được chấm là ${max} điểm (đã trừ ${naMax} điểm).`,
    criteriaSubtotal: 'Cộng điểm các tiêu chí',
    bonus: 'Điểm thưởng',
    penalty: 'Điểm trừ',
    /** "Điểm thưởng (tối đa 2 điểm)"; an item's own maximum after its name. */
    upTo: (max: string) => `tối đa ${max} điểm`,
    scale100: 'Quy đổi thang điểm 100',
    scale100Note: (max: string, adjusted: boolean, survey: boolean) =>
      `Quy đổi thang điểm 100: điểm các tiêu chí chia cho ${max} điểm tối đa được chấm, nhân với 100${adjusted ? ', rồi cộng điểm thưởng, trừ điểm trừ' : ''}${survey ? '; chưa gồm điểm điều tra xã hội học' : ''}.`,
  },
  /** A province's request for a report (src/lib/request/): how a report cites it, and its Phụ lục. */
  request: {
    /** "Công văn số 123/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng về việc báo cáo …". */
    citation: (type: string, number: string, date: string, issuer: string, subject: string) =>
      `${type} số ${number} ngày ${date} của ${issuer}${subject ? ` ${subject}` : ''}`,
    /** A công văn's trích yếu ("V/v …") reads "về việc …"; another document's, "về …". */
    about: (letter: boolean, subject: string) => (letter ? `về việc ${subject}` : `về ${subject}`),
    /** A document without a type in its symbol ("123/SNV-CCHC") is a công văn (Decree 30, Appendix III). */
    letter: 'Công văn',
    /** The report's basis sentence, before "{don_vi} báo cáo …". */
    basis: (citation: string) => `Thực hiện ${citation}`,
    /** A target the request sets: "tối thiểu 95% (chỉ tiêu năm 2026)". */
    target: (op: '>=' | '<=', value: string, year: number) => `${op === '>=' ? 'tối thiểu' : 'tối đa'} ${value} (chỉ tiêu năm ${year})`,
    /** The Phụ lục sent with the công văn that asks for the report: "Yêu cầu báo cáo tình hình, kết quả … tháng 12 năm 2026". */
    appendixTitle: (report: string) => `Yêu cầu ${report}`,
    report: 'Báo cáo cần lập',
    reportText: (report: string, period: string) => `${report}, kỳ báo cáo ${period}.`,
    cutoffText: (range: string, own: boolean) => `Số liệu tính ${range}${own ? '' : ' (theo quy định)'}.`,
    deadline: 'Thời hạn gửi báo cáo',
    deadlineText: (date: string, to: string) => `Chậm nhất ngày ${date}${to ? `, gửi về ${to}` : ''}.`,
    units: 'Đơn vị báo cáo',
    unitsText: (count: number, names: string) => `Các đơn vị gửi báo cáo (${count} đơn vị): ${names}.`,
    figures: 'Số liệu cần báo cáo',
    figuresText: 'Số liệu theo các mục dưới đây (tỷ lệ do trang lập báo cáo tự tính từ số liệu đã nhập):',
    figureColumns: { figure: 'Số liệu', unit: 'Đơn vị tính', target: 'Chỉ tiêu' },
    computed: 'tự tính',
    criteria: 'Bộ tiêu chí chấm điểm',
    criteriaText: (set: string, count: number, total: string) =>
      `Tự đánh giá, chấm điểm theo ${set} (${count} tiêu chí thành phần, tổng ${total} điểm), gồm các lĩnh vực:`,
    criteriaColumns: { area: 'Lĩnh vực', max: 'Điểm tối đa' },
    link: 'Lập báo cáo trên Cẩm nang CCHC',
    linkText:
      'Mở liên kết dưới đây bằng trình duyệt, hoặc quét mã QR bằng điện thoại, để lập báo cáo đã điền sẵn kỳ báo cáo, thời gian chốt số liệu, nơi nhận, căn cứ và chỉ tiêu nêu trên; báo cáo tải về đúng thể thức và mang theo số liệu để tổng hợp:',
    linkTooLong:
      'Yêu cầu này dài quá một liên kết in được (có bộ tiêu chí kèm theo): dùng tệp yêu cầu báo cáo (.json) gửi kèm công văn, mở bằng nút “Nhập bản nháp (.json, .docx)” trên trang lập báo cáo.',
    qrAlt: 'Mã QR của liên kết yêu cầu báo cáo',
  },
} as const;
