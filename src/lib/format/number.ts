/**
 * Vietnamese number formats: "." groups thousands, "," marks decimals ("4.133", "99,88", "1.660").
 * Pure functions, no locale data needed (Intl's vi-VN output differs between engines).
 */

/** Formats a number with "." thousands and "," decimals; at most `maxDecimals` decimals, trailing zeros trimmed. */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const negative = value < 0 && rounded !== 0;
  let [int, frac = ''] = rounded.toFixed(maxDecimals).split('.');
  frac = frac.replace(/0+$/, '');
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + int + (frac ? ',' + frac : '');
}

/**
 * "99,88%" (or "99,88 %" with a no-break space): two decimals at most, trailing zeros trimmed; with `fixed`, exactly
 * `maxDecimals` decimals ("8,80%" beside "10,38%", see percentDecimals).
 */
export function formatPercent(value: number, maxDecimals = 2, space = false, fixed = false): string {
  let text = formatNumber(value, maxDecimals);
  if (text && fixed && maxDecimals > 0) {
    const [int, frac = ''] = text.split(',');
    text = `${int},${frac.padEnd(maxDecimals, '0')}`;
  }
  return text ? `${text}${space ? '\u00A0' : ''}%` : '';
}

/**
 * The decimals a group of percentages printed together needs (a table column, one comparison): the most any of them
 * needs once rounded to `max` decimals, so that "8,8%" and "10,38%" print as "8,80%" and "10,38%", and a column of
 * whole numbers stays "100%", "95%".
 */
export function percentDecimals(values: readonly (number | null | undefined)[], max = 2): number {
  let most = 0;
  for (const v of values) {
    if (v == null || !Number.isFinite(v)) continue;
    const frac = formatNumber(v, max).split(',')[1] ?? '';
    most = Math.max(most, frac.length);
  }
  return most;
}

/**
 * A count as administrative reports print it: with `pad`, 1 to 9 take a leading zero ("05 hồ sơ", as seeds 001 and
 * 002 write them); zero is always "0", never "00"; larger numbers are grouped ("4.133").
 */
export function formatCount(value: number, pad = false): string {
  if (pad && Number.isInteger(value) && value > 0 && value < 10) return `0${value}`;
  return formatNumber(value);
}

/**
 * part ÷ whole × 100, rounded half up to two decimals on the exact ratio (23 ÷ 160 = 14,375% → 14,38%, where
 * floating point would give 14,37%); null when the denominator is 0 or a value is missing. Every percentage the
 * engine computes goes through here, so the builder, the preview and the .docx print the same figure.
 */
export function percentOf(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part == null || whole == null || !Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return null;
  const sign = part < 0 !== whole < 0 && part !== 0 ? -1 : 1;
  const [p, w] = [Math.abs(part), Math.abs(whole)];
  const n = p * 10_000;
  if (Number.isInteger(p) && Number.isInteger(w) && Number.isSafeInteger(n)) {
    // Integer division with remainder: exact for every count a report holds.
    let q = Math.floor(n / w);
    let r = n - q * w;
    while (r < 0) [q, r] = [q - 1, r + w];
    while (r >= w) [q, r] = [q + 1, r - w];
    if (2 * r >= w) q++;
    return (sign * q) / 100;
  }
  // Figures with decimals: round the ratio once its floating-point noise is gone (12 significant digits).
  return (sign * Math.round(Number(((p / w) * 10_000).toPrecision(12)))) / 100;
}

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

/**
 * Reads a figure typed by a user: "1.660", "1660", "1 660", "99,5", "1.660,5", "-3", "99.5".
 * Vietnamese convention wins: "," is always the decimal mark and "." groups thousands when it is
 * followed by groups of exactly three digits ("1.660" = 1660). A single "." followed by one, two or
 * four-plus digits ("99.5") is read as a decimal point. Anything else fails with a Vietnamese message.
 */
export function parseNumber(input: string): ParseResult {
  const raw = String(input ?? '').normalize('NFC');
  // Spaces of any kind between digit groups: " ", NBSP, narrow NBSP, thin space.
  let s = raw.trim().replace(/[\s\u00A0\u202F\u2009]+/g, ' ');
  if (!s) return { ok: false, error: 'chưa nhập số liệu' };
  s = s.replace(/%$/, '').trim();
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  if (/^\d{1,3}( \d{3})+(,\d+)?$/.test(s)) s = s.replace(/ /g, '');
  if (s.includes(' '))
    return { ok: false, error: `"${raw.trim()}" không phải là một số (dấu cách chỉ dùng để nhóm hàng nghìn, ví dụ "1 660")` };
  let normal: string;
  if (/^\d+$/.test(s)) normal = s;
  else if (/^\d+,\d+$/.test(s)) normal = s.replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) normal = s.replace(/\./g, '');
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+\.\d+$/.test(s))
    normal = s; // "99.5": not a thousands group, so a decimal point
  else
    return {
      ok: false,
      error: `"${raw.trim()}" không phải là một số hợp lệ (viết "1.660" hoặc "1660" cho một nghìn sáu trăm sáu mươi, "99,5" cho số thập phân)`,
    };
  const value = sign * Number(normal);
  if (!Number.isFinite(value)) return { ok: false, error: `"${raw.trim()}" quá lớn` };
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { ok: false, error: `"${raw.trim()}" quá lớn (tối đa 9.007.199.254.740.991)` };
  return { ok: true, value: value === 0 ? 0 : value };
}
