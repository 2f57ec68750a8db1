import { draftSchema, type Draft } from '../../schemas/draft.ts';
import { DRAFT_FORMAT, DRAFT_VERSION } from './constants.ts';
import { migrateDraft } from './migrate.ts';

export type ImportResult = { ok: true; draft: Draft; migratedFrom?: number } | { ok: false; error: string };

export const importMessages = {
  empty: 'Tệp trống, không có bản nháp nào để nhập.',
  malformed:
    'Không đọc được tệp: đây không phải tệp JSON hợp lệ (có thể tệp bị hỏng hoặc bị sửa dở). Hãy chọn tệp .json đã xuất, hoặc tệp .docx tải từ trang này.',
  foreign: 'Tệp này không phải bản nháp của Cẩm nang CCHC (thiếu dấu hiệu "cam-nang-cchc/draft").',
  newer: (v: number) =>
    `Bản nháp được lưu bằng phiên bản mới hơn (định dạng ${v}, trang này đọc đến định dạng ${DRAFT_VERSION}). Hãy tải lại trang để dùng phiên bản mới nhất rồi nhập lại.`,
  otherKind: (found: string, expected: string) =>
    `Bản nháp này thuộc loại "${found}", không phải loại đang mở ("${expected}"). Hãy mở đúng trang lập loại báo cáo đó rồi nhập lại.`,
  invalid: (where: string) => `Bản nháp có dữ liệu không hợp lệ (${where}), nên không nhập. Bản nháp đang mở không bị thay đổi.`,
};

/**
 * Reads an exported draft file. Rejections come with a Vietnamese message; nothing is changed by this function.
 * `kindNames` turns kind ids into the names users know, for the "another kind" message; `expectedKind` null takes a
 * draft of any kind (the roll-up sorts kinds out itself).
 */
export function parseDraftFile(text: string, expectedKind: string | null, kindNames: Record<string, string> = {}): ImportResult {
  if (!text.trim()) return { ok: false, error: importMessages.empty };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: importMessages.malformed };
  }
  return parseDraftData(raw, expectedKind, kindNames);
}

/** The checks of parseDraftFile on a value already parsed from JSON (a .json file's, or the one a .docx carries). */
export function parseDraftData(raw: unknown, expectedKind: string | null, kindNames: Record<string, string> = {}): ImportResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== DRAFT_FORMAT)
    return { ok: false, error: importMessages.foreign };
  const version = (raw as { version?: unknown }).version;
  const v = typeof version === 'number' ? version : 0;
  if (v > DRAFT_VERSION) return { ok: false, error: importMessages.newer(v) };
  const kind = (raw as { kind?: unknown }).kind;
  if (expectedKind !== null && typeof kind === 'string' && kind !== expectedKind)
    return { ok: false, error: importMessages.otherKind(kindNames[kind] ?? kind, kindNames[expectedKind] ?? expectedKind) };
  let parsed: ReturnType<typeof draftSchema.safeParse>;
  try {
    parsed = draftSchema.safeParse(migrateDraft(raw));
  } catch {
    // A shape no draft can have (nested thousands deep, …): refused like any invalid draft, never thrown.
    return { ok: false, error: importMessages.invalid('cấu trúc tệp') };
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'cấu trúc tệp';
    return { ok: false, error: importMessages.invalid(where) };
  }
  if (expectedKind !== null && parsed.data.kind !== expectedKind)
    return {
      ok: false,
      error: importMessages.otherKind(kindNames[parsed.data.kind] ?? parsed.data.kind, kindNames[expectedKind] ?? expectedKind),
    };
  return v < DRAFT_VERSION ? { ok: true, draft: parsed.data, migratedFrom: v } : { ok: true, draft: parsed.data };
}
