/** npm run examples: renders every draft in content/examples to examples-out/<kind>.docx. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LoadError, ROOT, loadCatalogue, loadExamples, loadTemplates } from '../data/load.ts';
import { renderReport } from '../lib/report/index.ts';

export async function renderExamples(outDir = join(ROOT, 'examples-out')): Promise<string[]> {
  const templates = loadTemplates();
  const catalogue = loadCatalogue();
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const { file, draft } of loadExamples()) {
    const template = templates.get(draft.kind);
    if (!template) throw new LoadError(file, [`trường kind: không có mẫu "${draft.kind}"`]);
    const r = await renderReport(template, draft, catalogue);
    if (!r.ok)
      throw new LoadError(
        file,
        r.blocking.map((i) => i.message),
      );
    const target = join(outDir, `${draft.kind}.docx`);
    writeFileSync(target, r.bytes);
    written.push(target);
    const counts = ['error', 'warning'].map((s) => r.evaluation.issues.filter((i) => i.severity === s).length);
    console.log(`${relative(ROOT, file)} → ${relative(ROOT, target)} (${counts[0]} lỗi, ${counts[1]} cảnh báo)`);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  renderExamples().catch((e) => {
    console.error(e instanceof LoadError ? `Lỗi: ${e.message}` : e);
    process.exit(1);
  });
}
