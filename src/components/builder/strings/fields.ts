/** What every editor shows beside its fields: the checks' findings and computed figures. */
export const t = {
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' } as Record<string, string>,
  computed: 'tự tính',
};
