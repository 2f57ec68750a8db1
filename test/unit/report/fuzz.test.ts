/**
 * Fuzz: 1200 random drafts (control characters, emoji, combining accents, lone surrogates, 100,000-char
 * fields, negative/huge/NaN/fractional figures, wrong shapes, missing fields). Each must end in a clear
 * validation error (schema issues with field paths, unknown kind, or blocking issues with messages) or in a
 * .docx whose XML parts are well-formed, which passes check-nd30 — run in-process on EVERY rendered
 * file (the checker's exported check()) — and whose embedded draft imports back unchanged. Never a crash.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkNd30Signed } from '../../support/nd30.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { DRAFT_VERSION, draftSchema } from '../../../src/schemas/draft.ts';
import { formatZodIssues } from '../../../src/data/load.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { renderBytes } from '../../support/render.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { templateSections } from '../../../src/lib/report/keys.ts';
import { allBlocks, resolveSections } from '../../../src/lib/report/walk.ts';
import { CATALOGUE, OUT, assertDocxXml } from '../../support/helpers.ts';
import { draftFor, mini, monthly, periodic } from '../../support/fixtures.ts';

const exampleHeader = draftFor('mini').header;

const RUNS = 1200;
const templates = new Map([periodic, monthly, mini].map((t) => [t.id, t]));

// Deterministic PRNG (mulberry32) so a failure can be replayed from its index.
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generator(r: () => number) {
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: T[]): T => xs[int(xs.length)];
  const chance = (p: number) => r() < p;
  const nasty = [
    'Ủy ban nhân dân',
    'phường Hoài Tân',
    'Nguyễn Văn Hiệp',
    'báo cáo',
    'CCHC',
    '- gạch đầu dòng',
    '+ ý con',
    '\n',
    '\n\n',
    ' ',
    '\u0000',
    '\u0007',
    '\u001B',
    '\u000B',
    '\u007F',
    '\u0085',
    '\uFFFE',
    '\uFFFF',
    '\uD800',
    '\uDFFF',
    '\u202E',
    '\u200B',
    '\uFEFF',
    '\u2028',
    '😀',
    '👩‍👩‍👧',
    '🇻🇳',
    'e\u0301',
    'a\u0323\u0302',
    '\u0301',
    'Ư\u0309',
    '<w:t>',
    '&amp;',
    '&',
    '<',
    ']]>',
    '"',
    "'",
    '[^1]',
    '[^1]: chú thích',
    '[^x]',
    '**đậm**',
    '*',
    '**',
    '[[61-2018-nd-cp]]',
    '[[khong-co]]',
    '{ky}',
    '{ten}',
    '{nam}',
    'TM. ỦY BAN NHÂN DÂN',
    'Nơi nhận:',
    'Số: 12/BC-UBND',
    '\t',
    '中文',
    'ß',
    'ǅ',
    'İ',
    '١٢٣',
    'x'.repeat(300),
  ];
  const str = (max = 12): string => {
    if (chance(0.004)) return 'Đoạn rất dài '.repeat(8000).slice(0, 100_000);
    if (chance(0.05)) return '';
    return Array.from({ length: 1 + int(max) }, () => pick(nasty)).join(chance(0.5) ? ' ' : '');
  };
  // One draft in ten also gets figures JSON cannot carry or the schema refuses (NaN, Infinity, "12").
  const breakFigures = chance(0.1);
  // Most figures are whole counts (a draft has dozens, so bad ones are rare); a few are negative, fractional or absurd (each a blocking error on a count).
  const figure = (): unknown =>
    breakFigures && chance(0.3)
      ? pick([NaN, Infinity, -Infinity, '12', {}])
      : chance(0.99)
        ? pick<() => unknown>([() => int(5000), () => int(10), () => null, () => 0])()
        : pick<() => unknown>([() => -int(100) - 1, () => r() * 1000, () => 1e300, () => Number.MAX_SAFE_INTEGER, () => 'mười hai'])();
  const name = () => (chance(0.6) ? pick(['Nguyễn Văn Hiệp', 'trần thị b', 'LÊ VĂN C', 'Phạm Minh Đức', 'Hồ Thị Ánh Tuyết']) : str(4));
  const date = () =>
    chance(0.8)
      ? `20${10 + int(20)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`
      : pick(['', '2022-02-30', 'hôm nay', '2022-9-1', str(2)]);
  return { int, pick, chance, str, figure, name, date };
}

function randomDraft(i: number): unknown {
  const r = rng(i + 1);
  const g = generator(r);
  const template = g.pick([periodic, monthly, mini]);
  const values: Record<string, unknown> = {};
  // Values for every block, three items of each repeated section included.
  const three = Object.fromEntries(
    templateSections(template.sections).flatMap(({ section }) =>
      section.repeat ? [[section.id, [0, 1, 2].map(() => ({ name: '' }))]] : [],
    ),
  );
  for (const { key, block: b } of allBlocks(resolveSections(template, { header: exampleHeader, instances: three }))) {
    if (g.chance(0.3)) continue;
    const wrong = g.chance(0.05);
    switch (wrong ? g.pick(['prose', 'documents', 'indicators', 'table', 'assessment']) : b.kind) {
      case 'prose':
        values[key] = g.str(20);
        break;
      case 'documents':
        values[key] = Array.from({ length: g.int(4) }, () => ({
          kind: g.chance(0.5) ? 'Kế hoạch' : g.str(2),
          number: g.chance(0.6) ? `${g.int(200)}/KH-UBND` : g.str(2),
          date: g.date(),
          issuer: g.str(3),
          subject: g.str(6),
        }));
        break;
      case 'indicators':
        values[key] = Object.fromEntries(('fields' in b ? b.fields : [{ id: 'x' }]).map((f) => [f.id, g.figure()]));
        break;
      case 'table':
        values[key] = Array.from({ length: g.int(4) }, () => ({
          ten: g.str(3),
          kq: g.figure(),
          ct: g.figure(),
          'trinh-do': g.str(2),
          'so-nguoi': g.figure(),
          'tong-so': g.figure(),
        }));
        break;
      case 'assessment':
        values[key] = { good: g.str(8), limits: g.str(8), proposals: g.chance(0.97) ? g.str(8) : 5 };
        break;
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fuzzer builds malformed drafts on purpose
  const draft: Record<string, any> = {
    format: 'cam-nang-cchc/draft',
    version: DRAFT_VERSION,
    kind: g.chance(0.97) ? template.id : g.str(2),
    name: g.str(3),
    header: {
      parentBody: g.chance(0.3) ? g.str(3) : '',
      issuer: g.chance(0.7)
        ? `ỦY BAN NHÂN DÂN\n${g.pick(['XÃ AN BÌNH', 'PHƯỜNG HOÀI TÂN', 'đặc khu Côn Đảo', 'XÃ ĐAM RÔNG 4', "XÃ EA H'LEO", 'PHƯỜNG 3 BẢO LỘC'])}`
        : g.str(5),
      issuerAbbr: g.chance(0.8) ? 'UBND' : g.str(2),
      number: g.chance(0.5) ? '' : g.chance(0.5) ? String(g.int(300)) : g.str(2),
      place: g.chance(0.7)
        ? g.pick(['Hoài Tân', 'An Bình', 'thị trấn Ba Tơ', 'Côn Đảo', 'Đưng K’Nớ', "Ea H'leo", 'Phường 3 Bảo Lộc'])
        : g.str(3),
      date: g.date(),
      leaveDayBlank: g.chance(0.2),
      period: {
        kind: g.chance(0.97) ? g.pick(['thang', 'quy', '6-thang', '9-thang', 'nam', 'khoang']) : 'tuan',
        year: g.chance(0.97) ? 2000 + g.int(40) : g.pick([1800, 2022.5, NaN]),
        index: g.chance(0.7) ? 1 + g.int(12) : undefined,
        from: g.date(),
        to: g.date(),
      },
      recipients: Array.from({ length: g.int(4) }, () => g.str(4)),
      basis: g.str(20),
      title: g.chance(0.5) ? '' : g.str(8),
    },
    values,
    instances: template.id === 'mini' ? { 'don-vi': Array.from({ length: g.int(4) }, () => ({ name: g.str(3) })) } : {},
    closing: g.str(10),
    signature: {
      authority: g.chance(0.8)
        ? g.pick([['TM. ỦY BAN NHÂN DÂN'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], ['tm. ủy ban nhân dân']])
        : Array.from({ length: g.int(6) }, () => g.str(2)),
      title: g.chance(0.8) ? g.pick(['CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trưởng đoàn']) : g.str(2),
      name: g.name(),
    },
    distribution: Array.from({ length: g.chance(0.05) ? 40 : g.int(8) }, () => g.str(4)),
  };
  // Missing or broken fields.
  if (g.chance(0.05)) delete draft.header.issuer;
  if (g.chance(0.03)) delete draft.signature;
  if (g.chance(0.03)) draft.values = 'không phải đối tượng';
  if (g.chance(0.02)) draft.version = DRAFT_VERSION + 1;
  if (g.chance(0.02)) draft.header.period.year = NaN;
  return draft;
}

describe('fuzz', () => {
  it(`${RUNS} random drafts: a clear error or a .docx that parses and passes check-nd30`, async () => {
    const dir = join(OUT, 'fuzz');
    mkdirSync(dir, { recursive: true });
    const tally = { schema: 0, kind: 0, blocking: 0, rendered: 0, checked: 0 };
    for (let i = 0; i < RUNS; i++) {
      const raw = randomDraft(i);
      const parsed = draftSchema.safeParse(raw);
      if (!parsed.success) {
        const messages = formatZodIssues(parsed.error);
        expect(messages.length, `#${i}`).toBeGreaterThan(0);
        for (const m of messages) expect(m, `#${i}`).toMatch(/^trường \S+: ./);
        tally.schema++;
        continue;
      }
      const draft = parsed.data;
      const template = templates.get(draft.kind);
      if (!template) {
        tally.kind++;
        continue;
      }
      const ev = evaluate(template, draft, CATALOGUE);
      for (const issue of ev.issues) expect(issue.message.length, `#${i} ${issue.key}`).toBeGreaterThan(5);
      if (ev.issues.some((x) => x.blocking)) {
        tally.blocking++;
        continue;
      }
      const bytes = await renderBytes(template, draft, CATALOGUE, ev);
      assertDocxXml(bytes);
      // The draft the .docx carries comes back whole (JSON has no -0: compared as JSON keeps it).
      const restored = parseDraftDocx(bytes, draft.kind);
      expect(restored.ok && { ...restored.draft, updatedAt: '' }, `#${i}`).toEqual(JSON.parse(JSON.stringify({ ...draft, updatedAt: '' })));
      tally.rendered++;
      const file = join(dir, `fuzz-${i % 20}.docx`);
      writeFileSync(file, bytes);
      // Any title signs (an authority in its own right); the checker's signature rules know five titles only.
      const { signature } = buildDocument(template, draft, CATALOGUE, { evaluation: ev });
      const results = checkNd30Signed(file, [...signature.authority, signature.title], signature.name);
      // A trích yếu typed in capitals whose names cannot be lowered for sure is printed as typed, with a warning saying so.
      const keptUpper = ev.issues.some((x) => x.key === 'header.title' && x.severity === 'warning');
      const failed = results.filter((x) => !x.ok && !(keptUpper && x.id === 'title.trich-yeu'));
      if (failed.length) writeFileSync(join(dir, `failed-${i}.json`), JSON.stringify(raw, null, 1));
      expect(failed, `#${i}`).toEqual([]);
      tally.checked++;
    }
    console.log(`fuzz: ${JSON.stringify(tally)}`);
    expect(tally.rendered).toBeGreaterThan(RUNS * 0.15);
    expect(tally.schema + tally.kind + tally.blocking + tally.rendered).toBe(RUNS);
  }, 300_000);
});
