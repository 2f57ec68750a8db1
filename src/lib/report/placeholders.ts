import type { Draft } from '../../schemas/draft.ts';
import { periodLabel, periodWords } from '../format/period.ts';

/** Fills {ky}, {ky_ngan}, {nam}, {don_vi} and any extra placeholders. Unknown placeholders stay as written. */
export function fillPlaceholders(text: string, draft: Pick<Draft, 'header'>, extra: Record<string, string> = {}): string {
  const p = draft.header.period;
  const vars: Record<string, string> = {
    ky: periodLabel(p),
    ky_ngan: periodWords(p),
    nam: String(p.year),
    don_vi: sentenceCaseBody(draft.header.issuer, draft.header.place),
    ...extra,
  };
  return text.replace(/\{([a-z_]+)\}/g, (m, name: string) => (name in vars ? vars[name] : m));
}

/** Words that name a kind of administrative unit ("thành phố", "thị trấn", "đặc khu" are two). */
const UNIT_WORDS = new Set(['xã', 'phường', 'thị', 'trấn', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'đặc', 'khu']);

/**
 * The issuing body inside a sentence: "ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN" → "Ủy ban nhân dân phường Hoài Tân".
 * The unit's name keeps its capitals: a word typed in mixed case stays as typed; a name typed in capitals takes the
 * spelling of the place name (`place`, "Đưng K’Nớ", "Ea H'leo") when it is the same name, else each word and each
 * letter after an apostrophe gets a capital ("K’NỚ" → "K’Nớ"). A unit named by a number keeps the capital of its
 * unit word ("Phường 3 Bảo Lộc", "Quận 1": Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1.b).
 */
export function sentenceCaseBody(issuer: string, place = ''): string {
  const words = issuer.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return '';
  const lower = words.map((w) => w.toLocaleLowerCase('vi'));
  // The first unit word not followed by another one starts the unit ("thành phố Huế": the name starts after "phố").
  const start = lower.findIndex((w, i) => i > 0 && UNIT_WORDS.has(w) && !UNIT_WORDS.has(lower[i + 1] ?? ''));
  if (start < 0) return bodyWords(lower).join(' ');
  let unitFrom = start;
  while (unitFrom > 1 && UNIT_WORDS.has(lower[unitFrom - 1])) unitFrom--;
  const name = words.slice(start + 1);
  const numbered = /^\p{N}/u.test(name[0] ?? '');
  const before = bodyWords(lower.slice(0, unitFrom));
  const unit = lower.slice(unitFrom, start + 1).map((w) => (numbered ? cap(w) : w));
  return [...before, ...unit, ...spellName(name, place)].join(' ');
}

/**
 * The body before the unit: "Ủy ban nhân dân"; a department's field starts with a capital, and so does each field
 * joined by "và" ("Sở Khoa học và Công nghệ", "Sở Nội vụ").
 */
function bodyWords(lower: string[]): string[] {
  const department = lower[0] === 'sở';
  return lower.map((w, i) => (i === 0 || (department && w !== 'và' && (lower[i - 1] === 'sở' || lower[i - 1] === 'và')) ? cap(w) : w));
}

/** The unit's name as typed, or as the place name spells it, or with capitals at word starts and after apostrophes. */
function spellName(name: string[], place: string): string[] {
  const key = (s: string) => up(s.replace(/’/g, "'").replace(/\s+/g, ' ').trim());
  const placeWords = place.replace(/\s+/g, ' ').trim().split(' ');
  // "Phường 3 Bảo Lộc" as the place of "PHƯỜNG 3 BẢO LỘC": the name is its tail.
  const spelled = placeWords.slice(Math.max(0, placeWords.length - name.length));
  if (name.length && key(spelled.join(' ')) === key(name.join(' '))) return spelled;
  return name.map((w) =>
    w !== up(w) ? w : [...w.toLocaleLowerCase('vi')].map((ch, i, a) => (i === 0 || /['’-]/.test(a[i - 1]) ? up(ch) : ch)).join(''),
  );
}

// Not format/text.ts's helpers: this module loads with the builder's first page and must stay small.
const up = (s: string) => s.toLocaleUpperCase('vi');
export const cap = (w: string) => up(w.charAt(0)) + w.slice(1);
