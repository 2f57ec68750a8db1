import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { areaSchema } from '../../../src/schemas/area.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const contentDir = join(root, 'content');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const rel = (path: string) => relative(root, path);
const textFiles = walk(contentDir).filter((f) => /\.(ya?ml|mdx?)$/.test(f));
const read = (path: string) => readFileSync(path, 'utf8');

/** The slugs other parts of the site link to. */
const areaSlugs = [
  'chi-dao-dieu-hanh',
  'cai-cach-the-che',
  'cai-cach-thu-tuc-hanh-chinh',
  'cai-cach-to-chuc-bo-may',
  'cai-cach-che-do-cong-vu',
  'cai-cach-tai-chinh-cong',
  'chinh-phu-dien-tu-chinh-phu-so',
  'danh-gia-do-luong',
];

/** Report kinds (content/templates), each with a guide `content/docs/huong-dan/<kind>.mdx` and a builder `/lap-bao-cao/<kind>/`. */
const reportKinds = readdirSync(join(contentDir, 'templates'))
  .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
  .map((f) => f.replace(/\.ya?ml$/, ''));

/** Common mistakes: Vietnamese typed without diacritics. Matched as whole words, case-insensitively. */
const unaccented = [
  'cai cach',
  'thu tuc',
  'hanh chinh',
  'bao cao',
  'ket qua',
  'kiem tra',
  'van ban',
  'quy dinh',
  'nghi dinh',
  'nghi quyet',
  'thong tu',
  'quyet dinh',
  'ke hoach',
  'ho so',
  'cong vu',
  'chinh quyen',
  'giai quyet',
  'tiep nhan',
  'truc tuyen',
  'nguoi dan',
  'uy ban',
  'nhan dan',
  'can bo',
  'cong chuc',
  'thong bao',
  'dich vu',
  'chi tieu',
  'han che',
  'linh vuc',
  'to chuc',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unaccentedRe = new RegExp(`(?<![\\p{L}\\p{N}])(${unaccented.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

const frontmatterRe = /^---\n([\s\S]*?)\n---\n?/;

/** The text a reader sees, with code, imports, tags, URLs and link targets removed. */
export function mdxProse(source: string): string {
  let text = source;
  const fm = frontmatterRe.exec(text);
  let head = '';
  if (fm) {
    const data = parseYaml(fm[1]) as Record<string, unknown>;
    head = [data.title, data.description].filter((v) => typeof v === 'string').join('\n');
    text = text.slice(fm[0].length);
  }
  text = text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
  return `${head}\n${text}`;
}

/** Every string value of a YAML document except ids (catalogue slugs). */
function yamlProse(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return ['documents', 'source', 'id', 'replacedBy', 'replaces', 'amends', 'amendedBy', 'url'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => yamlProse(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => yamlProse(v, k));
  return [];
}

describe('content text', () => {
  it('finds content files and report kinds', () => {
    expect(textFiles.length).toBeGreaterThan(0);
    expect(reportKinds.length).toBeGreaterThan(0);
  });

  it('every content file is Unicode NFC', () => {
    const bad = textFiles.filter((f) => {
      const s = read(f);
      return s !== s.normalize('NFC');
    });
    expect(bad.map(rel)).toEqual([]);
  });

  it('prose has no common Vietnamese words typed without diacritics', () => {
    const problems: string[] = [];
    for (const file of textFiles) {
      const source = read(file);
      const prose = /\.mdx?$/.test(file) ? mdxProse(source) : yamlProse(parseYaml(source)).join('\n');
      for (const match of prose.matchAll(unaccentedRe)) problems.push(`${rel(file)}: "${match[0]}"`);
    }
    expect(problems).toEqual([]);
  });

  it('the spelling check catches unaccented words but not slugs, imports or URLs', () => {
    const prose = mdxProse(
      [
        '---',
        'title: Bao cao',
        '---',
        "import Cite from '~/components/Cite.astro';",
        'Xem [mục này](../../linh-vuc/cai-cach-the-che/) và <AreaFacts id="cai-cach-the-che" />.',
        'Ket qua kiem tra https://example.com/bao-cao van ban',
      ].join('\n'),
    );
    const found = [...prose.matchAll(unaccentedRe)].map((m) => m[0].toLowerCase());
    expect(found).toEqual(['bao cao', 'ket qua', 'kiem tra', 'van ban']);
  });
});

describe('areas', () => {
  const areaDir = join(contentDir, 'areas');
  const pageDir = join(contentDir, 'docs', 'linh-vuc');

  it('there is exactly one data file per area slug, numbered 1–8 in order', () => {
    const files = walk(areaDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(areaDir.length + 1, -5))
      .sort();
    expect(files).toEqual([...areaSlugs].sort());
    for (const [i, slug] of areaSlugs.entries()) {
      const data = areaSchema.parse(parseYaml(read(join(areaDir, `${slug}.yaml`))));
      expect(data.order, slug).toBe(i + 1);
    }
  });

  it.each(areaSlugs)('%s.yaml parses with the area schema', (slug) => {
    const result = areaSchema.safeParse(parseYaml(read(join(areaDir, `${slug}.yaml`))));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(areaSlugs)('%s has a page with its own <AreaFacts> and at least one <Cite>', (slug) => {
    const path = join(pageDir, `${slug}.mdx`);
    expect(existsSync(path), rel(path)).toBe(true);
    const page = read(path);
    expect(page).toContain(`<AreaFacts id="${slug}"`);
    expect(page).toMatch(/<Cite\s+id="[a-z0-9-]+"/);
    const data = areaSchema.parse(parseYaml(read(join(areaDir, `${slug}.yaml`))));
    expect(parseYaml(frontmatterRe.exec(page)![1]).title).toBe(data.name);
  });
});

describe('guides', () => {
  const guideDir = join(contentDir, 'docs', 'huong-dan');

  it.each(reportKinds)('the guide for %s links to its builder', (kind) => {
    const path = join(guideDir, `${kind}.mdx`);
    expect(existsSync(path), rel(path)).toBe(true);
    expect(read(path)).toContain(`/lap-bao-cao/${kind}/`);
  });

  it('every page has a title, a description and a sidebar order', () => {
    // Files starting with "_" are parts included in pages, not pages (the docs collection skips them too).
    const pages = [...walk(guideDir), ...walk(join(contentDir, 'docs', 'linh-vuc'))].filter(
      (f) => f.endsWith('.mdx') && !/[/\\]_[^/\\]*$/.test(f),
    );
    for (const page of pages) {
      const fm = frontmatterRe.exec(read(page));
      expect(fm, rel(page)).not.toBeNull();
      const data = parseYaml(fm![1]);
      expect(typeof data.title, rel(page)).toBe('string');
      expect(typeof data.description, rel(page)).toBe('string');
      expect(typeof data.sidebar?.order, rel(page)).toBe('number');
    }
  });

  it('internal links are relative, so they work under a base path', () => {
    const pages = walk(join(contentDir, 'docs')).filter((f) => /\.mdx?$/.test(f));
    const absolute = pages.flatMap((page) =>
      [...read(page).matchAll(/\]\((\/[^)]*)\)|href="(\/[^"]*)"|src="(\/[^"]*)"/g)].map((m) => `${rel(page)}: ${m[0]}`),
    );
    expect(absolute).toEqual([]);
  });
});

describe('citations', () => {
  const catalogueDir = join(contentDir, 'catalogue');
  const catalogueIds = new Set(
    walk(catalogueDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(catalogueDir.length + 1, -5)),
  );

  /** Every catalogue id the guidance content uses. */
  function citedIds(): { file: string; id: string }[] {
    const out: { file: string; id: string }[] = [];
    for (const file of walk(join(contentDir, 'docs')).filter((f) => f.endsWith('.mdx')))
      for (const m of read(file).matchAll(/<Cite\s+id="([^"]+)"/g)) out.push({ file: rel(file), id: m[1] });
    for (const file of walk(join(contentDir, 'areas')).filter((f) => f.endsWith('.yaml'))) {
      const data = areaSchema.parse(parseYaml(read(file)));
      for (const id of [...data.documents, ...data.historical]) out.push({ file: rel(file), id });
      for (const item of data.checklist) if (item.target) out.push({ file: rel(file), id: item.target.source });
    }
    return out;
  }

  it('cite ids look like catalogue slugs', () => {
    const bad = citedIds().filter(({ id }) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
    expect(bad).toEqual([]);
  });

  it.runIf(catalogueIds.size > 0)('every cited id exists in the catalogue', () => {
    const missing = citedIds()
      .filter(({ id }) => !catalogueIds.has(id))
      .map(({ file, id }) => `${file}: ${id}`);
    expect([...new Set(missing)]).toEqual([]);
  });
});
