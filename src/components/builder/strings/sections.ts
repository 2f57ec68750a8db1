/** A section's editor (SectionEditor.tsx): the area's checklist, repeated items. */
export const t = {
  checklist: 'Báo cáo cần thể hiện',
  checklistCount: (n: number) => `${n} mục`,
  checklistFormula: (f: string) => `Cách tính: ${f}.`,
  checklistTarget: (x: string) => `Chỉ tiêu: ${x}.`,
  checklistMore: (area: string) => `Đọc thêm về lĩnh vực ${area.toLocaleLowerCase('vi')}`,
  guide: 'Hướng dẫn viết',
  addItem: (label: string) => `Thêm ${label.toLocaleLowerCase('vi')}`,
  itemName: 'Tên',
  removeItem: 'Xóa mục này',
  removeItemConfirm: (name: string) => `Xóa mục “${name}” cùng mọi nội dung đã nhập trong đó?`,
  noItems: 'Chưa có mục nào.',
};
