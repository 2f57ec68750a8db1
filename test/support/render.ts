import { renderReport } from '../../src/lib/report/index.ts';
import { queueSchemaCheck } from './ooxml.ts';

/**
 * The .docx of a draft the test expects to render: fails with the blocking problems when the pipeline withholds it.
 * Queued for the ECMA-376 schema check at the end of the test file (ooxml.ts).
 */
export async function renderBytes(...args: Parameters<typeof renderReport>): Promise<Uint8Array> {
  const r = await renderReport(...args);
  if (!r.ok) throw new Error(`no .docx, blocking problems: ${r.blocking.map((i) => i.message).join(' | ')}`);
  queueSchemaCheck(r.bytes, `${args[1].kind} (${args[1].header.place})`);
  return r.bytes;
}
