import { z } from 'zod';

/**
 * A calendar date written "YYYY-MM-DD". In YAML it must be quoted: an unquoted date becomes a Date object,
 * and the YAML parser silently turns an impossible date such as 2020-02-30 into 2020-03-01.
 */
export const isoDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date) {
    ctx.addIssue({
      code: 'custom',
      message: `ngày phải viết trong dấu nháy, ví dụ '${value.toISOString().slice(0, 10)}' (không có dấu nháy, YAML tự đổi ngày không có thật thành ngày khác)`,
    });
    return z.NEVER;
  }
  const text = typeof value === 'string' ? value.trim() : String(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const valid =
    match &&
    (() => {
      const d = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
      return d.getUTCFullYear() === +match[1] && d.getUTCMonth() === +match[2] - 1 && d.getUTCDate() === +match[3];
    })();
  if (!valid) {
    ctx.addIssue({ code: 'custom', message: `ngày không hợp lệ "${text}" (cần dạng NNNN-TT-NN, ví dụ 2018-04-23)` });
    return z.NEVER;
  }
  return text;
});

/** Catalogue and area ids double as URL slugs. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu "-"');

/** Vietnamese text as stored: precomposed (NFC), trimmed, never empty. */
export const viText = z
  .string()
  .trim()
  .min(1, 'không được để trống')
  .refine((s) => s === s.normalize('NFC'), 'văn bản phải ở dạng Unicode dựng sẵn (NFC)');

/** A year the content speaks of (a target's, a criteria set's): this century. */
export const contentYear = z.number().int().min(2000).max(2100);
