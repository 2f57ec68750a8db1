/**
 * Bytes of a text file (CSV, "Unicode text", HTML saved as .xls) → text. UTF-8 with or without BOM, UTF-16
 * with BOM (Excel's "Unicode Text"), otherwise the Windows "ANSI" code page a Vietnamese Windows uses
 * (windows-1258, whose tone marks are combining characters, recomposed here) or, when the text has nothing
 * Vietnamese in it, windows-1252. TextDecoder knows them all in Chrome 109 and Node.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';
}

/** Letters and combining tone marks only windows-1258 gives (in 1252 those bytes are Ã, Ì, Ð, Ò, Õ, Ý, Þ, …). */
const VIETNAMESE_1258 = /[ĂăĐđƠơƯư]|[\u0300\u0301\u0303\u0309\u0323]/;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    const vi = new TextDecoder('windows-1258').decode(bytes);
    if (VIETNAMESE_1258.test(vi)) return { text: vi.normalize('NFC'), encoding: 'windows-1258' };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes).normalize('NFC');

/** True when decoded bytes look like text rather than a binary file: no NUL, few control characters. */
export function looksLikeText(text: string): boolean {
  if (!text.length) return false;
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const control = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return control / sample.length < 0.01;
}
