/**
 * "Nhập bản nháp" with a .docx: finds the draft the report carries (src/lib/drafts/embedded.ts) by its namespace
 * and checks it as an imported .json file is checked. Rejections come with a Vietnamese message; nothing changes.
 */
import { DocxReadError, findCustomXmlParts } from '../docx/custom-xml-read.ts';
import { FileLimitError } from '../files/limits.ts';
import { EMBED_NAMESPACE_BASE, EMBED_VERSION } from './embedded.ts';
import { importMessages, parseDraftData, type ImportResult } from './import.ts';

const ONLY_OURS = 'Chỉ tệp .docx tải bằng nút “Tải .docx” của trang lập báo cáo mới mang theo bản nháp';

export const docxImportMessages = {
  damaged:
    'Không đọc được tệp .docx: tệp bị hỏng hoặc chưa tải về hết. Hãy chọn lại tệp gốc (tệp đã tải từ trang này), hoặc tệp .json đã xuất.',
  notWord: `Tệp này không phải văn bản Word (.docx). ${ONLY_OURS}; hãy chọn tệp đó, hoặc tệp .json đã xuất.`,
  legacyDoc: `Tệp Word 97–2003 (.doc) không mang theo bản nháp. ${ONLY_OURS}; hãy chọn tệp đó, hoặc tệp .json đã xuất.`,
  noDraft: `Tệp .docx này không mang theo bản nháp của Cẩm nang CCHC (ví dụ văn bản soạn trực tiếp bằng Word). ${ONLY_OURS}; hãy chọn tệp đó, hoặc tệp .json đã xuất.`,
  newer:
    'Bản nháp trong tệp .docx được ghi bằng phiên bản mới hơn của trang này. Hãy tải lại trang để dùng phiên bản mới nhất rồi nhập lại.',
  malformed:
    'Bản nháp mang theo trong tệp .docx bị hỏng (dữ liệu bên trong không đọc được: XML hoặc JSON sai, ký tự không hợp lệ), có thể do tệp bị sửa bằng chương trình khác. Hãy chọn tệp gốc tải từ trang này, hoặc tệp .json đã xuất.',
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** `expectedKind` null takes a draft of any kind (see parseDraftFile). */
export function parseDraftDocx(bytes: Uint8Array, expectedKind: string | null, kindNames: Record<string, string> = {}): ImportResult {
  const fail = (error: string): ImportResult => ({ ok: false, error });
  if (!bytes.length) return fail(importMessages.empty);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) return fail(docxImportMessages.legacyDoc);
  let parts;
  try {
    parts = findCustomXmlParts(bytes, (ns) => ns.startsWith(EMBED_NAMESPACE_BASE));
  } catch (e) {
    if (e instanceof FileLimitError) return fail(e.message);
    if (e instanceof DocxReadError)
      return fail(
        e.reason === 'not-docx'
          ? docxImportMessages.notWord
          : e.reason === 'malformed'
            ? docxImportMessages.malformed
            : docxImportMessages.damaged,
      );
    throw e;
  }
  const versions = parts.map((p) => Number(p.namespace.slice(EMBED_NAMESPACE_BASE.length)));
  const at = versions.findIndex((v) => v === EMBED_VERSION);
  if (at < 0)
    return fail(versions.some((v) => Number.isInteger(v) && v > EMBED_VERSION) ? docxImportMessages.newer : docxImportMessages.noDraft);
  let raw: unknown;
  try {
    raw = JSON.parse(parts[at].text);
  } catch {
    return fail(docxImportMessages.malformed);
  }
  return parseDraftData(raw, expectedKind, kindNames);
}
