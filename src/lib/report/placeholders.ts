import type { Draft } from '../../schemas/draft.ts';
import { periodLabel, periodWords } from '../format/period.ts';

/** Fills {ky}, {ky_ngan}, {nam}, {don_vi} and any extra placeholders. Unknown placeholders stay as written. */
export function fillPlaceholders(text: string, draft: Pick<Draft, 'header'>, extra: Record<string, string> = {}): string {
  const p = draft.header.period;
  const vars: Record<string, string> = {
    ky: periodLabel(p),
    ky_ngan: periodWords(p),
    nam: String(p.year),
    don_vi: sentenceCaseBody(draft.header.issuer),
    ...extra,
  };
  return text.replace(/\{([a-z_]+)\}/g, (m, name: string) => (name in vars ? vars[name] : m));
}

/** "ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN" → "Ủy ban nhân dân phường Hoài Tân" (place names keep their capitals). */
export function sentenceCaseBody(issuer: string): string {
  const words = issuer.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return '';
  const lower = words.map((w) => w.toLocaleLowerCase('vi'));
  const kinds = new Set(['xã', 'phường', 'thị', 'trấn', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'đặc', 'khu']);
  // Capitalise words after the first administrative unit word (the place name).
  let inName = false;
  // A department's field starts with a capital, and so does each field joined by "và": "Sở Khoa học và Công nghệ".
  let field = lower[0] === 'sở';
  const out = lower.map((w, i) => {
    if (i === 0) return cap(w);
    if (field && !kinds.has(w)) {
      const start = lower[i - 1] === 'sở' || lower[i - 1] === 'và';
      return start && w !== 'và' ? cap(w) : w;
    }
    field = false;
    if (kinds.has(w) && !inName) {
      const next = lower[i + 1];
      if (next && kinds.has(next)) return w;
      inName = true;
      return w;
    }
    return inName ? cap(w) : w;
  });
  return out.join(' ');
}
export const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
