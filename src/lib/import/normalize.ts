/**
 * Header text compared the forgiving way: case, tones and đ, spacing and punctuation do not matter
 * ("Trễ  hạn", "TRE HAN" and "trễ hạn" are the same), and a phrase stands for its synonyms
 * ("quá hạn" also finds "trễ hạn" and "trễ").
 */
import { foldDiacritics } from '../format/slug.ts';

/** "Số hồ sơ ĐÃ giải quyết (Trễ  hạn)" → "so ho so da giai quyet tre han". */
export function normalizeHeader(text: string): string {
  return foldDiacritics(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const headerWords = (text: string): string[] => {
  const n = normalizeHeader(text);
  return n ? n.split(' ') : [];
};

/**
 * Phrases that mean the same in a column header. A phrase starting with "=" matches only a whole header
 * cell: "cộng" folds to "cong", the same letters as "công" in "dịch vụ công", so it counts only alone.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['đúng hạn', 'đúng thời hạn', 'đúng hẹn'],
  ['trước hạn', 'trước thời hạn', 'trước hẹn', 'sớm hạn', 'sớm'],
  ['quá hạn', 'trễ hạn', 'trễ', 'quá thời hạn', 'quá hẹn', 'trễ hẹn'],
  ['trong hạn', 'chưa đến hạn', 'chưa tới hạn', 'còn hạn', 'trong thời hạn'],
  ['kỳ trước', 'kỳ trước chuyển sang', 'từ kỳ trước', 'tồn kỳ trước', 'kỳ trước chuyển qua'],
  ['trực tiếp', 'trực tiếp và qua dịch vụ bưu chính công ích', 'trực tiếp, dịch vụ bưu chính', 'bưu chính', 'bưu chính công ích'],
  ['trực tuyến', 'online', 'qua mạng'],
  ['tổng số', 'tổng', 'tổng cộng', '=cộng'],
  ['nhận', 'tiếp nhận', 'nhận giải quyết', 'mới tiếp nhận', 'nhận mới'],
  ['đã giải quyết', 'đã xử lý', 'giải quyết xong', 'xử lý xong', 'đã trả kết quả'],
  ['đang giải quyết', 'đang xử lý', 'chưa giải quyết', 'chưa xử lý', 'chưa giải quyết xong'],
  ['trả lại', 'rút', 'trả lại hồ sơ', 'rút hồ sơ'],
  ['stt', 'tt', 'số thứ tự', 'số tt'],
  ['tiêu chí', 'lĩnh vực', 'nội dung', 'tiêu chí thành phần', 'lĩnh vực tiêu chí'],
  ['điểm tối đa', 'tối đa', 'điểm chuẩn', 'thang điểm', '=điểm'],
  ['cách chấm', 'phương pháp chấm', 'hướng dẫn chấm', 'cách tính điểm', 'cách chấm điểm', 'phương pháp chấm điểm'],
  ['tự đánh giá', 'tự chấm', 'điểm tự đánh giá', 'điểm tự chấm'],
  ['tài liệu kiểm chứng', 'kiểm chứng', 'tài liệu'],
  ['ghi chú', 'giải trình', 'thuyết minh', 'lý do'],
];

export interface Phrase {
  /** The phrase as written (for reports). */
  text: string;
  words: string[];
  /** Matches only a whole header cell. */
  exact: boolean;
}

const compile = (text: string): Phrase => {
  const exact = text.startsWith('=');
  return { text: exact ? text.slice(1) : text, words: headerWords(exact ? text.slice(1) : text), exact };
};

const GROUPS: Phrase[][] = SYNONYMS.map((g) => g.map(compile));
const key = (p: Phrase) => p.words.join(' ');

/** A phrase and its synonyms (each once). */
export function expandPhrase(text: string): Phrase[] {
  const own = compile(text);
  const out = new Map<string, Phrase>([[key(own), own]]);
  for (const g of GROUPS) if (g.some((p) => key(p) === key(own))) for (const p of g) if (!out.has(key(p))) out.set(key(p), p);
  return [...out.values()].filter((p) => p.words.length);
}

/** Start positions of `phrase` in a header cell's words. */
export function findPhrase(words: string[], phrase: Phrase): number[] {
  const n = phrase.words.length;
  if (phrase.exact) return words.length === n && phrase.words.every((w, i) => w === words[i]) ? [0] : [];
  const out: number[] = [];
  for (let i = 0; i + n <= words.length; i++) if (phrase.words.every((w, k) => words[i + k] === w)) out.push(i);
  return out;
}
