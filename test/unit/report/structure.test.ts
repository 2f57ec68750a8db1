/**
 * The structures of real documents: a plan issued by a decision (Mẫu 1.3), appendices on pages of their own, free
 * structure under a heading, renamed headings, sentences left out, and defaults that fit the issuer's level. Model first,
 * then the .docx the model draws.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/lib/report/build.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { renderDocx } from '../../../src/lib/docx/render.ts';
import { runsText } from '../../../src/lib/report/prose.ts';
import { loadCatalogue, parseTemplate } from '../../../src/data/load.ts';
import { newDraft } from '../../../src/lib/drafts/new.ts';
import { applyLevel } from '../../../src/lib/drafts/level.ts';
import { removeInstance } from '../../../src/lib/drafts/instances.ts';
import { decisionDraft } from '../../../src/lib/drafts/structure.ts';
import { defaultsFor, levelsOf } from '../../../src/lib/report/defaults.ts';
import { sentenceCaseBody } from '../../../src/lib/report/placeholders.ts';
import type { DocBlock, ReportDocument } from '../../../src/lib/document/model.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { unzip } from '../../support/helpers.ts';
import { catalogueBrief } from '../../../src/lib/builder/catalogue-search.ts';
import type { CatalogueEntry } from '../../../src/schemas/catalogue.ts';
import { draftFor, exampleOf, mini, templates } from '../../support/fixtures.ts';

const catalogue = loadCatalogue();
const plan = templates.get('ke-hoach-cchc-nam')!;
const selfCheckPlan = templates.get('ke-hoach-tu-kiem-tra')!;
const review = templates.get('bao-cao-so-ket-tong-ket')!;
const text = (blocks: DocBlock[]) =>
  blocks.map((b) => (b.type === 'heading' ? b.text : b.type === 'paragraph' ? runsText(b.runs) : '[bảng]'));
const documentXml = async (doc: ReportDocument) =>
  unzip(await renderDocx(doc))
    .get('word/document.xml')!
    .toString('utf8');
/** Each section's properties in document order (the body's own comes last). */
const sectPrs = (xml: string) => [...xml.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

describe('a plan issued by a decision', () => {
  const draft = exampleOf('ke-hoach-cchc-nam');
  const doc = buildDocument(plan, draft, catalogue);

  it('puts the decision first: its number, authority, căn cứ, "QUYẾT ĐỊNH:" and articles ending "./."', () => {
    const d = doc.decision!;
    expect(d.header.numberLine).toBe('Số: 92/QĐ-UBND');
    expect(d.header.placeDate).toBe('Minh Hòa, ngày 26 tháng 12 năm 2025');
    expect([d.docType, d.title, d.authority, d.decides]).toEqual([
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch cải cách hành chính năm 2026',
      'ỦY BAN NHÂN DÂN XÃ MINH HÒA',
      'QUYẾT ĐỊNH:',
    ]);
    const basis = d.basis.map((runs) => runsText(runs));
    expect(basis[0]).toBe('Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;');
    expect(basis[1]).toMatch(/^Căn cứ Nghị quyết số 76\/NQ-CP ngày 15\/7\/2021 của Chính phủ .*;$/);
    expect(basis.at(-1)).toBe('Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.');
    expect(d.basis.flat().every((r) => r.italic)).toBe(true);
    const articles = text(d.articles);
    expect(articles.map((a) => a.slice(0, 8))).toEqual(['Điều 1. ', 'Điều 2. ', 'Điều 3. ']);
    expect(articles[0]).toBe(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân xã Minh Hòa.',
    );
    expect(articles.at(-1)).toMatch(/chịu trách nhiệm thi hành Quyết định này\.\/\.$/);
    expect(d.articles.every((b) => b.type === 'paragraph' && b.runs[0].bold)).toBe(true);
    expect(d.distribution[0]).toBe('- Như Điều 3;');
    expect(d.signature).toEqual({ authority: ['TM. ỦY BAN NHÂN DÂN'], title: 'CHỦ TỊCH', name: 'Nguyễn Văn Minh' });
  });

  it('then the plan, with no number or date of its own and no Nơi nhận, issued "kèm theo" the decision', () => {
    expect(doc.header.numberLine).toBe('');
    expect(doc.header.placeDate).toBe('');
    expect(doc.docType).toBe('KẾ HOẠCH');
    expect(doc.note).toBe('(Ban hành kèm theo Quyết định số 92/QĐ-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân xã Minh Hòa)');
    expect(doc.distribution).toEqual([]);
    expect(doc.signature.name).toBe('Nguyễn Văn Minh');
    // The căn cứ moved to the decision: the plan starts with I.
    expect(doc.body[0]).toEqual({ type: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' });
    // A document of its own: its first citation of a decree is in full again.
    expect(text(doc.body).join('\n')).toContain('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành');
  });

  it('names the Chủ tịch in the note when the Chủ tịch issues it, and keeps the user’s articles', () => {
    const d = structuredClone(draft);
    d.decision = {
      ...d.decision!,
      authority: 'Chủ tịch Ủy ban nhân dân xã Minh Hòa',
      articles: ['Ban hành Kế hoạch.', '', 'Hiệu lực từ ngày ký'],
    };
    const built = buildDocument(plan, d, catalogue);
    expect(built.decision!.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ MINH HÒA');
    expect(built.note).toContain('của Chủ tịch Ủy ban nhân dân xã Minh Hòa)');
    expect(text(built.decision!.articles)).toEqual(['Điều 1. Ban hành Kế hoạch.', 'Điều 2. Hiệu lực từ ngày ký./.']);
  });

  it('uses the template’s texts where the draft has none, and nothing when the decision is off', () => {
    const d = draftFor('ke-hoach-cchc-nam', {
      header: { period: { kind: 'nam', year: 2026 } },
      decision: { use: true } as Draft['decision'],
    });
    const built = buildDocument(plan, d, catalogue);
    expect(built.decision!.title).toBe('Ban hành Kế hoạch cải cách hành chính năm 2026');
    expect(text(built.decision!.articles)[1]).toBe('Điều 2. Quyết định này có hiệu lực kể từ ngày ký.');
    expect(buildDocument(plan, { ...d, decision: { ...d.decision!, use: false } }, catalogue).decision).toBeUndefined();
    // A kind that offers no decision prints none, whatever the draft says.
    expect(buildDocument(review, { ...exampleOf('bao-cao-so-ket-tong-ket'), decision: d.decision }, catalogue).decision).toBeUndefined();
  });

  it('warns when a căn cứ cites a document no longer in force, and says whose number the header holds', () => {
    const d = structuredClone(draft);
    d.decision!.basis = 'Căn cứ [[138-2020-nd-cp]];\nCăn cứ [[61-2018-nd-cp]];\nTheo đề nghị của Trưởng phòng Văn hóa - Xã hội.';
    const issues = evaluate(plan, d, catalogue).issues;
    const warning = issues.find((i) => i.key === 'decision.basis:138-2020-nd-cp');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('dẫn Nghị định số 170/2025/NĐ-CP thay thế');
    // The builder evaluates with the catalogue's briefs (status already of the day, no history).
    const briefs = catalogue.map((e) => catalogueBrief({ ...e, status: 'replaced' }));
    expect(evaluate(plan, d, briefs as CatalogueEntry[]).issues.find((i) => i.key === 'decision.basis:61-2018-nd-cp')?.severity).toBe(
      'warning',
    );
    // A document whose status is not verified is pointed out, not refused.
    expect(issues.find((i) => i.key === 'decision.basis:61-2018-nd-cp')?.severity).toBe('info');
    expect(issues.find((i) => i.key === 'decision.number')?.message).toContain('số, ký hiệu và ngày ở phần đầu là của Quyết định');
  });

  it('draws the decision and the plan as two sections, the plan on a new page numbered from 1', async () => {
    const xml = await documentXml(doc);
    const [decision, attached] = sectPrs(xml);
    expect(sectPrs(xml)).toHaveLength(2);
    expect(decision).not.toContain('w:start');
    // No <w:type> element: the next section starts on a new page (the default, nextPage).
    expect(decision).not.toContain('<w:type ');
    expect(attached).toContain('<w:pgNumType w:start="1"/>');
    expect(attached).toContain('<w:titlePg/>');
    expect(xml.indexOf('QUYẾT ĐỊNH:')).toBeLessThan(xml.indexOf('Ban hành kèm theo Quyết định số 92/QĐ-UBND'));
    expect(xml.indexOf('>Nơi nhận:<')).toBeLessThan(xml.indexOf('>KẾ HOẠCH<'));
    expect(xml.match(/>Nơi nhận:</g)).toHaveLength(1);
  });

  it('is offered by both plans, with the self-inspection plan’s own wording', () => {
    const d = {
      ...newDraft(selfCheckPlan, new Date(2026, 0, 5)),
      decision: { ...decisionDraft(selfCheckPlan.defaults.decision!), use: true },
    };
    const built = buildDocument(selfCheckPlan, { ...d, header: { ...d.header, issuer: 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH' } }, catalogue);
    expect(text(built.decision!.articles)[0]).toBe(
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tự kiểm tra công tác cải cách hành chính năm 2026.',
    );
    expect(built.decision!.title).toBe('Ban hành Kế hoạch tự kiểm tra công tác cải cách hành chính năm 2026');
  });
});

describe('appendices', () => {
  const draft = exampleOf('bao-cao-so-ket-tong-ket');
  const doc = buildDocument(review, draft, catalogue);

  it('prints a filled appendix after the signature: "Phụ lục", its title in capitals, "(Kèm theo Báo cáo số …)"', () => {
    expect(doc.appendices).toHaveLength(1);
    const [a] = doc.appendices!;
    expect(a.label).toBe('Phụ lục');
    expect(a.title).toBe('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH');
    expect(a.note).toBe('(Kèm theo Báo cáo số       /BC-UBND ngày 17 tháng 4 năm 2023 của Ủy ban nhân dân xã Ba Bích)');
    expect(a.landscape).toBe(true);
    const table = a.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.columns.map((c) => c.label)).toEqual([
      'TT',
      'Nhiệm vụ',
      'Văn bản triển khai, sản phẩm',
      'Tiến độ',
      'Ghi chú',
    ]);
    expect(table?.type === 'table' && table.rows[0][1].text).toBe('Ban hành Kế hoạch cải cách hành chính năm 2023');
    // The body refers to it by the label it is printed with.
    expect(text(doc.body).join('\n')).toContain('chi tiết tại Phụ lục kèm theo');
  });

  it('leaves out an empty appendix, turns to portrait and takes a new title when the user asks', () => {
    const empty = { ...draft, values: { ...draft.values } };
    delete empty.values['phu-luc-nhiem-vu:nhiem-vu'];
    expect(buildDocument(review, empty, catalogue).appendices).toEqual([]);
    const mine = {
      ...draft,
      landscape: { 'phu-luc-nhiem-vu': false },
      texts: { 'heading:phu-luc-nhiem-vu': 'Tiến độ các nhiệm vụ {nam}' },
    };
    const [a] = buildDocument(review, mine, catalogue).appendices!;
    expect([a.landscape, a.title]).toEqual([false, 'TIẾN ĐỘ CÁC NHIỆM VỤ 2023']);
  });

  it('numbers two or more appendices I, II …', () => {
    const two = structuredClone(review);
    two.appendices.push({ ...structuredClone(two.appendices[0]), id: 'phu-luc-hai', title: 'Danh mục văn bản', landscape: false });
    const d = {
      ...draft,
      values: { ...draft.values, 'phu-luc-hai:nhiem-vu': [{ 'nhiem-vu': 'Văn bản', 'van-ban': '', 'tien-do': '', 'ghi-chu': '' }] },
    };
    expect(buildDocument(two, d, catalogue).appendices!.map((a) => `${a.label}: ${a.title}`)).toEqual([
      'Phụ lục I: KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH',
      'Phụ lục II: DANH MỤC VĂN BẢN',
    ]);
    expect(evaluate(two, d, catalogue).issues.filter((i) => i.key.startsWith('shape:') || i.key.startsWith('empty:phu-luc'))).toEqual([]);
  });

  it('are checked like any block, kept by "Tạo từ kỳ trước" as table rows, and say "Kèm theo Quyết định" under a decision', () => {
    const bad = { ...draft, values: { ...draft.values, 'phu-luc-nhiem-vu:nhiem-vu': 'không phải bảng' } };
    expect(evaluate(review, bad, catalogue).issues.find((i) => i.key === 'shape:phu-luc-nhiem-vu:nhiem-vu')?.severity).toBe('error');
    const withTasks = {
      ...exampleOf('ke-hoach-cchc-nam'),
      values: { 'phu-luc-nhiem-vu:nhiem-vu': [{ 'linh-vuc': 'Cải cách thể chế', 'noi-dung': 'Rà soát văn bản' }] },
    };
    const [a] = buildDocument(plan, withTasks, catalogue).appendices!;
    expect(a.note).toBe('(Kèm theo Quyết định số 92/QĐ-UBND ngày 26 tháng 12 năm 2025 của Ủy ban nhân dân xã Minh Hòa)');
    expect(a.title).toBe('DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026');
  });

  it('draw on A4 landscape pages numbered from 1, the table across the wider text, its header row repeated', async () => {
    const xml = await documentXml(doc);
    const [report, appendix] = sectPrs(xml);
    expect(report).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(report).not.toContain('w:start');
    expect(appendix).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(appendix).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(appendix).toContain('<w:pgNumType w:start="1"/>');
    expect(appendix).toContain('<w:titlePg/>');
    const appendixXml = xml.slice(xml.indexOf('>Phụ lục<'));
    expect(appendixXml).toContain('<w:tblW w:type="dxa" w:w="14287"/>');
    expect(appendixXml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const portrait = await documentXml({ ...doc, appendices: [{ ...doc.appendices![0], landscape: false }] });
    expect(sectPrs(portrait)[1]).toContain('w:orient="portrait"');
    expect(portrait.slice(portrait.indexOf('>Phụ lục<'))).toContain('<w:tblW w:type="dxa" w:w="9355"/>');
  });
});

describe('free structure, renamed headings, sentences left out', () => {
  it('prints items written directly under a heading, leaving its empty sub-sections out', () => {
    const d = draftFor('ke-hoach-cchc-nam', {
      header: { period: { kind: 'nam', year: 2026 } },
      values: {
        'muc-dich-yeu-cau:noi-dung': '1. Triển khai đồng bộ các nhiệm vụ.\n2. Gắn trách nhiệm người đứng đầu.\n- Báo cáo đúng hạn.',
      },
    });
    const body = text(buildDocument(plan, d, catalogue).body);
    expect(body.slice(body.indexOf('I. MỤC ĐÍCH, YÊU CẦU'), body.indexOf('I. MỤC ĐÍCH, YÊU CẦU') + 4)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Triển khai đồng bộ các nhiệm vụ.',
      '2. Gắn trách nhiệm người đứng đầu.',
      '- Báo cáo đúng hạn.',
    ]);
    // Also where empty sections are kept with "Không có nội dung.": not under a section written in one piece.
    const noted = parseTemplate('tu-do', {
      ...structuredClone(mini),
      sections: [
        {
          id: 'danh-gia',
          title: 'Đánh giá',
          blocks: [{ kind: 'prose', id: 'noi-dung', label: 'Viết liền' }],
          children: [{ id: 'uu-diem', title: 'Ưu điểm', blocks: [{ kind: 'prose', id: 'noi-dung', label: 'Ưu điểm' }] }],
        },
        { id: 'trong', title: 'Mục trống', blocks: [{ kind: 'prose', id: 'p', label: 'Nội dung' }] },
      ],
      emptySections: 'note',
    });
    const free = draftFor('tu-do', { values: { 'danh-gia:noi-dung': '- Ý một.' } });
    expect(text(buildDocument(noted, free, catalogue).body)).toEqual(['I. ĐÁNH GIÁ', '- Ý một.', 'II. MỤC TRỐNG', 'Không có nội dung.']);
    expect(
      evaluate(noted, free, catalogue)
        .issues.filter((i) => i.key.startsWith('empty:'))
        .map((i) => i.key),
    ).toEqual(['empty:trong']);
  });

  it('renames a heading, keeping its number, and goes back to the template’s when the text is cleared', () => {
    const d = exampleOf('ke-hoach-cchc-nam');
    const renamed = buildDocument(
      plan,
      { ...d, texts: { 'heading:kinh-phi': 'Nguồn lực thực hiện', 'heading:nhiem-vu/cai-cach-the-che': 'Thể chế' } },
      catalogue,
    );
    expect(text(renamed.body)).toContain('III. NGUỒN LỰC THỰC HIỆN');
    expect(text(renamed.body)).toContain('2. Thể chế');
    expect(text(buildDocument(plan, { ...d, texts: { 'heading:kinh-phi': '  ' } }, catalogue).body)).toContain('III. KINH PHÍ THỰC HIỆN');
  });

  it('leaves out the intro before a list, the opening and the closing when the user removes them, or prints the user’s own', () => {
    const d = exampleOf('bao-cao-cchc-dinh-ky');
    const t = templates.get('bao-cao-cchc-dinh-ky')!;
    const key = 'chi-dao-dieu-hanh:van-ban';
    const block = t.sections[0].blocks[0];
    const defaultIntro = block.kind === 'documents' ? block.intro! : '';
    const before = text(buildDocument(t, d, catalogue).body);
    expect(before).toContain(defaultIntro);
    const removed = text(buildDocument(t, { ...d, omit: [`intro:${key}`, 'basis', 'closing'] }, catalogue).body);
    expect(removed).not.toContain(defaultIntro);
    expect(removed[0]).toBe('I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH');
    expect(removed.at(-1)).not.toMatch(/\.\/\.$/);
    // Everything else as before: the one-paragraph opening, the intro and the closing sentence are gone.
    expect(removed).toEqual(before.filter((p) => p !== defaultIntro).slice(1, -1));
    const own = text(buildDocument(t, { ...d, texts: { [`intro:${key}`]: 'Các văn bản đã ban hành {ky}:' } }, catalogue).body);
    expect(own).toContain('Các văn bản đã ban hành 9 tháng đầu năm 2022:');
    expect(own).not.toContain(defaultIntro);
  });

  it('moves renamed headings and left-out intros with the items of a repeated section', () => {
    const d = draftFor('mini', {
      instances: { 'don-vi': [{ name: 'A' }, { name: 'B' }] },
      texts: { 'heading:don-vi#1/chi-dao': 'Chỉ đạo', 'heading:don-vi#0/chi-dao': 'Bỏ' },
      omit: ['intro:don-vi#1/tthc/so-lieu:hs'],
    });
    const next = removeInstance(d, 'don-vi', 0);
    expect(next.texts).toEqual({ 'heading:don-vi#0/chi-dao': 'Chỉ đạo' });
    expect(next.omit).toEqual(['intro:don-vi#0/tthc/so-lieu:hs']);
  });
});

describe('defaults that fit the issuer', () => {
  it('offers the levels a kind serves, the commune’s first', () => {
    expect(levelsOf(plan)).toEqual(['xa', 'tinh', 'so', 'van-phong']);
    expect(levelsOf(templates.get('thong-bao-ket-luan-kiem-tra')!)).toEqual(['xa']);
  });

  it('gives a province or a department its own body, closing, signer and Nơi nhận, never the commune’s', () => {
    const today = new Date(2026, 0, 5);
    for (const t of [plan, selfCheckPlan, review, templates.get('bao-cao-cchc-dinh-ky')!, templates.get('bao-cao-tu-kiem-tra')!])
      for (const level of ['tinh', 'so'] as const) {
        const d = applyLevel(newDraft(t, today), t, level);
        const defaults = defaultsFor(t, level);
        expect(d.level).toBe(level);
        const printed = [
          d.header.issuer,
          d.header.basis,
          d.closing,
          ...d.distribution,
          ...d.header.recipients,
          ...(d.decision?.articles ?? []),
        ].join('\n');
        expect(printed, `${t.id}/${level}`).not.toMatch(/\bxã\b(?!, phường)/);
        expect(d.header.issuer).toBe(defaults.issuer);
      }
    const province = applyLevel(newDraft(plan, today), plan, 'tinh');
    expect(province.header.issuer).toBe('ỦY BAN NHÂN DÂN\nTỈNH …');
    expect(province.decision!.use).toBe(true);
    expect(province.signature).toMatchObject({ authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH'], title: 'PHÓ CHỦ TỊCH' });
    const department = applyLevel(newDraft(plan, today), plan, 'so');
    expect([department.header.parentBody, department.header.issuer, department.signature.title]).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH …',
      'SỞ …',
      'GIÁM ĐỐC',
    ]);
    expect(department.decision!.authority).toBe('Giám đốc {don_vi}');
    const built = buildDocument(
      plan,
      { ...department, decision: { ...department.decision!, use: true }, header: { ...department.header, issuer: 'SỞ NỘI VỤ' } },
      catalogue,
    );
    expect(built.decision!.authority).toBe('GIÁM ĐỐC SỞ NỘI VỤ');
    expect(sentenceCaseBody('SỞ KHOA HỌC VÀ CÔNG NGHỆ')).toBe('Sở Khoa học và Công nghệ');
  });

  it('switching level replaces only what the user left as the old defaults', () => {
    const d = newDraft(plan, new Date(2026, 0, 5));
    const edited = {
      ...d,
      closing: 'Câu kết riêng của tôi./.',
      header: { ...d.header, place: 'An Bình' },
      signature: { ...d.signature, name: 'Trần Văn An' },
    };
    const province = applyLevel(edited, plan, 'tinh');
    expect(province.level).toBe('tinh');
    expect(province.closing).toBe('Câu kết riêng của tôi./.');
    expect(province.header.place).toBe('An Bình');
    expect(province.signature.name).toBe('Trần Văn An');
    expect(province.header.issuer).toBe('ỦY BAN NHÂN DÂN\nTỈNH …');
    expect(province.distribution).toEqual(defaultsFor(plan, 'tinh').distribution);
    expect(province.decision!.use).toBe(true);
    const back = applyLevel(province, plan, 'xa');
    expect(back.header.issuer).toBe(d.header.issuer);
    expect(d.decision).toBeUndefined();
    expect(back.decision).toEqual(decisionDraft(plan.defaults.decision!));
    expect(back.closing).toBe('Câu kết riêng của tôi./.');
  });

  it('builds a province’s report with no commune wording', () => {
    const t = templates.get('bao-cao-cchc-dinh-ky')!;
    const d = { ...applyLevel(newDraft(t, new Date(2026, 9, 20)), t, 'tinh'), values: exampleOf('bao-cao-cchc-dinh-ky').values };
    const built = buildDocument(
      t,
      { ...d, header: { ...d.header, issuer: 'ỦY BAN NHÂN DÂN\nTỈNH AN GIANG', place: 'An Giang' } },
      catalogue,
    );
    expect(built.recipients).toEqual(['Bộ Nội vụ.']);
    expect(built.distribution).toContain('- Thường trực Tỉnh ủy;');
    expect(built.distribution.join('\n')).not.toMatch(/xã/);
  });
});
