/**
 * npm run render -- draft.json -o report.docx
 * Validates a saved draft, finds its template by `kind`, prints warnings and writes the .docx.
 * Exit codes: 0 written; 1 bad input (file, JSON, schema, unknown kind, blocking problems); 2 usage.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LoadError, loadCatalogue, loadDraft, loadTemplates } from '../data/load.ts';
import { renderReport, type Issue } from '../lib/report/index.ts';

const USAGE = 'Cách dùng: npm run render -- <bản-nháp.json> [-o <báo-cáo.docx>]';
const LABEL: Record<Issue['severity'], string> = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' };

export async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  let out = '';
  let input = '';
  let quiet = false;
  while (args.length) {
    const a = args.shift()!;
    if (a === '-o' || a === '--out') out = args.shift() ?? '';
    else if (a === '-q' || a === '--quiet') quiet = true;
    else if (a === '-h' || a === '--help') {
      console.log(USAGE);
      return 0;
    } else if (!input) input = a;
    else {
      console.error(`Thừa tham số "${a}".\n${USAGE}`);
      return 2;
    }
  }
  if (!input) {
    console.error(`Chưa chỉ ra tệp bản nháp.\n${USAGE}`);
    return 2;
  }
  try {
    const draft = loadDraft(resolve(input));
    const templates = loadTemplates();
    const template = templates.get(draft.kind);
    if (!template) {
      console.error(`${input}: loại báo cáo "${draft.kind}" không có mẫu. Các loại có: ${[...templates.keys()].join(', ')}.`);
      return 1;
    }
    const catalogue = loadCatalogue();
    const r = await renderReport(template, draft, catalogue);
    const { evaluation } = r;
    const shown = evaluation.issues.filter((i) => !quiet || i.severity !== 'info');
    for (const i of shown) console.error(`${LABEL[i.severity]}: ${i.message}`);
    if (!r.ok) {
      console.error(`Không tạo báo cáo: còn ${r.blocking.length} lỗi phải sửa để văn bản đúng thể thức Nghị định 30/2020/NĐ-CP.`);
      return 1;
    }
    const { bytes } = r;
    const target = resolve(out || input.replace(/\.json$/i, '') + '.docx');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    const errors = evaluation.issues.filter((i) => i.severity === 'error').length;
    const warnings = evaluation.issues.filter((i) => i.severity === 'warning').length;
    console.log(`Đã ghi ${target} (${bytes.length.toLocaleString('vi-VN')} byte; ${errors} lỗi số liệu, ${warnings} cảnh báo).`);
    return 0;
  } catch (e) {
    if (e instanceof LoadError) {
      console.error(`Bản nháp hoặc mẫu không hợp lệ: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(`Lỗi không mong đợi: ${(e as Error).stack ?? e}`);
      process.exit(3);
    },
  );
}
