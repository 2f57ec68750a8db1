import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { headerUnit, unitMentions } from '../../../src/lib/report/leftover/units.ts';
import { periodMentions } from '../../../src/lib/report/leftover/periods.ts';
import { exampleOrigin } from '../../../src/lib/drafts/origin.ts';
import type { Draft } from '../../../src/schemas/draft.ts';
import { CATALOGUE } from '../../support/helpers.ts';
import { draftFor, exampleOf, templates } from '../../support/fixtures.ts';

/** Text left from another unit, another period, the sample or the template (issue 22). */

const plan = templates.get('ke-hoach-cchc-nam')!;
const leftovers = (template: typeof plan, d: Draft) =>
  evaluate(template, d, CATALOGUE).issues.filter((i) => /^(foreign-unit|foreign-period|token|sample|carried):/.test(i.key));

describe('units named in text', () => {
  it('finds a unit word and a capitalised name, the longest unit word first', () => {
    expect(unitMentions('… năm 2026 của Ủy ban nhân dân xã Minh Hòa.').map((u) => u.text)).toEqual(['xã Minh Hòa']);
    expect(unitMentions('trên địa bàn thị xã Mỹ Hào và tỉnh Hưng Yên').map((u) => [u.text, u.level])).toEqual([
      ['thị xã Mỹ Hào', 'huyen'],
      ['tỉnh Hưng Yên', 'tinh'],
    ]);
    expect(unitMentions('Phường 3 Bảo Lộc, xã Ea H’leo, Xã Đưng K’Nớ').map((u) => u.text)).toEqual([
      'phường 3 Bảo Lộc',
      'xã Ea H’leo',
      'xã Đưng K’Nớ',
    ]);
  });
  it('reads a line typed in capitals, and leaves unnamed or numbered words alone', () => {
    expect(unitMentions('ỦY BAN NHÂN DÂN XÃ MINH HÒA').map((u) => u.text)).toEqual(['xã Minh Hòa']);
    expect(unitMentions('Bộ phận Một cửa các xã, phường; báo cáo tỉnh 15 biểu mẫu')).toEqual([]);
  });
  it('takes the header’s unit from the issuer, or from the body above a department', () => {
    expect(headerUnit({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ EA H’LEO', parentBody: '', place: 'Ea H’leo' })?.text).toBe('xã Ea H’leo');
    expect(headerUnit({ issuer: 'SỞ NỘI VỤ', parentBody: 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU', place: 'Lai Châu' })?.text).toBe(
      'tỉnh Lai Châu',
    );
    expect(headerUnit({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ …', parentBody: '', place: '' })).toBeUndefined();
  });
  it('takes the unit’s own name first, as typed, when the header has one', () => {
    const office = { issuer: 'VĂN PHÒNG', parentBody: 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU', place: 'Lai Châu' };
    expect(headerUnit({ ...office, unit: 'Văn phòng Ủy ban nhân dân tỉnh Lai Châu' })?.text).toBe('tỉnh Lai Châu');
    expect(
      headerUnit({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ ĐƯNG K’NỚ', parentBody: '', place: '', unit: 'Ủy ban nhân dân xã Đưng K’Nớ' })?.text,
    ).toBe('xã Đưng K’Nớ');
    expect(headerUnit({ ...office, unit: '' })?.text).toBe('tỉnh Lai Châu');
  });
});

describe('periods named in text', () => {
  it('reads months, quarters, parts of a year and years, not dates or document numbers', () => {
    const found = periodMentions(
      'Ngày 15 tháng 9 năm 2022, theo Kế hoạch số 12/2022/KH-UBND ngày 08/4/2022, trong 06 tháng đầu năm 2022, quý III/2026 và tháng 10.',
    ).map((m) => [m.kind, m.index, m.year]);
    expect(found).toEqual([
      ['6-thang', 1, 2022],
      ['quy', 3, 2026],
      ['thang', 10, undefined],
    ]);
  });
  it('tells a comparison or a bound from a mention', () => {
    expect(periodMentions('So với tháng 10, tăng 5 hồ sơ; phấn đấu đến năm 2030').map((m) => m.compared)).toEqual([true, true]);
    expect(periodMentions('Kết quả tháng 10: tốt').map((m) => m.compared)).toEqual([false]);
  });
});

describe('a plan made from the sample, for another unit and year', () => {
  const sample = exampleOf('ke-hoach-cchc-nam');
  const fromSample: Draft = { ...sample, origin: exampleOrigin(sample, plan) };
  const mine: Draft = {
    ...fromSample,
    header: { ...fromSample.header, issuer: 'ỦY BAN NHÂN DÂN\nXÃ EA H’LEO', place: 'Ea H’leo', period: { kind: 'nam', year: 2027 } },
  };

  it('says it is the sample while its unit is the sample’s', () => {
    const issues = leftovers(plan, fromSample);
    expect(issues.find((i) => i.key === 'sample:header.issuer')?.message).toMatch(
      /^Bản nháp đang là dữ liệu mẫu \(ỦY BAN NHÂN DÂN XÃ MINH HÒA\)/,
    );
    expect(leftovers(plan, mine).some((i) => i.key === 'sample:header.issuer')).toBe(false);
  });

  it('lists what is left of the sample: its sentences, its unit, its year', () => {
    const issues = leftovers(plan, mine);
    const basis = issues.filter((i) => i.field === 'header.basis');
    expect(basis.map((i) => i.key.split(':')[0]).sort()).toEqual(['foreign-period', 'foreign-unit', 'sample']);
    expect(basis.find((i) => i.key.startsWith('foreign-unit'))!.message).toContain(
      'nhắc đến “xã Minh Hòa”, không phải đơn vị ban hành (xã Ea H’leo)',
    );
    expect(basis.find((i) => i.key.startsWith('foreign-period'))!.message).toContain('“năm 2026”');
    expect(basis.find((i) => i.key.startsWith('sample'))!.message).toContain('“Căn cứ Kế hoạch số …/KH-UBND ngày …/12/2025');
    // A sentence the template itself supplies is no sample's: the decision's "hiệu lực kể từ ngày ký".
    expect(issues.some((i) => i.key.startsWith('sample') && i.message.includes('có hiệu lực kể từ ngày ký'))).toBe(false);
    // A table's cells are said together, at the table.
    expect(issues.filter((i) => i.field?.startsWith('nhiem-vu/chi-dao-dieu-hanh:nhiem-vu')).map((i) => i.key)).toEqual([
      'sample:nhiem-vu/chi-dao-dieu-hanh:nhiem-vu',
      'foreign-period:nhiem-vu/chi-dao-dieu-hanh:nhiem-vu',
    ]);
    expect(issues.every((i) => i.severity === 'warning' && i.prominent)).toBe(true);
    // The decision's texts and the sections' are looked at too.
    expect(issues.some((i) => i.field?.startsWith('decision.'))).toBe(true);
    expect(issues.some((i) => i.field?.startsWith('muc-dich-yeu-cau/'))).toBe(true);
  });

  it('has nothing to say once the texts are the user’s own', () => {
    const own: Draft = {
      ...mine,
      header: { ...mine.header, basis: 'Ủy ban nhân dân xã Ea H’leo ban hành Kế hoạch cải cách hành chính năm 2027 như sau:' },
      values: {},
      decision: undefined,
      texts: {},
    };
    expect(leftovers(plan, own).map((i) => i.message)).toEqual([]);
  });
});

describe('another unit, another period, template code, on any kind', () => {
  const monthly = templates.get('bao-cao-tthc-thang')!;
  const month = (values: Draft['values'], header: Partial<Draft['header']> = {}) =>
    draftFor('bao-cao-tthc-thang', { header: { period: { kind: 'thang', year: 2026, index: 11 }, date: '2026-11-20', ...header }, values });

  it('flags a peer unit but not the unit itself, its province or units listed as items', () => {
    const d = month({ 'kien-nghi:noi-dung': 'Đề nghị UBND tỉnh Đắk Lắk hỗ trợ xã An Bình và xã Ea Kar.' });
    const [u] = leftovers(monthly, d);
    expect(u.key).toBe('foreign-unit:kien-nghi:noi-dung');
    // The user typed it in this draft: shown once the field is left, as any problem, not at once.
    expect(u.prominent).toBe(false);
    expect(u.message).toContain('nhắc đến “xã Ea Kar”');
    expect(u.message).not.toContain('“xã An Bình”');
    expect(u.message).not.toContain('Đắk Lắk');
  });

  it('flags an earlier month of a monthly report, but not a comparison or next month’s tasks', () => {
    const d = month({
      'danh-gia/danh-gia-chung:noi-dung': 'Trong tháng 10, UBND xã đã tiếp nhận 50 hồ sơ; so với tháng 10, tăng 5 hồ sơ.',
      'nhiem-vu:noi-dung': 'Tháng 12, tiếp tục số hóa hồ sơ.',
    });
    const issues = leftovers(monthly, d);
    expect(issues.map((i) => i.field)).toEqual(['danh-gia/danh-gia-chung:noi-dung']);
    expect(issues[0].message).toContain('“tháng 10”, khác kỳ của văn bản (tháng 11 năm 2026)');
  });

  it('flags template code the document would print as it is', () => {
    const d = month(
      { 'kien-nghi:noi-dung': 'Số liệu {chot_so_lieu} của {don_vi_cap_tren}; nhiệm vụ {ky_toi} của {cap}.' },
      { title: 'Báo cáo {ky} của {xa}' },
    );
    const found = leftovers(monthly, d).filter((i) => i.key.startsWith('token'));
    expect(found.map((i) => i.field)).toEqual(['header.title', 'kien-nghi:noi-dung']);
    expect(found[1].message).toContain('“{don_vi_cap_tren}”');
    expect(found[1].message).not.toContain('chot_so_lieu');
    expect(found[1].message).not.toMatch(/ky_toi|\{cap\}/);
  });

  it('finds nothing in the site’s own examples', () => {
    for (const [kind, template] of templates) expect(leftovers(template, exampleOf(kind)), kind).toEqual([]);
  });
});
