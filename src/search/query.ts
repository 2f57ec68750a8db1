/**
 * What the search box sends to Pagefind (its `processTerm` option). Pagefind finds only pages holding every word,
 * and a commune officer often adds the period of the report ("ke hoach cchc nam 2027", "báo cáo tháng 11/2026"),
 * which no guidance page holds: a year standing alone, or a month after "tháng", is dropped, unless nothing else is
 * left. Document numbers keep theirs ("30/2020/NĐ-CP", "nghị định 75/2026").
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MONTH_YEAR = /^(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}$/;
const MONTH_WORD = /^th[aá]ng$/i;

export function searchQuery(term: string): string {
  const words = term.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.replace(/[.,;:]+$/, '');
  const kept = words.filter((w, i) => !YEAR.test(bare(w)) && !(MONTH_YEAR.test(bare(w)) && MONTH_WORD.test(words[i - 1] ?? '')));
  return (kept.length ? kept : words).join(' ');
}
