import { ABBREVIATIONS, BODY_WORDS, NOT_A_BODY_AFTER, NOT_A_NAME, PHRASES, PROVINCES, UNIT_WORDS } from './known.ts';

/**
 * Text typed in capitals (a header's issuing body, a trích yếu) turned back into running text, converting only what is
 * certain and saying what is not. One rule for every place the site derives text from a typed name: the unit in
 * sentences, the trích yếu, the authority in "(Ban hành kèm theo Quyết định … của …)".
 *
 * - A word typed with lower-case letters is the user's own spelling and stays as typed.
 * - Phrases whose spelling is known (known.ts, the catalogue's issuers, names the draft spells in lower case) take
 *   that spelling: "CHÍNH PHỦ" → "Chính phủ", "TỈNH LAI CHÂU" → "tỉnh Lai Châu".
 * - Abbreviations ("CCHC", "UBND"), numbers and symbols ("76/NQ-CP", "III") stay as typed.
 * - In a name (a header's body), the words after a unit word are the unit's name, every syllable capitalised
 *   ("XÃ TÂN PHÚ" → "xã Tân Phú"; "PHƯỜNG 3" keeps "Phường": Phụ lục II, III.1.b), and the field after "Sở" has its
 *   first word and each one after "và" or a comma capitalised ("Sở Khoa học và Công nghệ").
 * - In a sentence (a trích yếu) nothing tells where an unknown name ends ("XÃ NĂM CĂN NĂM 2026"), so a unit or body word
 *   followed by an unknown name is not certain.
 * Everything else is an ordinary word, in lower case.
 */

export type Cased = {
  text: string;
  /** False when some words could not be converted for sure: callers keep what was typed and warn. */
  certain: boolean;
  /** The words typed in capitals whose case could not be decided. */
  unsure: string[];
};

type Token = { lead: string; core: string; trail: string };
export type Lexicon = Map<string, Token[][]>;

const split = (text: string): Token[] =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .map((raw) => {
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(raw)!;
      return { lead: m[1], core: m[2], trail: m[3] };
    });

const up = (s: string) => s.toLocaleUpperCase('vi');
const low = (s: string) => s.toLocaleLowerCase('vi');
const cap = (s: string) => up(s.charAt(0)) + s.slice(1);
/** Tone marks placed the old way ("UỶ", "HOÀ") compare equal to the new ("ỦY", "HÒA"); both apostrophes too. */
const OLD_TONES: [RegExp, string][] = [
  [/OÀ(?!\p{L})/gu, 'ÒA'],
  [/OÁ(?!\p{L})/gu, 'ÓA'],
  [/OẢ(?!\p{L})/gu, 'ỎA'],
  [/OÃ(?!\p{L})/gu, 'ÕA'],
  [/OẠ(?!\p{L})/gu, 'ỌA'],
  [/UỲ(?!\p{L})/gu, 'ÙY'],
  [/UÝ(?!\p{L})/gu, 'ÚY'],
  [/UỶ(?!\p{L})/gu, 'ỦY'],
  [/UỸ(?!\p{L})/gu, 'ŨY'],
  [/UỴ(?!\p{L})/gu, 'ỤY'],
];
/** A function of one word, its answers kept: the same few thousand syllables come back in every name and report. */
function perWord(f: (word: string) => string): (word: string) => string {
  const kept = new Map<string, string>();
  return (word) => {
    let r = kept.get(word);
    if (r === undefined) {
      if (kept.size > 50_000) kept.clear();
      kept.set(word, (r = f(word)));
    }
    return r;
  };
}
const keyOf = perWord((core) => OLD_TONES.reduce((s, [re, to]) => s.replace(re, to), up(core).replace(/’/g, "'")));
const lowered = perWord(low);
const hasLower = (s: string) => s !== up(s);
const hasLetter = (s: string) => /\p{L}/u.test(s);

/** Known spellings: the site's phrases and provinces, plus `extra` (names the draft or catalogue spell in lower case). */
export function lexicon(extra: Iterable<string> = []): Lexicon {
  base ??= baseLexicon();
  const more = [...extra].filter(hasLower);
  if (!more.length) return base;
  // The base's lists are shared: add() replaces a list rather than changing it.
  const lex: Lexicon = new Map(base);
  addAll(lex, more);
  return lex;
}

let base: Lexicon | undefined;
function baseLexicon(): Lexicon {
  const lex: Lexicon = new Map();
  for (const p of PHRASES) add(lex, split(p));
  for (const [unit, name] of PROVINCES) {
    add(lex, split(name));
    if (name !== 'Hồ Chí Minh') add(lex, split(`${unit} ${name}`));
  }
  return lex;
}

function addAll(lex: Lexicon, extra: string[]) {
  for (const text of extra)
    for (const line of text.split('\n')) {
      if (!hasLower(line)) continue;
      const tokens = split(line.replace(/[;.,:]+\s*$/, ''));
      if (!tokens.length) continue;
      add(lex, tokens);
      // "Ủy ban nhân dân xã Tân Phú" also teaches "xã Tân Phú" and "Tân Phú".
      for (let i = 1; i < tokens.length; i++) {
        const u = unitAt(tokens, i);
        if (u && i + u < tokens.length) {
          add(lex, tokens.slice(i));
          add(lex, tokens.slice(i + u));
        }
      }
    }
}

function add(lex: Lexicon, tokens: Token[]) {
  if (!tokens.length || !tokens.some((t) => hasLetter(t.core))) return;
  const k = keyOf(tokens[0].core);
  const list = lex.get(k) ?? [];
  if (list.some((l) => l.length === tokens.length && l.every((t, i) => keyOf(t.core) === keyOf(tokens[i].core)))) return;
  lex.set(
    k,
    [...list, tokens].sort((a, b) => b.length - a.length),
  );
}

/** How many tokens (1 or 2) of a word list form `words` at `i`, 0 if none. */
function wordsAt(tokens: Token[], i: number, words: readonly string[]): number {
  const first = tokens[i] && lowered(tokens[i].core);
  for (const parts of wordParts(words)) {
    if (parts[0] !== first) continue;
    if (parts.every((p, j) => tokens[i + j] && lowered(tokens[i + j].core) === p && (j === parts.length - 1 || !tokens[i + j].trail)))
      return parts.length;
  }
  return 0;
}

const parted = new WeakMap<readonly string[], string[][]>();
const wordParts = (words: readonly string[]) => {
  let parts = parted.get(words);
  if (!parts) parted.set(words, (parts = words.map((w) => w.split(' '))));
  return parts;
};

const unitAt = (tokens: Token[], i: number) => wordsAt(tokens, i, UNIT_WORDS);

/** The longest known phrase starting at `i`. */
function matchAt(tokens: Token[], i: number, lex: Lexicon): Token[] | undefined {
  for (const phrase of lex.get(keyOf(tokens[i].core)) ?? [])
    if (
      phrase.every(
        (p, j) => tokens[i + j] && keyOf(tokens[i + j].core) === keyOf(p.core) && (j === phrase.length - 1 || !tokens[i + j].trail),
      )
    )
      return phrase;
  return undefined;
}

/** A word typed that stays as it is: it has lower-case letters, digits or symbols, or is an abbreviation or Roman number. */
const keptAsTyped = (t: Token) =>
  !hasLetter(t.core) || hasLower(t.core) || /[\p{N}/]/u.test(t.core) || ABBREVIATIONS.has(up(t.core)) || /^[IVXLC]+$/.test(t.core);

/** Can the word at `i` start a name: a letter or digit word, not a word that never starts one ("về", "của"). */
const nameStarts = (tokens: Token[], i: number) => {
  const t = tokens[i];
  return !!t && !t.lead && /[\p{L}\p{N}]/u.test(t.core) && !NOT_A_NAME.has(low(t.core));
};

/** A syllable of a proper name: capital first, and after an apostrophe or hyphen ("K’NỚ" → "K’Nớ"). */
const nameWord = (core: string) => [...low(core)].map((ch, i, a) => (i === 0 || /['’-]/.test(a[i - 1]) ? up(ch) : ch)).join('');

const DOC_TYPES = [
  'kế hoạch',
  'quyết định',
  'quy chế',
  'quy định',
  'chương trình',
  'đề án',
  'báo cáo',
  'thông báo',
  'hướng dẫn',
  'phương án',
];

/** `mode` "name": the whole text names a body or unit. "sentence": a trích yếu or other running text. */
function caseText(text: string, lex: Lexicon, mode: 'name' | 'sentence'): Cased {
  const tokens = split(text);
  const out: string[] = [];
  const unsure: string[] = [];
  const put = (t: Token, core: string) => out.push(t.lead + core + t.trail);
  // Inside a name: words are capitalised (name) or undecided (sentence) until it ends.
  let name: 'unit' | 'field' | 'body' | undefined;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    const known = matchAt(tokens, i, lex);
    if (known) {
      known.forEach((p, j) => put(tokens[i + j], hasLower(tokens[i + j].core) ? tokens[i + j].core : p.core));
      i += known.length;
      name = undefined;
      continue;
    }
    const unit = unitAt(tokens, i);
    const unitName = unit > 0 && nameStarts(tokens, i + unit);
    if (name && !unitName && (mode === 'name' || nameContinues(tokens, i))) {
      if (keptAsTyped(t)) put(t, t.core);
      else if (mode === 'sentence') {
        unsure.push(t.core);
        put(t, t.core);
      } else if (name === 'unit') put(t, nameWord(t.core));
      else {
        const prev = low(tokens[i - 1]?.core ?? '');
        const starts =
          tokens[i - 1]?.trail.includes(',') || prev === 'và' || prev === '-' || /^(sở|phòng|văn phòng|trung tâm|ban|chi cục)$/.test(prev);
        const firstOfField = starts || out.length === 0;
        if (name === 'body' && firstOfField && !isSoField(tokens, i)) unsure.push(t.core);
        put(t, low(t.core) === 'và' ? 'và' : firstOfField ? cap(low(t.core)) : low(t.core));
      }
      if (mode === 'sentence' && /[,;.:)]/.test(t.trail)) name = undefined;
      i++;
      continue;
    }
    name = undefined;
    if (keptAsTyped(t)) {
      put(t, t.core);
      i++;
      continue;
    }
    if (unitName) {
      const numbered = /^\p{N}/u.test(tokens[i + unit].core);
      for (let j = 0; j < unit; j++) put(tokens[i + j], numbered ? cap(low(tokens[i + j].core)) : low(tokens[i + j].core));
      i += unit;
      name = 'unit';
      continue;
    }
    const body = wordsAt(tokens, i, BODY_WORDS);
    if (body && nameStarts(tokens, i + body) && !NOT_A_BODY_AFTER.has(low(tokens[i - 1]?.core ?? ''))) {
      for (let j = 0; j < body; j++) put(tokens[i + j], j === 0 ? cap(low(tokens[i + j].core)) : low(tokens[i + j].core));
      i += body;
      name = low(t.core) === 'sở' ? 'field' : 'body';
      continue;
    }
    const prev2 = tokens.slice(Math.max(0, i - 2), i).map((p) => low(p.core));
    const docType = wordsAt(tokens, i, DOC_TYPES);
    if (docType && prev2.join(' ') === 'ban hành') {
      for (let j = 0; j < docType; j++) put(tokens[i + j], j === 0 ? cap(low(tokens[i + j].core)) : low(tokens[i + j].core));
      i += docType;
      continue;
    }
    put(t, low(t.core));
    i++;
  }
  const joined = out.join(' ');
  return { text: joined ? cap(joined) : '', certain: unsure.length === 0, unsure };
}

/** In a sentence a name runs on until a word that cannot be part of it, or punctuation ends it. */
const nameContinues = (tokens: Token[], i: number) => nameStarts(tokens, i) && !/[,;.:)]/.test(tokens[i - 1]?.trail ?? '');

/** The field of a "Sở …" follows a known rule (Phụ lục II, IV.1.a); other bodies' fields are written too many ways. */
function isSoField(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (BODY_WORDS.includes(low(tokens[j].core))) return low(tokens[j].core) === 'sở';
  return false;
}

/** A body or unit's name typed in capitals ("VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"), as running text writes it. */
export const caseName = (text: string, lex: Lexicon = lexicon()): Cased => caseText(text, lex, 'name');

/** A sentence typed in capitals (a trích yếu), in sentence case with its names capitalised where certain. */
export const caseSentence = (text: string, lex: Lexicon = lexicon()): Cased => caseText(text, lex, 'sentence');

/**
 * A text continued after other words ("Kế hoạch " + its trích yếu): its first letter in lower case, unless the text starts
 * with a known name ("Ủy ban nhân dân …"), an abbreviation ("CCHC …") or a word typed in capitals.
 */
export function lowerStart(text: string, lex: Lexicon = lexicon()): string {
  const tokens = split(text);
  const first = tokens[0];
  if (!first || first.lead || (first.core.length > 1 && first.core === up(first.core)) || ABBREVIATIONS.has(up(first.core))) return text;
  const known = matchAt(tokens, 0, lex);
  if (known && known[0].core.charAt(0) !== low(known[0].core.charAt(0))) return text;
  return low(text.charAt(0)) + text.slice(1);
}
