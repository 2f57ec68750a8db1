/** The leftover checks' messages (check.ts). */
export const m = {
  foreignUnit: (label: string, found: string, unit: string) =>
    `${label}: nhắc đến ${found}, không phải đơn vị ban hành (${unit}). Nếu đây là nội dung chép từ văn bản của đơn vị khác hoặc từ dữ liệu mẫu, hãy sửa lại.`,
  otherPeriod: (label: string, found: string, period: string) =>
    `${label}: có ${found}, khác kỳ của văn bản (${period}). Nếu là nội dung cũ chép lại, hãy sửa; nếu là so sánh, có thể giữ.`,
  token: (label: string, found: string) => `${label}: còn mã của mẫu ${found} chưa thay bằng nội dung; văn bản sẽ in nguyên như vậy.`,
  carried: (label: string, period: string, found: string) =>
    `Còn từ kỳ trước — ${label}: nội dung chép từ báo cáo ${period} chưa sửa, vẫn có ${found}. Sửa lại cho kỳ này.`,
  sample: (unit: string, sentences: number) =>
    `Bản nháp đang là dữ liệu mẫu (${unit}): thay tên cơ quan ban hành, địa danh, số liệu và nội dung bằng của đơn vị mình${sentences ? `; còn ${sentences} câu của mẫu` : ''}.`,
  sampleSentences: (label: string, n: number, found: string) => `${label}: còn ${n} câu của dữ liệu mẫu: ${found}.`,
};
