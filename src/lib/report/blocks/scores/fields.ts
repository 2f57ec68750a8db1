import type { ScoreAdjustment, ScoreRow } from '../../../../schemas/draft.ts';
import { cleanLine } from '../../../format/text.ts';

/** Where the parts of a score table live in the editor and in issues, and how messages name its rows. */

/** The field path of a part of row `i`: "<block key>.<i>.score". */
export const rowField = (key: string, i: number, part: string) => `${key}.${i}.${part}`;

/** The field path of a part of bonus or penalty item `j`: "<block key>.adjust.<j>.points". */
export const adjustField = (key: string, j: number, part: string) => `${key}.adjust.${j}.${part}`;

/** The field of the decision a set was issued by ("<block key>.set.citation"). */
export const citationField = (key: string) => `${key}.set.citation`;

const shorten = (text: string) => (text.length > 70 ? `${text.slice(0, 67)}…` : text);

/** "1.1.2 “Ban hành kế hoạch…”" — how a message names a row. */
export function rowName(row: ScoreRow, index: number): string {
  const short = shorten(cleanLine(row.name));
  const tt = cleanLine(row.tt);
  if (tt && short) return `${tt} “${short}”`;
  return tt || (short ? `“${short}”` : `dòng ${index + 1}`);
}

/** "điểm thưởng “Có sáng kiến…”" — how a message names a bonus or penalty item. */
export function adjustmentName(a: ScoreAdjustment, index: number): string {
  const what = a.kind === 'bonus' ? 'điểm thưởng' : 'điểm trừ';
  const short = shorten(cleanLine(a.name));
  return short ? `${what} “${short}”` : `${what} thứ ${index + 1}`;
}
