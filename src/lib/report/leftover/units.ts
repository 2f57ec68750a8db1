import type { Draft } from '../../../schemas/draft.ts';
import { sentenceCaseBody } from '../placeholders.ts';
import { isAllUpper } from '../../format/text.ts';
import { isPlaceholderName, unitKey } from '../../format/unit-key.ts';

/**
 * Administrative units named in running text: "xã Minh Hòa", "Ủy ban nhân dân phường 3 Bảo Lộc", "tỉnh Đắk Lắk" — a
 * unit word and a name whose words start with a capital (or are a number). The level says which units are peers:
 * a commune naming another commune (or a province another province) names someone else.
 */
export type UnitLevel = 'xa' | 'huyen' | 'tinh' | 'thanh-pho';
export type UnitMention = { kind: string; name: string; level: UnitLevel; text: string };

// Longest first: "thị xã Mỹ Hào" is a town, not the commune "xã Mỹ Hào".
const KINDS = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];
const LEVEL: Record<string, UnitLevel> = {
  xã: 'xa',
  phường: 'xa',
  'đặc khu': 'xa',
  'thị trấn': 'xa',
  'thị xã': 'huyen',
  huyện: 'huyen',
  quận: 'huyen',
  tỉnh: 'tinh',
  // A city may be a province's peer or, in texts written before 07/2025, a district's: only cities are its peers here.
  'thành phố': 'thanh-pho',
};

const either = (w: string) => `[${w[0]}${w[0].toLocaleUpperCase('vi')}]${w.slice(1)}`;
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*|\d+\p{L}?)`;
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${KINDS.map(either).join('|')})\s+(${WORD}(?:\s+${WORD}){0,4})`, 'gu');

/** The units a text names. A line typed in capitals ("ỦY BAN NHÂN DÂN XÃ MINH HÒA") is read as a sentence writes it. */
export function unitMentions(text: string): UnitMention[] {
  const out: UnitMention[] = [];
  for (const line of text.split('\n')) {
    const sentence = isAllUpper(line) ? sentenceCaseBody(line) : line;
    for (const m of sentence.matchAll(MENTION)) {
      const kind = m[1].toLocaleLowerCase('vi');
      const name = m[2];
      // Only wards and districts are named by a number ("Phường 3", "Quận 1"); "tỉnh 15 biểu mẫu" names no province.
      if (/^\d/.test(name) && kind !== 'phường' && kind !== 'quận') continue;
      out.push({ kind, name, level: LEVEL[kind], text: `${kind} ${name}` });
    }
  }
  return out;
}

/** The key two mentions of one unit share, whatever the case, spacing or tone placement. */
export const unitMentionKey = (m: Pick<UnitMention, 'name'>) => unitKey(m.name);

/**
 * The unit the header names (the unit's own name when typed, else the issuer, or the body above it for a department:
 * "SỞ NỘI VỤ" under "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"), or undefined while it still holds the template's "…".
 */
export function headerUnit(header: Pick<Draft['header'], 'issuer' | 'parentBody' | 'place'> & { unit?: string }): UnitMention | undefined {
  for (const body of [header.unit ?? '', header.issuer, header.parentBody]) {
    if (!body.trim() || isPlaceholderName(body.replace(/\n/g, ' '))) continue;
    const found = unitMentions(sentenceCaseBody(body, header.place))[0];
    if (found) return found;
  }
  return undefined;
}
