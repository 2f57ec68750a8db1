/**
 * Report kinds as data: every template in content/templates and every example in content/examples
 * parses with the schemas, uses only known area slugs and catalogue ids, fills only blocks its template
 * has, and renders to a .docx that passes the Decree 30 checker.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { checkNd30 as check } from '../../support/nd30.ts';
import { templateSchema, type ReportTemplate, type SectionTemplate } from '../../../src/schemas/template.ts';
import { draftSchema, type Draft } from '../../../src/schemas/draft.ts';
import { ROOT, formatZodIssues, loadCatalogue } from '../../../src/lib/report/load.ts';
import { allBlockKeys, resolveSections } from '../../../src/lib/report/walk.ts';
import { valueShapeOk } from '../../../src/lib/report/values.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { renderDocx } from '../../../src/lib/docx/render.ts';

const CONTENT = join(ROOT, 'content');
const AREAS = new Set(
  readdirSync(join(CONTENT, 'areas'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, '')),
);
/** The kinds this suite was written for; every other template and example is checked too. */
const KINDS = [
  'bao-cao-tu-kiem-tra',
  'thong-bao-ket-luan-kiem-tra',
  'bao-cao-so-ket-tong-ket',
  'ke-hoach-cchc-nam',
  'ke-hoach-tu-kiem-tra',
];

const catalogueDir = join(CONTENT, 'catalogue');
const catalogueIds = new Set(
  existsSync(catalogueDir)
    ? readdirSync(catalogueDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.ya?ml$/, ''))
    : [],
);
const catalogue = loadCatalogue();

const templateFiles = readdirSync(join(CONTENT, 'templates'))
  .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
  .sort();
const exampleFiles = readdirSync(join(CONTENT, 'examples'))
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .sort();

const rawTemplates = new Map(
  templateFiles.map((f) => [f.replace(/\.ya?ml$/, ''), parseYaml(readFileSync(join(CONTENT, 'templates', f), 'utf8')) as unknown]),
);
const rawExamples = new Map(
  exampleFiles.map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(CONTENT, 'examples', f), 'utf8')) as unknown]),
);

function parsedTemplate(id: string): ReportTemplate {
  const r = templateSchema.safeParse(rawTemplates.get(id));
  if (!r.success) throw new Error(`content/templates/${id}.yaml:\n${formatZodIssues(r.error).join('\n')}`);
  return { ...r.data, id };
}
function parsedExample(id: string): Draft {
  const r = draftSchema.safeParse(rawExamples.get(id));
  if (!r.success) throw new Error(`content/examples/${id}.json:\n${formatZodIssues(r.error).join('\n')}`);
  return r.data;
}

/** Every string in a parsed value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}
/**
 * Paths whose value is null. In a template this is almost always a YAML flow mapping cut by a comma:
 * `{ label: Tồn tại, hạn chế }` reads as label "Tồn tại" plus a key " hạn chế" with no value.
 */
function nulls(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulls(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nulls(v, path ? `${path}.${k}` : k));
  return [];
}
function walkSections(list: SectionTemplate[], f: (s: SectionTemplate) => void) {
  for (const s of list) {
    f(s);
    walkSections(s.children, f);
  }
}
const citations = (text: string) => [...text.matchAll(/\[\[([a-z0-9-]{1,80})\]\]/g)].map((m) => m[1]);

describe('report kinds: templates', () => {
  it('has a template for each of the five kinds', () => {
    for (const k of KINDS) expect(rawTemplates.has(k), k).toBe(true);
  });

  it.each(templateFiles.map((f) => f.replace(/\.ya?ml$/, '')))('%s parses, with no value cut off by a YAML comma', (id) => {
    expect(nulls(rawTemplates.get(id))).toEqual([]);
    const t = parsedTemplate(id);
    expect(t.guide).toBe(id);
  });

  it.each(templateFiles.map((f) => f.replace(/\.ya?ml$/, '')))('%s: areas, target sources and citations exist; text is NFC', (id) => {
    const t = parsedTemplate(id);
    const problems: string[] = [];
    walkSections(t.sections, (s) => {
      if (s.area && !AREAS.has(s.area)) problems.push(`section ${s.id}: unknown area "${s.area}"`);
      for (const b of s.blocks)
        if (b.kind === 'indicators')
          for (const f of b.fields)
            if (f.target && !catalogueIds.has(f.target.source))
              problems.push(`${s.id}:${b.id}.${f.id}: target.source "${f.target.source}" not in content/catalogue`);
    });
    for (const [path, text] of strings(rawTemplates.get(id))) {
      if (text !== text.normalize('NFC')) problems.push(`${path}: not NFC`);
      for (const c of citations(text)) if (!catalogueIds.has(c)) problems.push(`${path}: [[${c}]] not in content/catalogue`);
    }
    expect(problems).toEqual([]);
  });

  it('section ids are unique among siblings and block ids within a section', () => {
    const problems: string[] = [];
    for (const id of rawTemplates.keys()) {
      const t = parsedTemplate(id);
      const siblings = (list: SectionTemplate[], where: string) => {
        const seen = new Set<string>();
        for (const s of list) {
          if (seen.has(s.id)) problems.push(`${id}: ${where}/${s.id} twice`);
          seen.add(s.id);
          const blocks = new Set<string>();
          for (const b of s.blocks) {
            if (blocks.has(b.id)) problems.push(`${id}: ${s.id}:${b.id} twice`);
            blocks.add(b.id);
          }
          siblings(s.children, `${where}/${s.id}`);
        }
      };
      siblings(t.sections, '');
    }
    expect(problems).toEqual([]);
  });
});

describe('report kinds: examples', () => {
  it('has an example for each of the five kinds', () => {
    for (const k of KINDS) expect(rawExamples.has(k), k).toBe(true);
  });

  it.each(exampleFiles.map((f) => f.replace(/\.json$/, '')))('%s parses, names its kind, fills only its template’s blocks', (id) => {
    const d = parsedExample(id);
    expect(d.kind).toBe(id);
    expect(rawTemplates.has(d.kind), `no template for kind "${d.kind}"`).toBe(true);
    const t = parsedTemplate(d.kind);
    const resolved = resolveSections(t, d);
    const keys = new Set(allBlockKeys(resolved));
    const stray = Object.keys(d.values).filter((k) => !keys.has(k));
    expect(stray, 'values keyed to blocks the template does not have').toEqual([]);
    const blocks = new Map<string, Parameters<typeof valueShapeOk>[0]>();
    const collect = (list: typeof resolved) =>
      list.forEach((s) => (s.blocks.forEach((b) => blocks.set(b.key, b.block)), collect(s.children)));
    collect(resolved);
    const badShape = Object.entries(d.values)
      .filter(([k, v]) => !valueShapeOk(blocks.get(k)!, v))
      .map(([k]) => k);
    expect(badShape, 'values of the wrong shape for their block').toEqual([]);
  });

  it.each(exampleFiles.map((f) => f.replace(/\.json$/, '')))('%s: text is NFC and citations exist', (id) => {
    const problems: string[] = [];
    for (const [path, text] of strings(rawExamples.get(id))) {
      if (text !== text.normalize('NFC')) problems.push(`${path}: not NFC`);
      for (const c of citations(text)) if (!catalogueIds.has(c)) problems.push(`${path}: [[${c}]] not in content/catalogue`);
    }
    expect(problems).toEqual([]);
  });
});

describe('report kinds: rendering', () => {
  const dir = join(tmpdir(), 'cam-nang-kinds-test');
  mkdirSync(dir, { recursive: true });

  it.each(exampleFiles.map((f) => f.replace(/\.json$/, '')))('%s renders and passes check-nd30 with 0 failures', async (id) => {
    const d = parsedExample(id);
    const t = parsedTemplate(d.kind);
    const ev = evaluate(t, d, catalogue);
    expect(ev.issues.filter((i) => i.blocking).map((i) => i.message)).toEqual([]);
    const bytes = await renderDocx(buildDocument(t, d, catalogue, { evaluation: ev }));
    const file = join(dir, `${id}.docx`);
    writeFileSync(file, bytes);
    const failed = (check(file) as { id: string; ok: boolean; detail: string }[]).filter((r) => !r.ok);
    expect(failed).toEqual([]);
  });

  it('the self-check example keeps seed 000’s figures and the engine flags 1.660 ≠ 1.656 + 3', () => {
    const d = parsedExample('bao-cao-tu-kiem-tra');
    const ev = evaluate(parsedTemplate('bao-cao-tu-kiem-tra'), d, catalogue);
    const errors = ev.issues.filter((i) => i.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toBe('ket-qua/cai-cach-tthc:giai-quyet.tiep-nhan');
    expect(errors[0].message).toContain('1.660');
    expect(errors[0].message).toContain('1.659');
    expect(d.name).toMatch(/1\.660/);
  });

  it.each(KINDS.filter((k) => k !== 'bao-cao-tu-kiem-tra'))('%s example has no data errors and no unused citations', (id) => {
    const ev = evaluate(parsedTemplate(id), parsedExample(id), catalogue);
    expect(ev.issues.filter((i) => i.severity === 'error' || i.key.startsWith('prose:')).map((i) => i.message)).toEqual([]);
  });

  it('figures derived by the engine match the seeds', () => {
    const so = evaluate(parsedTemplate('bao-cao-so-ket-tong-ket'), parsedExample('bao-cao-so-ket-tong-ket'), catalogue);
    const tthc = so.figures['ket-qua-thuc-hien/linh-vuc/cai-cach-tthc/ket-qua:giai-quyet'];
    expect(tthc['ty-le-dung-han']).toBeCloseTo((175 / 289) * 100, 6);
    const ns = so.figures['ket-qua-thuc-hien/linh-vuc/cai-cach-tai-chinh-cong/ket-qua:ngan-sach'];
    expect(ns['ty-le-giai-ngan']).toBeCloseTo(50, 6);
    const rows = so.tables['ket-qua-thuc-hien/chi-tieu:bang-chi-tieu'];
    expect(rows.map((r) => (r['ty-le'] == null ? null : Math.round(r['ty-le'])))).toEqual([null, 100, 133, 111]);

    const tb = parsedExample('thong-bao-ket-luan-kiem-tra');
    expect(tb.instances['don-vi'].map((i) => i.name)).toEqual(['UBND xã Bình Thạnh', 'UBND huyện Cao Lãnh']);
    expect(tb.signature).toMatchObject({ authority: ['TRƯỞNG ĐOÀN'], title: 'GIÁM ĐỐC SỞ NỘI VỤ', name: 'Phan Hữu Phước' });
  });
});
