/**
 * Drafts saved before the Biểu 06 figure set (format 1: fixtures/v1, taken from the site of that day) open with
 * today's code with nothing lost: every figure under its new id, every other value unchanged, no figure the
 * template does not know, and the rates they printed then still printed now.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDraftFile } from '../../../src/lib/drafts/import.ts';
import { migrateDraft } from '../../../src/lib/drafts/migrate.ts';
import { draftSchema, type Draft } from '../../../src/schemas/draft.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { templates } from '../../support/fixtures.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'v1');
const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
const drafts = files.filter((f) => !f.startsWith('localstorage-'));

/** Every number in a value map, sorted: what the user typed, whatever the ids. */
const numbers = (values: Record<string, unknown>) =>
  Object.values(values)
    .flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v) : Array.isArray(v) ? v.flatMap(Object.values) : []))
    .filter((x): x is number => typeof x === 'number')
    .sort((a, b) => a - b);
const texts = (values: Record<string, unknown>) => JSON.stringify(Object.entries(values).filter(([, v]) => typeof v === 'string'));

function open(file: string): { before: Record<string, unknown>; after: Draft } {
  const text = readFileSync(join(DIR, file), 'utf8');
  const before = JSON.parse(text) as { version: number; kind: string; values: Record<string, unknown> };
  expect(before.version).toBe(1);
  const r = parseDraftFile(text, before.kind);
  if (!r.ok) throw new Error(`${file}: ${r.error}`);
  expect(r.migratedFrom).toBe(1);
  return { before: before.values, after: r.draft };
}

function checkNothingLost(before: Record<string, unknown>, after: Draft) {
  expect(numbers(after.values)).toEqual(numbers(before));
  expect(texts(after.values)).toEqual(texts(before));
  expect(Object.keys(after.values).sort()).toEqual(Object.keys(before).sort());
  const ev = evaluate(templates.get(after.kind)!, after, CATALOGUE);
  expect(ev.issues.filter((i) => /^(unknown|shape|typed-computed):/.test(i.key)).map((i) => i.message)).toEqual([]);
  return ev;
}

describe('drafts of format 1 (saved before the Biểu 06 figure set)', () => {
  it.each(drafts)('%s opens, migrated, with every value kept', (file) => {
    const { before, after } = open(file);
    checkNothingLost(before, after);
  });

  it('the periodic draft typed in the builder keeps its figures and the rates it printed', () => {
    const { after } = open('exported-bao-cao-cchc-dinh-ky.json');
    const k = 'ket-qua/cai-cach-tthc:giai-quyet';
    expect(after.values[k]).toEqual({
      'tong-nhan': 4133,
      'tong-da-giai-quyet': 4128,
      'da-truoc-han': 1200,
      'da-dung-han': 2920,
      'da-qua-han': 8,
      'tong-dang-giai-quyet': 5,
    });
    const doc = buildDocument(templates.get(after.kind)!, after, CATALOGUE)
      .body.flatMap((b) => (b.type === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
      .join('\n');
    // Printed by format 1: (1.200 + 2.920) ÷ 4.128 = 99,806…% → 99,81%; 4.128 ÷ 4.133 = 99,879…% → 99,88%.
    // Now over the files due: 4.128 settled + 0 pending overdue (left empty) = 4.128, the same figures.
    expect(doc).toContain('tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,81%');
    expect(doc).toContain('tỷ lệ hồ sơ đã giải quyết đạt 99,88% số hồ sơ nhận giải quyết');
    expect(doc).toContain('tỷ lệ hồ sơ quá hạn 0,19%');
  });

  it('the self-inspection and review drafts keep online and in-person receipts', () => {
    expect(open('exported-bao-cao-tu-kiem-tra.json').after.values['ket-qua/cai-cach-tthc:giai-quyet']).toMatchObject({
      'tong-nhan': 1660,
      'moi-truc-tuyen': 177,
      'da-dung-han': 1656,
    });
    expect(
      open('exported-bao-cao-so-ket-tong-ket.json').after.values['ket-qua-thuc-hien/linh-vuc/cai-cach-tthc/ket-qua:giai-quyet'],
    ).toEqual({
      'tong-nhan': 12450,
      'moi-truc-tuyen': 9870,
      'moi-truc-tiep': 2580,
      'tong-da-giai-quyet': 12401,
      'da-truoc-han': 3100,
      'da-dung-han': 9250,
      'da-qua-han': 51,
      'tong-dang-giai-quyet': 49,
    });
  });

  it.each(files.filter((f) => f.startsWith('localstorage-')))('%s: the drafts the builder stored migrate the same way', (file) => {
    const storage = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, string>;
    const records = Object.entries(storage).filter(([k]) => k.startsWith('cchc:v1:draft:'));
    expect(records.length).toBeGreaterThan(0);
    for (const [, record] of records) {
      const { rev, draft } = JSON.parse(record) as { rev: number; draft: { version: number; values: Record<string, unknown> } };
      expect(rev).toBeGreaterThan(0);
      expect(draft.version).toBe(1);
      const after = draftSchema.parse(migrateDraft(draft));
      checkNothingLost(draft.values, after);
    }
  });

  it('never overwrites a figure already under its new id with an old one', () => {
    const d = JSON.parse(readFileSync(join(DIR, 'exported-bao-cao-tu-kiem-tra.json'), 'utf8'));
    d.values['ket-qua/cai-cach-tthc:giai-quyet']['tong-nhan'] = 1700;
    const after = migrateDraft(d) as Draft;
    expect(after.values['ket-qua/cai-cach-tthc:giai-quyet']).toMatchObject({ 'tong-nhan': 1700 });
  });
});
