/**
 * The document's structure (StructureFields.tsx, DecisionFields.tsx and the section editor): issuer level, the decision
 * issuing the document, appendices, renamed headings and sentences the user may leave out.
 */
export const t = {
  level: 'Cơ quan ban hành thuộc cấp',
  levelHint: 'Chọn cấp để có sẵn tên cơ quan, câu kết, người ký và nơi nhận phù hợp; phần bạn đã sửa được giữ nguyên.',
  levelFromIssuer: (name: string) =>
    `Cơ quan ban hành thuộc cấp “${name}”: đã dùng nội dung mặc định của cấp này; phần bạn đã tự sửa vẫn giữ nguyên.`,
  levelChanged: (name: string) => `Đã đổi các nội dung mặc định sang cấp “${name}”; phần bạn đã tự sửa vẫn giữ nguyên.`,

  omit: 'Không in đoạn này',
  omitHint: 'Đánh dấu để bỏ hẳn đoạn này khỏi văn bản; để trống ô chữ thì dùng lại câu mặc định.',

  decisionLegend: 'Quyết định ban hành (nếu có)',
  decisionUse: (docType: string) => `Ban hành ${docType.toLocaleLowerCase('vi')} này kèm theo một Quyết định`,
  decisionHint: (docType: string) =>
    `Văn bản tải về gồm Quyết định (có căn cứ, các điều, nơi nhận, chữ ký), rồi sang trang mới là ${docType.toLocaleLowerCase('vi')} “Ban hành kèm theo Quyết định số …”. Số và ngày nhập ở Phần đầu văn bản là số, ngày của Quyết định; người ký là người ký ở phần Kết thúc.`,
  decisionTitle: 'Trích yếu của Quyết định',
  decisionAuthority: 'Thẩm quyền ban hành (chữ in hoa)',
  decisionAuthorityHint:
    'Để trống sẽ dùng tên cơ quan ban hành (khi đó ký “TM. ỦY BAN NHÂN DÂN”); nếu Chủ tịch ban hành, ghi “CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …” và ký “CHỦ TỊCH”.',
  decisionBasis: 'Căn cứ ban hành (mỗi căn cứ một dòng)',
  decisionBasisHint:
    'Mỗi dòng một căn cứ, dòng cuối thường là “Theo đề nghị của …”; công cụ tự thêm dấu “;” cuối mỗi dòng và dấu “.” ở dòng cuối. Dùng “Chèn trích dẫn văn bản” để dẫn đúng số, ngày, tên văn bản còn hiệu lực.',
  article: (n: number) => `Điều ${n}`,
  articleRemove: (n: number) => `Xóa Điều ${n}`,
  articleAdd: 'Thêm một điều',
  decisionDistribution: 'Nơi nhận của Quyết định (mỗi dòng một nơi, thường mở đầu “Như Điều 3”)',
  articles: 'Các điều của Quyết định',
  decisionReset: 'Dùng lại nội dung mặc định của Quyết định',
  decisionResetConfirm:
    'Thay trích yếu, căn cứ, các điều và nơi nhận của Quyết định bằng nội dung mặc định? Nội dung bạn đã sửa ở đây sẽ mất.',

  rename: 'Đổi tên đề mục',
  renameLabel: (title: string) => `Tên đề mục thay cho “${title}”`,
  renameHint: 'Số thứ tự của đề mục giữ nguyên; để trống để dùng tên mặc định.',
  intro: (label: string) => `Câu dẫn trước “${label}”`,
  introHint: 'Công cụ in câu này trước danh sách; sửa lại cho hợp, hoặc đánh dấu “Không in” để bỏ.',

  appendixLandscape: 'In phụ lục trên trang nằm ngang (khổ A4 ngang)',
  appendixPrinted: 'In phụ lục này kèm văn bản',
  appendixOnRequest: 'Phụ lục này chỉ in khi được đánh dấu ở đây.',
  appendixTitle: 'Tên phụ lục',
  appendixHint:
    'Phụ lục in sau phần ký, trên trang riêng, đánh số trang riêng; để trống thì không in. Có một phụ lục thì ghi “Phụ lục”, từ hai phụ lục trở lên ghi “Phụ lục I”, “Phụ lục II”. Trong nội dung có thể ghi “chi tiết tại Phụ lục kèm theo”.',
};
