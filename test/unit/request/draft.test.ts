import { describe, expect, it } from 'vitest';
import { draftFromRequest, requestRef } from '../../../src/lib/request/draft.ts';
import { requestBasis, citeDocument, documentType } from '../../../src/lib/request/basis.ts';
import { requestId } from '../../../src/lib/request/identity.ts';
import { requestMessages } from '../../../src/lib/request/messages.ts';
import { rolloverDraft } from '../../../src/lib/drafts/rollover.ts';
import { parseDraftDocx } from '../../../src/lib/drafts/docx-import.ts';
import { defaultsFor, evaluate } from '../../../src/lib/report/index.ts';
import { loadCriteriaSets } from '../../../src/data/load.ts';
import { draftSchema, type Draft } from '../../../src/schemas/draft.ts';
import { FILES, PAKN, random, unitFigures } from '../../support/rollup-units.ts';
import { renderBytes } from '../../support/render.ts';
import { docxText } from '../../support/nd30.ts';
import { failures, runChecker, writeOut } from '../../support/helpers.ts';
import { templates } from '../../support/fixtures.ts';
import { assessmentRequest, monthlyRequest } from '../../support/requests.ts';

const monthly = templates.get('bao-cao-tthc-thang')!;
const TODAY = new Date(2026, 11, 8);
const sets = loadCriteriaSets();

/** What the commune types into the draft the request made: its name, figures and signer. */
function filled(d: Draft): Draft {
  const figures = unitFigures(random(7));
  return draftSchema.parse({
    ...d,
    header: { ...d.header, issuer: 'ỦY BAN NHÂN DÂN\nXÃ AN BÌNH', place: 'An Bình', number: '45/BC-UBND', date: '2026-12-22' },
    values: { ...d.values, [FILES]: figures.files, [PAKN]: figures.pakn },
    signature: { ...d.signature, name: 'Trần Văn An' },
  });
}

describe('the draft a request makes', () => {
  it('is set as the province asked: period, cut-off, Kính gửi, căn cứ, the request it answers', () => {
    const r = monthlyRequest();
    const made = draftFromRequest(monthly, r, TODAY, 'Theo yêu cầu');
    if (!made.ok) throw new Error(made.error);
    const d = made.draft;
    expect(d.kind).toBe('bao-cao-tthc-thang');
    expect(d.name).toBe('Theo yêu cầu');
    expect(d.header.period).toEqual({ kind: 'thang', year: 2026, index: 12, cutoff: { from: '2026-11-21', to: '2026-12-20' } });
    expect(d.header.recipients).toEqual(['Sở Nội vụ tỉnh Lâm Đồng']);
    expect(d.header.basis).toBe(
      'Thực hiện Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng về việc báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026, {don_vi} báo cáo kết quả thực hiện {ky}, như sau:',
    );
    expect(d.request).toEqual({
      id: requestId(r),
      document: r.document,
      deadline: '2026-12-24',
      // The province's own target names its công văn as its source.
      targets: [{ ...r.targets[0], source: 'Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng' }, r.targets[1]],
      citation:
        'Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng về việc báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026',
    });
    // Everything else is a new draft's: nothing typed, dated today.
    expect(d.values).toEqual({});
    expect(d.header.date).toBe('2026-12-08');
    expect(draftSchema.parse(d)).toEqual(d);
  });

  it('names the asking document in every report kind’s căn cứ, with no stand-in “…” left', () => {
    const doc = monthlyRequest().document;
    for (const t of [...templates.values()].filter((x) => x.docType === 'BÁO CÁO')) {
      const basis = requestBasis(defaultsFor(t).basis, doc);
      expect(basis, t.id).toContain('Thực hiện Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng về việc báo cáo');
      expect(basis, t.id).toContain('{don_vi}');
      expect(basis, t.id).not.toContain('…');
    }
    // Other documents than a công văn, and how a trích yếu is typed.
    expect(documentType('45/KH-UBND')).toBe('Kế hoạch');
    expect(documentType('1234/SNV-CCHC')).toBe('Công văn');
    expect(
      citeDocument({
        number: '45/KH-UBND',
        date: '2026-01-05',
        issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng',
        subject: 'Về cải cách hành chính năm 2026.',
      }),
    ).toBe('Kế hoạch số 45/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng về cải cách hành chính năm 2026');
    expect(citeDocument({ ...doc, subject: 'v/v: CCHC tháng 12' })).toMatch(/về việc CCHC tháng 12$/);
    // A căn cứ of several lines ("Căn cứ …;" then "{don_vi} ban hành …") keeps its real lines.
    expect(requestBasis('Căn cứ [[76-nq-cp]];\nCăn cứ Kế hoạch số … của …;\n{don_vi} ban hành Kế hoạch như sau:', doc)).toBe(
      `Căn cứ [[76-nq-cp]];\nThực hiện ${citeDocument(doc)};\n{don_vi} ban hành Kế hoạch như sau:`,
    );
  });

  it('keeps the targets it can use, and they judge the figures beside which the builder shows them', () => {
    const r = monthlyRequest({
      targets: [...monthlyRequest().targets, { field: 'khong-co:so-lieu.x', op: '>=', value: 1, year: 2026, own: true }],
    });
    expect(requestRef(r, monthly).targets.map((t) => t.field)).toEqual([
      'ket-qua/giai-quyet-tthc:so-lieu.ty-le-dung-han',
      'ket-qua/giai-quyet-tthc:so-lieu.ty-le-truc-tuyen',
    ]);
    const made = draftFromRequest(monthly, r, TODAY);
    if (!made.ok) throw new Error(made.error);
    const ev = evaluate(monthly, filled(made.draft));
    const onTime = ev.targets['ket-qua/giai-quyet-tthc:so-lieu.ty-le-dung-han'];
    expect(onTime).toMatchObject({ op: '>=', target: 95, source: '', text: 'tối thiểu 95% (chỉ tiêu năm 2026)' });
    expect(onTime.citation).toBe('Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng');
    const online = ev.targets['ket-qua/giai-quyet-tthc:so-lieu.ty-le-truc-tuyen'];
    expect(online.citation).toBe('Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng');
    const figures = ev.figures['ket-qua/giai-quyet-tthc:so-lieu'];
    expect(online.met).toBe((figures['ty-le-truc-tuyen'] as number) >= 60);
    const issue = ev.issues.find((i) => i.key === 'target:ket-qua/giai-quyet-tthc:so-lieu.ty-le-dung-han')!;
    expect(issue.message).toMatch(/(đạt|chưa đạt) chỉ tiêu tối thiểu 95% \(chỉ tiêu năm 2026\) theo Công văn số 1234\/SNV-CCHC/);
    // A draft without a request judges nothing.
    const plain = filled({ ...made.draft, request: undefined });
    expect(evaluate(monthly, plain).targets).toEqual({});
  });

  it('renders to a .docx that follows Decree 30, names the công văn and carries the request with its draft', async () => {
    const made = draftFromRequest(monthly, monthlyRequest(), TODAY);
    if (!made.ok) throw new Error(made.error);
    const d = filled(made.draft);
    const bytes = await renderBytes(monthly, d);
    const file = writeOut('request-monthly.docx', bytes);
    expect(failures(runChecker(file))).toEqual([]);
    const text = docxText(file);
    expect(text).toContain(
      'Thực hiện Công văn số 1234/SNV-CCHC ngày 05/12/2026 của Sở Nội vụ tỉnh Lâm Đồng về việc báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026, Ủy ban nhân dân xã An Bình báo cáo kết quả thực hiện tháng 12 năm 2026, như sau:',
    );
    expect(text).toContain('Sở Nội vụ tỉnh Lâm Đồng');
    expect(text).toContain('từ ngày 21/11/2026 đến ngày 20/12/2026');
    expect(text).toMatch(
      /chỉ tiêu tối thiểu 95% \(chỉ tiêu năm 2026\) theo Công văn số 1234\/SNV-CCHC ngày 05\/12\/2026 của Sở Nội vụ tỉnh Lâm Đồng\)/,
    );
    const back = parseDraftDocx(bytes, 'bao-cao-tthc-thang');
    expect(back.ok && back.draft.request).toEqual(d.request);
  });

  it('sets the criteria set of a self-assessment, embedded or chosen by id; an unknown id changes nothing', () => {
    const t = templates.get('bao-cao-tu-danh-gia-chi-so-cchc')!;
    const embedded = draftFromRequest(t, assessmentRequest(100), TODAY);
    if (!embedded.ok) throw new Error(embedded.error);
    const table = embedded.draft.values['ket-qua:bang-diem'] as { set?: { name: string }; rows: unknown[] };
    expect(table.rows).toHaveLength(100);
    expect(table.set?.name).toBe('Bộ tiêu chí xác định Chỉ số CCHC cấp xã năm 2026');
    expect(embedded.draft.header.basis).toContain(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 01/12/2026 của Ủy ban nhân dân tỉnh Lâm Đồng về xác định',
    );
    expect(draftSchema.safeParse(embedded.draft).success).toBe(true);

    const byId = draftFromRequest(t, { ...assessmentRequest(1), criteria: { id: 'minh-hoa-xa' } }, TODAY, '', sets);
    expect(byId.ok && (byId.draft.values['ket-qua:bang-diem'] as { set: { id: string } }).set.id).toBe('minh-hoa-xa');
    const unknown = draftFromRequest(t, { ...assessmentRequest(1), criteria: { id: 'bo-khac' } }, TODAY, '', sets);
    expect(unknown).toEqual({ ok: false, error: requestMessages.unknownCriteria('bo-khac') });
  });

  it('is not carried to the next period by “Tạo từ kỳ trước” (another request asks for it)', () => {
    const made = draftFromRequest(monthly, monthlyRequest(), TODAY);
    if (!made.ok) throw new Error(made.error);
    const next = rolloverDraft(filled(made.draft), monthly, TODAY);
    expect(next.request).toBeUndefined();
    expect(next.header.period).toMatchObject({ kind: 'thang', year: 2027, index: 1, cutoff: { from: '2026-12-21', to: '2027-01-20' } });
  });

  it('keeps the template’s period when the request’s kind of period is not one the report has', () => {
    const made = draftFromRequest(
      monthly,
      monthlyRequest({ period: { kind: 'khoang', year: 2026, from: '2026-06-01', to: '2026-11-30' } }),
      TODAY,
    );
    expect(made.ok && made.draft.header.period).toEqual({ kind: 'thang', year: 2026, index: 12 });
  });
});
