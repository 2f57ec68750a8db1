/** "Kết thúc, ký và nơi nhận" (SigningFields.tsx). */
export const t = {
  closing: 'Câu kết (ví dụ “Trên đây là báo cáo …”)',
  authority: 'Thẩm quyền ký (mỗi dòng một dòng, ví dụ “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”)',
  signTitle: 'Chức vụ người ký',
  signName: 'Họ và tên người ký',
  distribution: 'Nơi nhận (mỗi dòng một nơi, dòng cuối “- Lưu: VT, …”)',
};
