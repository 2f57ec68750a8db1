/**
 * Loading templates and example drafts outside Astro (CLI, tests, benchmark). Node only: the core
 * (evaluate, build, render) never touches the file system, so the browser can use it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { ReportTemplate } from '../schemas/template.ts';
import { templateSchema } from './template-schema.ts';
import { draftSchema, type Draft } from '../schemas/draft.ts';
import { catalogueEntrySchema, type CatalogueEntry } from '../schemas/catalogue.ts';
import { criteriaSetSchema, type CriteriaSet } from '../schemas/criteria.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CONTENT = join(ROOT, 'content');

/** A load failure whose message names the file and the fields, in Vietnamese. */
export class LoadError extends Error {
  file: string;
  problems: string[];
  constructor(file: string, problems: string[]) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LoadError';
    this.file = file;
    this.problems = problems;
  }
}

/** "sections.2.children.0.blocks.1.fields.3.id: chỉ gồm chữ thường …" */
export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => {
    const path = i.path.length ? i.path.map(String).join('.') : '(gốc)';
    return `trường ${path}: ${translateZodMessage(i)}`;
  });
}

function translateZodMessage(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return i.input === undefined
        ? `thiếu trường bắt buộc (cần ${typeName(i.expected)})`
        : `sai kiểu dữ liệu (cần ${typeName(i.expected)})`;
    case 'invalid_value':
      return `giá trị không hợp lệ, chỉ được là: ${i.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return i.origin === 'array'
        ? `cần ít nhất ${i.minimum} mục`
        : i.origin === 'string'
          ? `không được để trống`
          : `phải lớn hơn hoặc bằng ${i.minimum}`;
    case 'too_big':
      return i.origin === 'array'
        ? `nhiều nhất ${i.maximum} mục`
        : i.origin === 'string'
          ? `quá dài (tối đa ${i.maximum} ký tự)`
          : `phải nhỏ hơn hoặc bằng ${i.maximum}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${i.keys.join(', ')}`;
    case 'invalid_union':
      return 'không khớp với dạng dữ liệu nào được phép';
    case 'invalid_format':
      return `không đúng định dạng (${i.format})`;
    default:
      return /[àáảãạăâđèéêìíòóôơùúưỳý]/i.test(i.message) ? i.message : `không hợp lệ (${i.message})`;
  }
}
const typeName = (t: string) =>
  ({ string: 'chuỗi ký tự', number: 'số', boolean: 'đúng/sai', array: 'danh sách', object: 'đối tượng', int: 'số nguyên' })[t] ?? t;

function readText(file: string): string {
  if (!existsSync(file)) throw new LoadError(file, ['không tìm thấy tệp']);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new LoadError(file, [`không đọc được tệp (${(e as Error).message})`]);
  }
}

/** A YAML file's data, or a LoadError naming the file when it cannot be read or is not YAML. */
function readYaml(file: string): unknown {
  try {
    return parseYaml(readText(file));
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError(file, [`YAML không hợp lệ: ${(e as Error).message.split('\n')[0]}`]);
  }
}

/** Data checked by `schema`, with its id (the file's name); a LoadError listing every field the schema refuses. */
function parseWith<T>(schema: z.ZodType<T, unknown>, id: string, data: unknown, file: string): T & { id: string } {
  const r = schema.safeParse(data);
  if (!r.success) throw new LoadError(file, formatZodIssues(r.error));
  return { ...r.data, id };
}

/** Every YAML file of a content folder (not those whose name starts with "_"), in name order; [] when it has none. */
function loadYamlDir<T>(dir: string, schema: z.ZodType<T, unknown>): (T & { id: string })[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => parseWith(schema, f.replace(/\.ya?ml$/, ''), readYaml(join(dir, f)), join(dir, f)));
}

export const parseTemplate = (id: string, data: unknown, file = `content/templates/${id}.yaml`): ReportTemplate =>
  parseWith(templateSchema, id, data, file);

export const loadTemplates = (dir = join(CONTENT, 'templates')): Map<string, ReportTemplate> =>
  new Map(loadYamlDir(dir, templateSchema).map((t) => [t.id, t]));

/** Validates parsed JSON as a draft; errors list field paths. */
export function parseDraft(data: unknown, file = 'bản nháp'): Draft {
  const r = draftSchema.safeParse(data);
  if (!r.success) throw new LoadError(file, formatZodIssues(r.error));
  return r.data;
}

export function loadDraft(file: string): Draft {
  const text = readText(file);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new LoadError(file, [`JSON không hợp lệ: ${(e as Error).message}`]);
  }
  return parseDraft(data, file);
}

export function loadExamples(dir = join(CONTENT, 'examples')): { file: string; draft: Draft }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => ({ file: join(dir, f), draft: loadDraft(join(dir, f)) }));
}

/** The legal catalogue, when it exists in this checkout (content/catalogue/*.yaml); [] otherwise. */
export const loadCatalogue = (dir = join(CONTENT, 'catalogue')): CatalogueEntry[] => loadYamlDir(dir, catalogueEntrySchema);

/** The criteria sets of the CCHC index (content/criteria/*.yaml). */
export const loadCriteriaSets = (dir = join(CONTENT, 'criteria')): CriteriaSet[] => loadYamlDir(dir, criteriaSetSchema);
