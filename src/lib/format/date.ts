/** Parses "YYYY-MM-DD" into its parts; undefined when malformed. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
/** Decree 30: days below 10 and months 1 and 2 take a leading zero. */
export const dayText = (day: number) => pad2(day);
export const monthText = (month: number) => (month <= 2 ? pad2(month) : String(month));

/** Date inside body text: "08/4/2022", "28/01/2022". */
export function formatShortDate(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${dayText(d.day)}/${monthText(d.month)}/${d.year}`;
}
