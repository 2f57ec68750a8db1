/** What every block editor shares (shared.tsx): computed figures and the buttons that move or remove a row. */
export const t = {
  /** Beside a figure the engine computes. */
  computed: 'tự tính',
  removeRow: 'Xóa',
  moveUp: 'Lên',
  moveDown: 'Xuống',
  removeRowLabel: (what: string) => `Xóa ${what}`,
  moveUpLabel: (what: string) => `Chuyển ${what} lên`,
  moveDownLabel: (what: string) => `Chuyển ${what} xuống`,
};
