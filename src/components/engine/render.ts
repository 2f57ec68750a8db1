/** Draft → .docx (src/lib/report/pipeline.ts), loaded with import() on the first download; the `docx` library comes after it. */
export { renderReport } from '../../lib/report/index.ts';
