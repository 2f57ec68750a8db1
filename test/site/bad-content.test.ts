import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/server.ts';

/**
 * Each bad entry goes into a copy of the project, which is then built with `astro build`: the build must fail and say
 * the file and the field. Two builds for five entries: a malformed field fails the content sync; the four entries the
 * content's cross-checks (checkContent: catalogue links, template areas, the <Cite> tags of guidance pages) catch share
 * a build, since those checks report every problem they find in one failure. The builds start with the file and run
 * one after another.
 */
type Build = { status: number | null; output: string };

const template = readFileSync(join(projectRoot, 'content/templates/bao-cao-tthc-thang.yaml'), 'utf8');
const cite = (id: string, text: string) =>
  `---\ntitle: Thử\ndescription: Thử.\n---\n\nimport Cite from '~/components/Cite.astro';\n\n${text.replace('ID', `<Cite id="${id}" />`)}.\n`;

const builds: Record<'schema' | 'crossChecks', Record<string, string>> = {
  schema: {
    'catalogue/hong.yaml':
      'kind: Nghị định\nnumber: 1/2020/NĐ-CP\nissued: "2020-02-30"\nsummary: Thử.\nstatus: in-force\nsources:\n  - url: https://example.org\nstatusChecked: { date: "2026-11-30", against: Thử. }\n',
  },
  crossChecks: {
    'catalogue/hong.yaml':
      'kind: Nghị định\nnumber: 1/2020/NĐ-CP\nsummary: Thử.\nstatus: replaced\nreplacedBy: [khong-co]\nsources:\n  - url: https://example.org\nstatusChecked: { date: "2026-11-30", against: Thử. }\nhistory:\n  - { date: "2020-01-01", status: replaced, note: Thử. }\n',
    'templates/bao-cao-tthc-thang.yaml': template.replace('area: cai-cach-thu-tuc-hanh-chinh', 'area: cai-cach-thu-tuc'),
    'docs/huong-dan/thu-cite-la.mdx': cite('khong-co-van-ban', 'Theo ID'),
    'docs/huong-dan/thu-cite.mdx': cite('130-2005-nd-cp', 'Tự chủ kinh phí theo ID'),
  },
};

const dirs: string[] = [];
const results = new Map<string, Promise<Build>>();

/** Builds a copy of the project with some content files replaced. */
function buildWith(files: Record<string, string>): Promise<Build> {
  // Inside the project, so packages resolve from its node_modules (a symlinked node_modules breaks Astro).
  mkdirSync(join(projectRoot, 'test-output'), { recursive: true });
  const dir = mkdtempSync(join(projectRoot, 'test-output', 'bad-content-'));
  dirs.push(dir);
  for (const name of ['src', 'public', 'content', 'package.json', 'tsconfig.json', 'astro.config.mjs'])
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'content', file), text);
  return new Promise((resolve) => {
    const run = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    let output = '';
    run.stdout.on('data', (c) => (output += c));
    run.stderr.on('data', (c) => (output += c));
    run.on('close', (status) => resolve({ status, output }));
  });
}

beforeAll(() => {
  // One build at a time: the other site test files run beside it, and the typing tests need a core now and then.
  let previous: Promise<unknown> = Promise.resolve();
  for (const name of Object.keys(builds) as (keyof typeof builds)[]) {
    const result = previous.then(() => buildWith(builds[name]));
    results.set(name, result);
    previous = result;
  }
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const build = (name: keyof typeof builds) => results.get(name)!;

// Each test waits for its build: minutes on a machine busy with other work, so the timeout is for a hang only.
describe('a bad content entry fails the build with its file and field', { timeout: 600_000 }, () => {
  it('malformed date in a catalogue entry', async () => {
    const { status, output } = await build('schema');
    expect(status).not.toBe(0);
    expect(output).toMatch(/hong/);
    expect(output).toMatch(/issued/);
    expect(output).toMatch(/ngày không hợp lệ/);
  });

  it('unknown cross-reference between catalogue entries', async () => {
    const { status, output } = await build('crossChecks');
    expect(status).not.toBe(0);
    expect(output).toContain('catalogue/hong.yaml: replacedBy: không có văn bản "khong-co" trong danh mục');
  });

  it('a <Cite> id that is not in the catalogue', async () => {
    const { status, output } = await build('crossChecks');
    expect(status).not.toBe(0);
    expect(output).toContain('<Cite id="khong-co-van-ban">');
    expect(output).toContain('không có văn bản "khong-co-van-ban" trong danh mục');
  });

  it('a report template section tied to an area that does not exist', async () => {
    expect(template).toContain('area: cai-cach-thu-tuc-hanh-chinh');
    const { status, output } = await build('crossChecks');
    expect(status).not.toBe(0);
    expect(output).toContain('bao-cao-tthc-thang.yaml: sections.area: không có lĩnh vực "cai-cach-thu-tuc"');
  });

  it('a guidance page presenting an expired document as current (areas: test/unit/citations.test.ts)', async () => {
    const page = await build('crossChecks');
    expect(page.status).not.toBe(0);
    expect(page.output).toContain(
      '/huong-dan/thu-cite/: <Cite id="130-2005-nd-cp">: văn bản đã hết hiệu lực được dẫn như căn cứ hiện hành',
    );
  });
});
