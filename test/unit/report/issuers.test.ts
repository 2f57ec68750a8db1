/**
 * Real documents as their issuers write them (issue 25): a plan issued by a decision names exactly the plan the user
 * typed, defaults follow the issuer typed (Văn phòng UBND tỉnh Lai Châu, a city, a ward, the Government's steering
 * committee) or stay out, and no blank "…" is printed without a warning at its field.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../src/schemas/draft.ts';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { renderBytes } from '../../support/render.ts';
import { levelsOf } from '../../../src/lib/report/defaults.ts';
import { newDraft } from '../../../src/lib/drafts/new.ts';
import { applyLevel } from '../../../src/lib/drafts/level.ts';
import { decisionDraft } from '../../../src/lib/drafts/structure.ts';
import type { DocBlock, ReportDocument } from '../../../src/lib/document/model.ts';
import { CATALOGUE, OUT } from '../../support/helpers.ts';
import { checkNd30Signed, docxText } from '../../support/nd30.ts';
import { templates } from '../../support/fixtures.ts';

const plan = templates.get('ke-hoach-cchc-nam')!;
const inspection = templates.get('ke-hoach-tu-kiem-tra')!;
const today = new Date(2026, 0, 5);
const runs = (blocks: DocBlock[]) => blocks.map((b) => (b.type === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''));
const allText = (d: ReportDocument) =>
  [
    d.header.issuer,
    d.header.placeDate,
    d.title,
    d.note,
    ...runs(d.body),
    ...d.signature.authority,
    d.signature.title,
    ...d.distribution,
    ...(d.decision
      ? [
          d.decision.title,
          d.decision.authority,
          ...d.decision.basis.map((l) => l.map((r) => r.text).join('')),
          ...runs(d.decision.articles),
          ...d.decision.distribution,
        ]
      : []),
  ].join('\n');

/** A draft of `template` at `level` with a header typed by the user. */
function typed(
  template = plan,
  level: Parameters<typeof applyLevel>[2] | undefined,
  header: Partial<Draft['header']>,
  more: Partial<Draft> = {},
): Draft {
  const d = newDraft(template, today);
  const at = level ? applyLevel(d, template, level) : d;
  return { ...at, header: { ...at.header, ...header }, signature: { ...at.signature, name: 'Lò Văn Hùng' }, ...more };
}

async function renderChecked(name: string, template: typeof plan, draft: Draft) {
  const ev = evaluate(template, draft, CATALOGUE);
  expect(ev.issues.filter((i) => i.blocking)).toEqual([]);
  const bytes = await renderBytes(template, draft, CATALOGUE, ev);
  const file = join(OUT, `${name}.docx`);
  writeFileSync(file, bytes);
  const doc = buildDocument(template, draft, CATALOGUE, { evaluation: ev });
  const signer = doc.decision?.signature ?? doc.signature;
  return { file, ev, doc, results: checkNd30Signed(file, [...signer.authority, signer.title], signer.name) };
}

describe('a plan issued by a decision issues exactly what was typed', () => {
  const trichYeu = 'Kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn thành phố Hải Phòng';
  const city = () =>
    typed(
      inspection,
      'tinh',
      { issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG', place: 'Hải Phòng', title: trichYeu, number: '12' },
      { decision: { ...decisionDraft(applyLevel(newDraft(inspection, today), inspection, 'tinh').decision!), use: true } },
    );

  it('names the plan by its type and the trích yếu the user typed, in the title, Điều 1 and "(Ban hành kèm theo …)"', async () => {
    const { doc, results, file } = await renderChecked('issuers-hai-phong-decision', inspection, city());
    expect(doc.decision!.title).toBe(`Ban hành Kế hoạch ${trichYeu.charAt(0).toLocaleLowerCase('vi')}${trichYeu.slice(1)}`);
    expect(runs(doc.decision!.articles)[0]).toBe(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn thành phố Hải Phòng.',
    );
    expect(doc.title).toBe(trichYeu);
    expect(doc.note).toBe('(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân thành phố Hải Phòng)');
    // A city's party committee and People's Committee, not a province's.
    expect(doc.decision!.distribution).toContain('- Chủ tịch, các Phó Chủ tịch UBND thành phố;');
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(docxText(file)).toContain('Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2026');
  });

  it('converts a trích yếu typed in capitals where certain and keeps it, with a warning, where not', () => {
    const caps = city();
    caps.header.title = 'KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026 TRÊN ĐỊA BÀN THÀNH PHỐ HẢI PHÒNG';
    expect(buildDocument(inspection, caps, CATALOGUE).title).toBe(trichYeu);
    expect(evaluate(inspection, caps, CATALOGUE).issues.find((i) => i.key === 'header.title')?.severity).toBe('info');
    caps.header.title = 'KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TẠI XÃ NĂM CĂN';
    expect(buildDocument(inspection, caps, CATALOGUE).title).toBe('KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH TẠI XÃ NĂM CĂN');
    const warning = evaluate(inspection, caps, CATALOGUE).issues.find((i) => i.key === 'header.title')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('Nghị định 30/2020/NĐ-CP yêu cầu viết thường');
    expect(warning.message).toContain('NĂM CĂN');
  });

  it('does not name the type twice when the trích yếu repeats it, and says so at the field', () => {
    const d = city();
    d.header.title = `Kế hoạch ${trichYeu.charAt(0).toLocaleLowerCase('vi')}${trichYeu.slice(1)}`;
    const doc = buildDocument(inspection, d, CATALOGUE);
    expect(runs(doc.decision!.articles)[0]).toBe(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn thành phố Hải Phòng.',
    );
    expect(evaluate(inspection, d, CATALOGUE).issues.find((i) => i.key === 'header.title.type')?.field).toBe('header.title');
  });

  it('warns when Điều 1 names another document than the attached one', () => {
    const d = city();
    d.decision!.articles = ['Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026.', 'Hiệu lực từ ngày ký.'];
    const issue = evaluate(inspection, d, CATALOGUE).issues.find((i) => i.key === 'decision.article-1')!;
    expect(issue.field).toBe('decision.articles.0');
    expect(issue.message).toContain(`Kế hoạch ${trichYeu.charAt(0).toLocaleLowerCase('vi')}`);
  });

  it('never falls back to the template’s "…" lines for an emptied căn cứ, and warns of every blank it prints', () => {
    const d = city();
    expect(evaluate(inspection, d, CATALOGUE).issues.map((i) => i.key)).toContain('blank:decision.basis');
    d.decision!.basis = '';
    const doc = buildDocument(inspection, d, CATALOGUE);
    const basis = doc.decision!.basis.map((l) => l.map((r) => r.text).join(''));
    expect(basis.length).toBeGreaterThan(0);
    expect(basis.join('\n')).not.toContain('…');
    expect(evaluate(inspection, d, CATALOGUE).issues.map((i) => i.key)).not.toContain('blank:decision.basis');
  });

  it('asks no Nơi nhận of the attached plan, which prints none: the decision’s is checked instead', () => {
    const d = { ...city(), distribution: [] };
    const keys = evaluate(inspection, d, CATALOGUE).issues.map((i) => i.key);
    expect(keys).not.toContain('distribution.empty');
    expect(buildDocument(inspection, d, CATALOGUE).distribution).toEqual([]);
    d.decision!.distribution = ['Lưu: VT'];
    expect(evaluate(inspection, d, CATALOGUE).issues.find((i) => i.key === 'distribution.empty')?.field).toBe('decision.distribution');
  });

  it('prints no blank the user was not warned of, for every kind and level', () => {
    for (const template of templates.values())
      for (const level of levelsOf(template)) {
        const d = typed(template, level, { place: 'An Bình' });
        const text = allText(buildDocument(template, d, CATALOGUE));
        const blanks = evaluate(template, d, CATALOGUE).issues.filter((i) => i.key.startsWith('blank:'));
        if (text.includes('…')) expect(blanks.length, `${template.id}/${level}`).toBeGreaterThan(0);
      }
  });
});

describe('defaults come from the issuer typed, or stay out', () => {
  const office = { parentBody: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', issuer: 'VĂN PHÒNG', issuerAbbr: 'VPUBND', place: 'Lai Châu' };

  it('a Văn phòng UBND tỉnh under a department’s defaults: no "Văn phòng Sở", no "Giám đốc Sở"', () => {
    const d = typed(plan, 'so', office);
    const doc = buildDocument(plan, d, CATALOGUE);
    expect(allText(doc)).not.toMatch(/Văn phòng Sở|Giám đốc Sở/);
    const issues = evaluate(plan, d, CATALOGUE).issues.filter((i) => i.key.startsWith('foreign-default:'));
    expect(issues.map((i) => i.field).sort()).toEqual(['closing', 'distribution', 'header.basis']);
    expect(issues[0].message).toContain('Văn phòng');
  });

  it('a Văn phòng UBND tỉnh at its own level: its name, its closing, its head signing in their own right', async () => {
    const d = typed(plan, 'van-phong', office);
    const { doc, results } = await renderChecked('issuers-lai-chau-office', plan, d);
    expect(doc.body.length).toBeGreaterThan(0);
    const text = allText(doc);
    expect(text).toContain('Văn phòng Ủy ban nhân dân tỉnh Lai Châu ban hành Kế hoạch cải cách hành chính năm 2026 như sau:');
    expect(text).toContain('báo cáo Chánh Văn phòng xem xét, chỉ đạo./.');
    expect(text).not.toMatch(/Văn phòng Sở|Giám đốc Sở|\bxã\b/);
    expect(doc.signature).toEqual({ authority: [], title: 'CHÁNH VĂN PHÒNG', name: 'Lò Văn Hùng' });
    expect(doc.distribution).toContain('- UBND tỉnh (để báo cáo);');
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('a ward’s defaults name the ward, a city’s name the city', () => {
    const ward = buildDocument(plan, typed(plan, undefined, { issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN', place: 'Hoài Tân' }), CATALOGUE);
    expect(ward.distribution).toEqual(
      expect.arrayContaining(['- Thường trực Đảng ủy phường;', '- Chủ tịch, các Phó Chủ tịch UBND phường;']),
    );
    expect(allText(ward)).not.toMatch(/\bxã\b(?!, phường)/);
    const city = buildDocument(
      plan,
      typed(plan, 'tinh', { issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', place: 'Thành phố Hồ Chí Minh' }),
      CATALOGUE,
    );
    expect(city.decision!.header.placeDate).toMatch(/^Thành phố Hồ Chí Minh, ngày/);
    expect(city.decision!.distribution).toContain('- Thường trực Thành ủy;');
    expect(runs(city.body).join('\n')).toContain('Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành');
  });

  it('the Government’s steering committee issues its inspection plan by a decision of its head', async () => {
    const d = typed(inspection, 'ban-chi-dao', {
      issuer: 'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH\nCỦA CHÍNH PHỦ',
      issuerAbbr: 'BCĐCCHC',
      place: 'Hà Nội',
      title: 'KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026',
    });
    d.decision = {
      ...decisionDraft(applyLevel(newDraft(inspection, today), inspection, 'ban-chi-dao').decision!),
      basis: 'Căn cứ Quyết định số …/QĐ-TTg ngày … thành lập Ban Chỉ đạo.',
    };
    const doc = buildDocument(inspection, d, CATALOGUE);
    expect(doc.title).toBe('Kiểm tra công tác cải cách hành chính năm 2026');
    expect(doc.decision!.authority).toBe('TRƯỞNG BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ');
    expect(doc.note).toMatch(
      /^\(Ban hành kèm theo Quyết định số +\/QĐ-BCĐCCHC ngày 05 tháng 01 năm 2026 của Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ\)$/,
    );
    expect(runs(doc.decision!.articles)[0]).toBe(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra công tác cải cách hành chính năm 2026.',
    );
    const keys = evaluate(inspection, d, CATALOGUE).issues.map((i) => i.key);
    expect(keys).toContain('blank:decision.basis');
    expect(keys).not.toContain('header.unit');
  });
  it('warns where a name typed in capitals cannot be re-cased for sure, naming the words and printing it as typed', () => {
    const issuer = 'BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\nTỈNH ĐỒNG NAI';
    const d = typed(plan, undefined, { issuer, issuerAbbr: 'BQL', place: 'Đồng Nai' });
    d.decision = { ...decisionDraft(applyLevel(newDraft(plan, today), plan, 'tinh').decision!), use: true, authority: '' };
    const issues = evaluate(plan, d, CATALOGUE).issues;
    const unit = issues.find((i) => i.key === 'header.unit');
    expect(unit).toMatchObject({ field: 'header.unit', severity: 'warning' });
    expect(unit!.message).toContain('(“QUẢN”)');
    expect(unit!.message).toContain('“BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH ĐỒNG NAI”');
    const authority = issues.find((i) => i.key === 'decision.authority.case');
    expect(authority).toMatchObject({ field: 'decision.authority', severity: 'warning' });
    expect(authority!.message).toMatch(/^Chưa chắc cách viết hoa “QUẢN” khi nêu người ban hành trong câu, .*in nguyên “BAN QUẢN LÝ/);
  });
});
