/** Fields and the findings under them (Field.tsx). */
export const t = {
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as Record<string, string>,
};
