import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../../src/data/load.ts';
import { failures, runChecker } from '../../support/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
const example = JSON.parse(readFileSync(join(ROOT, 'content/examples/bao-cao-tthc-thang.json'), 'utf8'));
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/render.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const write = (name: string, content: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};

// Each test starts a Node process: give it time on a busy machine.
describe('npm run render', { timeout: 30_000 }, () => {
  it('renders a valid draft to a .docx that passes the checker', () => {
    const out = join(dir, 'ok.docx');
    const r = cli([write('ok.json', example), '-o', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Đã ghi');
    expect(failures(runChecker(out))).toEqual([]);
  });
  it('prints warnings and data errors but still renders', () => {
    const d = structuredClone(example);
    d.values['ket-qua/pakn:so-lieu'] = { 'tiep-nhan': 5, 'dung-han': 1, 'qua-han': 0, 'dang-xu-ly': 1 };
    const out = join(dir, 'warn.docx');
    const r = cli([write('warn.json', d), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('LỖI: Tổng số PAKN đã tiếp nhận (5) khác tổng');
    expect(existsSync(out)).toBe(true);
  });
  it('fails on a missing file', () => {
    const r = cli([join(dir, 'khong-co.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('không tìm thấy tệp');
  });
  it('fails on bad JSON', () => {
    const r = cli([write('bad.json', '{"format": ')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('JSON không hợp lệ');
  });
  it('names the fields of schema errors', () => {
    const d = structuredClone(example);
    d.header.period.kind = 'tuan';
    delete d.signature.title;
    d.values['x'] = 12;
    const r = cli([write('schema.json', d)]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('trường header.period.kind: giá trị không hợp lệ');
    expect(r.err).toContain('trường signature.title: thiếu trường bắt buộc');
    expect(r.err).toContain('trường values.x');
  });
  it('fails on an unknown kind and lists the known ones', () => {
    const r = cli([write('kind.json', { ...example, kind: 'bao-cao-la' })]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('loại báo cáo "bao-cao-la" không có mẫu');
    expect(r.err).toContain('bao-cao-tthc-thang');
  });
  it('refuses blocking problems (no signer name) without writing a file', () => {
    const out = join(dir, 'blocked.docx');
    const r = cli([write('blocked.json', { ...example, signature: { ...example.signature, name: '' } }), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Chưa nhập họ tên người ký');
    expect(existsSync(out)).toBe(false);
  });
  it('prints usage without arguments', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Cách dùng');
  });
});

process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
