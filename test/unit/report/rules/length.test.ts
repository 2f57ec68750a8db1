/**
 * Paragraph length (src/lib/report/rules/length.ts): a paragraph over 10 000 characters is a warning at its field, one
 * over 100 000 a blocking error; `npm run render` refuses the issue's 5 MB paragraph with a message; the longest
 * paragraph allowed still opens in LibreOffice (under `timeout -k`, so a hung converter cannot outlive the test).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluate } from '../../../../src/lib/report/evaluate.ts';
import { renderBytes } from '../../../support/render.ts';
import { hasSoffice, soffice } from '../../../support/soffice.ts';
import { PARAGRAPH_MAX, PARAGRAPH_WARN } from '../../../../src/lib/report/rules/length.ts';
import { ROOT } from '../../../../src/data/load.ts';
import { CATALOGUE, OUT } from '../../../support/helpers.ts';
import { exampleOf, templates } from '../../../support/fixtures.ts';

const KIND = 'bao-cao-tthc-thang';
const draft = exampleOf(KIND);
const key = Object.keys(draft.values).find((k) => typeof draft.values[k] === 'string')!;
const words = 'Ủy ban nhân dân xã đã tổ chức triển khai thực hiện kế hoạch cải cách hành chính; ';
const paragraph = (n: number) => `${words.repeat(Math.ceil(n / words.length)).slice(0, n - 1)}.`;
const withText = (text: string) => ({ ...draft, values: { ...draft.values, [key]: text } });
const longIssues = (text: string) =>
  evaluate(templates.get(KIND)!, withText(text), CATALOGUE).issues.filter((i) => i.key.startsWith('long-paragraph:'));

describe('paragraph length', () => {
  it('up to 10 000 characters in one paragraph: nothing to say; split into paragraphs, any length is fine', () => {
    expect(longIssues(paragraph(PARAGRAPH_WARN))).toEqual([]);
    expect(longIssues(Array.from({ length: 30 }, () => paragraph(9_000)).join('\n'))).toEqual([]);
  });

  it('over 10 000: a warning at its field, saying to split it', () => {
    const [i, ...rest] = longIssues(paragraph(12_000));
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ field: key, severity: 'warning' });
    expect(i.blocking).toBeUndefined();
    expect(i.message).toMatch(/có một đoạn dài 12\.000 ký tự .* Hãy tách thành nhiều đoạn/);
  });

  it('over 100 000: a blocking error at its field (no .docx is made)', () => {
    const [i, ...rest] = longIssues(`Mở đầu.\n${paragraph(PARAGRAPH_MAX + 1)}\n${paragraph(20_000)}`);
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ field: key, severity: 'error', blocking: true });
    expect(i.message).toMatch(/quá 100\.000 ký tự: Word và LibreOffice mở văn bản như vậy rất chậm hoặc không mở được/);
  });

  it('npm run render refuses the issue’s 5 MB paragraph with a message, and writes nothing', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-long-'));
    const input = join(dir, 'dai.json');
    writeFileSync(input, JSON.stringify(withText(paragraph(5 * 1024 * 1024))));
    const out = join(dir, 'dai.docx');
    const r = spawnSync(process.execPath, [join(ROOT, 'src/cli/render.ts'), input, '-o', out], { encoding: 'utf8', cwd: ROOT });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/LỖI: .*có một đoạn dài 5\.242\.880 ký tự, quá 100\.000 ký tự/);
    expect(r.stderr).toMatch(/Không tạo báo cáo/);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!hasSoffice)('the longest paragraph allowed opens in LibreOffice', { timeout: 150_000 }, async () => {
    const dir = join(OUT, 'long-paragraph');
    mkdirSync(dir, { recursive: true });
    const docx = join(dir, 'doan-100000.docx');
    const text = paragraph(PARAGRAPH_MAX);
    const bytes = await renderBytes(templates.get(KIND)!, withText(text), CATALOGUE);
    writeFileSync(docx, bytes);
    const r = soffice('pdf', dir, [docx], `lo-profile-long-${process.pid}`);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'doan-100000.pdf'))).toBe(true);
  });
});
