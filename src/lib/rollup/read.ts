import type { Draft } from '../../schemas/draft.ts';
import { isWordFile } from '../drafts/file-kind.ts';
import { parseDraftDocx } from '../drafts/docx-import.ts';
import { importMessages, parseDraftData } from '../drafts/import.ts';
import { ROLLUP_FORMAT } from './state.ts';
import { LIMITS, limitReason } from '../files/limits.ts';
import { parseRollup, type ParsedRollup } from './parse.ts';

/** What one dropped file holds: a unit's report (a .docx made by the site, or an exported draft), or a saved roll-up. */
export type FileContent =
  | { ok: true; type: 'report'; draft: Draft; migratedFrom?: number }
  | { ok: true; type: 'rollup'; rollup: ParsedRollup & { ok: true } }
  | { ok: false; error: string };

export const readMessages = {
  notReport:
    'Tệp này không phải báo cáo do Cẩm nang CCHC tạo: chỉ đọc được tệp .docx tải từ trang lập báo cáo (tệp mang theo bản nháp) hoặc tệp .json đã xuất.',
  unreadable: 'Không đọc được nội dung tệp (tệp hỏng hoặc không đúng định dạng): hãy xin lại tệp gốc của đơn vị.',
};

/**
 * Reads a file the user dropped. Never throws: a damaged file, a .docx typed in Word, a draft from a newer version of
 * the site, a file of another format, one over the limits (src/lib/files/limits.ts) each come back with a Vietnamese
 * reason. Kinds are not checked here.
 */
export function readFile(name: string, bytes: Uint8Array, kindNames: Record<string, string> = {}): FileContent {
  try {
    if (bytes.length > LIMITS.fileBytes)
      return { ok: false, error: limitReason('file-size', { size: bytes.length, max: LIMITS.fileBytes }) };
    return read(name, bytes, kindNames);
  } catch {
    return { ok: false, error: readMessages.unreadable };
  }
}

function read(name: string, bytes: Uint8Array, kindNames: Record<string, string>): FileContent {
  if (isWordFile(name, bytes)) {
    const r = parseDraftDocx(bytes, null, kindNames);
    return r.ok ? { ok: true, type: 'report', draft: r.draft, ...migrated(r.migratedFrom) } : { ok: false, error: ownWords(r.error) };
  }
  const text = decode(bytes);
  if (text === undefined || !/^\s*[{[]/.test(text.replace(/^\uFEFF/, '')))
    return { ok: false, error: bytes.length ? readMessages.notReport : importMessages.empty };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: importMessages.malformed };
  }
  if ((raw as { format?: unknown } | null)?.format === ROLLUP_FORMAT) {
    const rollup = parseRollup(raw);
    return rollup.ok ? { ok: true, type: 'rollup', rollup } : { ok: false, error: rollup.error };
  }
  const r = parseDraftData(raw, null, kindNames);
  if (!r.ok) return { ok: false, error: ownWords(r.error) };
  return { ok: true, type: 'report', draft: r.draft, ...migrated(r.migratedFrom) };
}

/** The import's messages speak of "the draft open" in a builder; here nothing is open. */
const ownWords = (error: string) => error.replace(/ Bản nháp đang mở không bị thay đổi\.$/, '');
const migrated = (from: number | undefined) => (from === undefined ? {} : { migratedFrom: from });

function decode(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
