/** The citation picker's search (CitationSearch.tsx). */
export const t = {
  citeSearch: 'Tìm văn bản (số, ký hiệu hoặc tên; gõ có dấu hay không dấu đều được)',
  citeTarget: (label: string) => `Sẽ chèn vào ô: ${label}.`,
  citeNoTarget: 'Bấm vào một ô soạn thảo (Căn cứ hoặc một ô nội dung) trước, rồi chọn văn bản để chèn.',
  citeInsert: 'Chèn',
  citeInsertLabel: (what: string) => `Chèn trích dẫn ${what}`,
  citeNone: 'Không tìm thấy văn bản nào.',
  citeReplaced: (by: string) => `Đã bị thay thế bởi ${by}: nên trích dẫn văn bản thay thế.`,
  citeExpired: (by: string) => (by ? `Đã hết hiệu lực; nay dùng ${by}.` : 'Đã hết hiệu lực.'),
  citeInserted: (what: string) => `Đã chèn trích dẫn ${what}.`,
};
