import { existsSync, readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The Decree 30 layout checker lives outside the repository (../shared/reference/check-nd30.mjs beside the
 * worktrees). ND30_CHECKER overrides the path; undefined when neither exists (tests then skip, saying why).
 */
export function nd30CheckerPath(): string | undefined {
  const candidates = [process.env.ND30_CHECKER, resolve(repo, '../shared/reference/check-nd30.mjs')].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p));
}

export type Nd30Result = { id: string; ok: boolean; detail: string };

export async function checkNd30(docx: string): Promise<Nd30Result[]> {
  const checker = nd30CheckerPath();
  if (!checker) throw new Error('Không tìm thấy check-nd30.mjs: đặt biến môi trường ND30_CHECKER.');
  const { stdout } = await run(process.execPath, [checker, docx, '--json']).catch((e: { stdout?: string; code?: number }) => {
    if (e.code === 1 && e.stdout) return { stdout: e.stdout };
    throw e;
  });
  return JSON.parse(stdout.slice(stdout.indexOf('['), stdout.lastIndexOf(']') + 1)) as Nd30Result[];
}

/** One part of a .docx (a zip), e.g. "word/document.xml", as text. */
export function docxPart(docx: string, name: string): string {
  const buf = readFileSync(docx);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error(`${docx} không phải tệp zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const entry = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (entry === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + csize);
      return (method === 8 ? inflateRawSync(raw) : raw).toString('utf8');
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  throw new Error(`${docx} không có ${name}`);
}

/** The visible text of document.xml, paragraphs joined by "\n" (runs split by Word are joined back). */
export function docxText(docx: string): string {
  const xml = docxPart(docx, 'word/document.xml');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
