/** Editing a list of rows (documents, table rows): every function returns a new list and leaves the old one as it was. */

/** Row `from` moved to position `to`. */
export function moveRow<T>(rows: T[], from: number, to: number): T[] {
  const next = [...rows];
  const [x] = next.splice(from, 1);
  next.splice(to, 0, x);
  return next;
}

export const removeRow = <T>(rows: T[], index: number): T[] => rows.filter((_, j) => j !== index);

/** Row `index` with `patch` applied. */
export const patchRow = <T extends object>(rows: T[], index: number, patch: Partial<T>): T[] =>
  rows.map((x, j) => (j === index ? { ...x, ...patch } : x));
