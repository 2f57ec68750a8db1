import { renderReport } from '../../src/lib/report/index.ts';

/** The .docx of a draft the test expects to render: fails with the blocking problems when the pipeline withholds it. */
export async function renderBytes(...args: Parameters<typeof renderReport>): Promise<Uint8Array> {
  const r = await renderReport(...args);
  if (!r.ok) throw new Error(`no .docx, blocking problems: ${r.blocking.map((i) => i.message).join(' | ')}`);
  return r.bytes;
}
