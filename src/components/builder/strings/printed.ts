/** "Nhập bản nháp" with a .docx whose text was edited after download: what the printed text says against its draft. */
export const t = {
  heading: 'Văn bản .docx đã được sửa sau khi tải về',
  headingUnknown: 'Số liệu in trong văn bản .docx khác bản nháp nó mang theo',
  intro: (name: string) =>
    `Bản nháp “${name}” vừa nhập là bản nháp gốc mà tệp .docx mang theo; chữ trong văn bản đã được sửa (ví dụ trong Word) sau khi tải về.`,
  differences: 'Các số liệu in trong văn bản khác bản nháp gốc:',
  unfound: (labels: string) =>
    `Không đối chiếu được số liệu in trong văn bản: ${labels}. Các số này vẫn theo bản nháp gốc; hãy đối chiếu với văn bản đã ký.`,
  proseOnly: 'Các số liệu in trong văn bản khớp bản nháp; chỉ phần chữ đã được sửa. Phần chữ sửa trong Word không có trong bản nháp.',
  computedNote: 'Tỷ lệ và các số được tính tự động sẽ được tính lại từ các số liệu nhập.',
  take: 'Dùng số liệu in trong văn bản',
  keep: 'Giữ bản nháp gốc',
  taken: (n: number) => `Đã dùng ${n} số liệu in trong văn bản cho bản nháp này.`,
  kept: 'Đã giữ số liệu của bản nháp gốc.',
  close: 'Đóng',
};
