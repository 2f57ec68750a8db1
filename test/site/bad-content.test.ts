import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/server.ts';

/** Builds a copy of the project with one content file replaced, and returns the build's output. */
function buildWith(file: string, text: string) {
  // Inside the project, so packages resolve from its node_modules (a symlinked node_modules breaks Astro).
  mkdirSync(join(projectRoot, 'test-output'), { recursive: true });
  const dir = mkdtempSync(join(projectRoot, 'test-output', 'bad-content-'));
  dirs.push(dir);
  for (const name of ['src', 'public', 'content', 'package.json', 'tsconfig.json', 'astro.config.mjs'])
    cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  writeFileSync(join(dir, 'content', file), text);
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('a bad content entry fails the build with its file and field', () => {
  it('malformed date in a catalogue entry', () => {
    const { status, output } = buildWith(
      'catalogue/hong.yaml',
      'kind: Nghị định\nnumber: 1/2020/NĐ-CP\nissued: "2020-02-30"\nsummary: Thử.\nstatus: in-force\nsources:\n  - url: https://example.org\nstatusChecked: { date: "2026-11-30", against: Thử. }\n',
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/hong/);
    expect(output).toMatch(/issued/);
    expect(output).toMatch(/ngày không hợp lệ/);
  });

  it('unknown cross-reference between catalogue entries', () => {
    const { status, output } = buildWith(
      'catalogue/hong.yaml',
      'kind: Nghị định\nnumber: 1/2020/NĐ-CP\nsummary: Thử.\nstatus: replaced\nreplacedBy: [khong-co]\nsources:\n  - url: https://example.org\nstatusChecked: { date: "2026-11-30", against: Thử. }\nhistory:\n  - { date: "2020-01-01", status: replaced, note: Thử. }\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('catalogue/hong.yaml: replacedBy: không có văn bản "khong-co" trong danh mục');
  });

  it('a <Cite> id that is not in the catalogue', () => {
    const { status, output } = buildWith(
      'docs/huong-dan/thu-cite.mdx',
      '---\ntitle: Thử\ndescription: Thử.\n---\n\nimport Cite from \'~/components/Cite.astro\';\n\nTheo <Cite id="khong-co-van-ban" />.\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('<Cite id="khong-co-van-ban">');
    expect(output).toContain('không có văn bản "khong-co-van-ban" trong danh mục');
  });

  it('a report template section tied to an area that does not exist', () => {
    const template = readFileSync(join(projectRoot, 'content/templates/bao-cao-tthc-thang.yaml'), 'utf8');
    expect(template).toContain('area: cai-cach-thu-tuc-hanh-chinh');
    const { status, output } = buildWith(
      'templates/bao-cao-tthc-thang.yaml',
      template.replace('area: cai-cach-thu-tuc-hanh-chinh', 'area: cai-cach-thu-tuc'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('bao-cao-tthc-thang.yaml: sections.area: không có lĩnh vực "cai-cach-thu-tuc"');
  });

  it('a guidance page presenting an expired document as current (areas: test/unit/citations.test.ts)', () => {
    const page = buildWith(
      'docs/huong-dan/thu-cite.mdx',
      '---\ntitle: Thử\ndescription: Thử.\n---\n\nimport Cite from \'~/components/Cite.astro\';\n\nTự chủ kinh phí theo <Cite id="130-2005-nd-cp" />.\n',
    );
    expect(page.status).not.toBe(0);
    expect(page.output).toContain(
      '/huong-dan/thu-cite/: <Cite id="130-2005-nd-cp">: văn bản đã hết hiệu lực được dẫn như căn cứ hiện hành',
    );
  });
});
