/**
 * Every legal citation the site shows or prints, with its status on the day of the build: guidance (<Cite> in MDX),
 * area basis lists, targets, and [[id]] citations in report templates. A replaced or expired document presented as
 * today's basis fails; so does a citation typed by hand into a template or example instead of [[id]].
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { areaSchema } from '../../../src/schemas/area.ts';
import { CONTENT, ROOT, loadCatalogue, loadExamples, loadTemplates } from '../../../src/data/load.ts';
import { citationProblem, isCurrentStatus, statusOn, today } from '../../../src/lib/catalogue/status.ts';
import { bracketCitations, citeTags, typedCitations } from '../../../src/lib/catalogue/usage.ts';
import { statusLabels } from '../../../src/lib/catalogue/citation.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import type { DocBlock, ReportDocument } from '../../../src/lib/document/model.ts';
import type { DocumentStatus } from '../../../src/schemas/catalogue.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const rel = (path: string) => relative(ROOT, path);

const catalogue = loadCatalogue();
const byId = new Map(catalogue.map((e) => [e.id, e]));
const date = today();
const templates = loadTemplates();

type Use = { file: string; id: string; as: 'căn cứ hiện hành' | 'lịch sử' | 'chỉ tiêu' | 'in trong báo cáo'; historical: boolean };

function uses(): Use[] {
  const out: Use[] = [];
  for (const file of walk(join(CONTENT, 'docs')).filter((f) => f.endsWith('.mdx')))
    for (const c of citeTags(readFileSync(file, 'utf8')))
      out.push({ file: rel(file), id: c.id, as: c.historical ? 'lịch sử' : 'căn cứ hiện hành', historical: c.historical });
  for (const file of walk(join(CONTENT, 'areas')).filter((f) => f.endsWith('.yaml'))) {
    const area = areaSchema.parse(parseYaml(readFileSync(file, 'utf8')));
    for (const id of area.documents) out.push({ file: rel(file), id, as: 'căn cứ hiện hành', historical: false });
    for (const id of area.historical) out.push({ file: rel(file), id, as: 'lịch sử', historical: true });
    for (const c of area.checklist) if (c.target) out.push({ file: rel(file), id: c.target.source, as: 'chỉ tiêu', historical: false });
  }
  for (const [id, t] of templates) {
    const file = `content/templates/${id}.yaml`;
    for (const cited of bracketCitations(JSON.stringify(t))) out.push({ file, id: cited, as: 'in trong báo cáo', historical: false });
    const targets = (s: (typeof t.sections)[number]): string[] => [
      ...s.blocks.flatMap((b) => (b.kind === 'indicators' ? b.fields.flatMap((f) => (f.target ? [f.target.source] : [])) : [])),
      ...s.children.flatMap(targets),
    ];
    for (const source of t.sections.flatMap(targets)) out.push({ file, id: source, as: 'chỉ tiêu', historical: false });
  }
  return out;
}

/** Targets and printed citations need a document known to be in force; guidance flags an unverified one instead. */
function problem(u: Use, status: DocumentStatus): string | undefined {
  if ((u.as === 'chỉ tiêu' || u.as === 'in trong báo cáo') && !isCurrentStatus(status))
    return `${u.as} cần văn bản đang có hiệu lực, văn bản này: ${statusLabels[status].toLocaleLowerCase('vi')}`;
  return citationProblem(status, u.historical);
}

describe('citations and their status on the day of the build', () => {
  const all = uses();

  it('finds the citations of every guidance page, area and template', () => {
    const dirs = new Set(all.map((u) => u.file.split('/')[1]));
    expect(['docs', 'areas', 'templates'].filter((d) => !dirs.has(d))).toEqual([]);
    expect(all.length).toBeGreaterThan(100);
  });

  it('lists every citation with its status, and none presents a replaced or expired document as current', () => {
    const rows = all.map((u) => {
      const entry = byId.get(u.id);
      const status = entry ? statusOn(entry, date) : undefined;
      return { ...u, status, problem: !entry ? 'không có trong danh mục' : problem(u, status!) };
    });
    const table = [
      `# Trích dẫn trong nội dung, tình trạng ngày ${date}`,
      '',
      '| tệp | văn bản | dùng như | tình trạng | lỗi |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.file} | ${r.id} | ${r.as} | ${r.status ? statusLabels[r.status] : '—'} | ${r.problem ?? ''} |`),
    ].join('\n');
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    writeFileSync(join(ROOT, 'test-output', 'citations.md'), table + '\n');
    const bad = rows.filter((r) => r.problem).map((r) => `${r.file}: ${r.id} (${r.as}): ${r.problem}`);
    expect(bad, `xem test-output/citations.md`).toEqual([]);
  });

  it('would fail a guidance page that presents an expired document as current', () => {
    const expired = catalogue.find((e) => statusOn(e, date) === 'expired')!;
    expect(problem({ file: 'x.mdx', id: expired.id, as: 'căn cứ hiện hành', historical: false }, 'expired')).toMatch(/historical/);
    expect(problem({ file: 'x.mdx', id: expired.id, as: 'lịch sử', historical: true }, 'expired')).toBeUndefined();
    expect(problem({ file: 't.yaml', id: expired.id, as: 'chỉ tiêu', historical: false }, 'unknown')).toMatch(/đang có hiệu lực/);
  });
});

describe('templates and examples cite through the catalogue', () => {
  const files = [...walk(join(CONTENT, 'templates')), ...walk(join(CONTENT, 'examples'))].filter((f) => /\.(ya?ml|json)$/.test(f));

  it('the typed-citation pattern catches national documents and leaves local ones and [[id]] alone', () => {
    expect(typedCitations('theo Quyết định số 1085/QĐ-TTg ngày 15 tháng 9 năm 2022')).toEqual(['1085/QĐ-TTg']);
    expect(typedCitations('Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP')).toEqual(['61/2018/NĐ-CP', '01/2018/TT-VPCP']);
    expect(typedCitations('Nghị quyết số 01/NQ-CP; Quyết định 876/QĐ-BNV; Chỉ thị 23/CT-TTg; Luật số 80/2025/QH15')).toHaveLength(4);
    expect(typedCitations('Quyết định số 17/QĐ-UBND, Kế hoạch số 20/KH-UBND, Nghị quyết số 35/2022/NQ-HĐND')).toEqual([]);
    expect(typedCitations('theo [[61-2018-nd-cp]]')).toEqual([]);
  });

  it.each(files.map((f) => rel(f)))('%s types no legal citation by hand', (file) => {
    expect(typedCitations(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});

/** All text of a built document, in reading order. */
function documentText(doc: ReportDocument): string {
  const block = (b: DocBlock): string[] =>
    b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : b.type === 'heading' ? [b.text] : b.rows.flat().map((c) => c.text);
  return [doc.title, ...doc.body.flatMap(block), ...doc.footnotes].join('\n');
}

describe('[[id]] prints the standard citation wherever a template or draft holds printable text', () => {
  const tpl = templates.get('bao-cao-cchc-dinh-ky')!;
  const cite = '[[76-nq-cp]]';
  const full = 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước';

  it('in defaults.basis, defaults.closing, block intros, prose, assessments and footnotes', () => {
    const t = structuredClone(tpl);
    t.defaults.basis = `Căn cứ ${cite}; báo cáo như sau:`;
    t.defaults.closing = `Trên đây là báo cáo theo ${cite}`;
    const blocks = t.sections.flatMap(function all(s): (typeof s)[] {
      return [s, ...s.children.flatMap(all)];
    });
    const indicators = blocks.flatMap((s) => s.blocks).find((b) => b.kind === 'indicators')!;
    if (indicators.kind !== 'indicators') throw new Error('no indicators block');
    indicators.intro = `Theo ${cite}:`;
    const example = structuredClone(loadExamples().find((e) => e.draft.kind === tpl.id)!.draft);
    example.header.basis = '';
    example.closing = '';
    const prose = Object.keys(example.values).find((k) => typeof example.values[k] === 'string')!;
    example.values[prose] = `Thực hiện ${cite}.[^a]\n[^a]: Xem ${cite}.`;
    const assessment = Object.keys(example.values).find((k) => (example.values[k] as { good?: string } | null)?.good !== undefined)!;
    example.values[assessment] = { good: `- Bám sát ${cite}.`, limits: '', proposals: '' };
    const doc = buildDocument(t, example, catalogue);
    const text = documentText(doc);
    expect(text).not.toContain('[[');
    expect(text).toContain(full);
    expect(text).toContain('Theo Nghị quyết số 76/NQ-CP:');
    expect(doc.footnotes.join(' ')).toContain('Xem Nghị quyết số 76/NQ-CP');
    expect(text).toContain('- Bám sát Nghị quyết số 76/NQ-CP.');
  });

  it.each([...templates.keys()])('%s and its example print no unexpanded [[…]]', (id) => {
    const example = loadExamples().find((e) => e.draft.kind === id)!.draft;
    expect(documentText(buildDocument(templates.get(id)!, example, catalogue))).not.toMatch(/\[\[/);
  });
});
