import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizePlace, placeDateLine } from '../../../src/lib/report/normalize.ts';
import { fillPlaceholders, sentenceCaseBody } from '../../../src/lib/report/placeholders.ts';
import { evaluate } from '../../../src/lib/report/evaluate.ts';
import { renderBytes } from '../../support/render.ts';
import { CATALOGUE, OUT } from '../../support/helpers.ts';
import { checkNd30, docxText } from '../../support/nd30.ts';
import { draftFor, monthly } from '../../support/fixtures.ts';

/**
 * Names of communes and wards in force since 01/7/2025, as two public copies of the official lists spell them (both
 * secondary sources, looked up 30/11/2026 with the project's search tools):
 * - GSO: the statistics office's list of administrative units (API of danhmuchanhchinh.nso.gov.vn), as republished in
 *   github.com/thanglequoc/vietnamese-provinces-database (commit cd580632),
 *   json/full_json_generated_data_vn_units_2026-07-25__20_49_07.json;
 * - BANDO: the map of the 2025 arrangement, sapnhap.bando.com.vn (Nhà xuất bản Tài nguyên - Môi trường và Bản đồ Việt
 *   Nam), as crawled in the same repository, dataset-generation-scripts/bando_co_dvch.sql.
 * The two spell some names differently ("Ea H'Leo" / "Ea H’leo", "B'Lao" / "B’lao"): the builder keeps whichever the
 * user types. The units were formed by the Standing Committee's 2025 resolutions arranging each province's communes
 * (1660/NQ-UBTVQH15 for Đắk Lắk, 1671/NQ-UBTVQH15 for Lâm Đồng, per the list in the README of the npm package
 * `tinhthanhvn`); the resolutions' own text was not reachable from here, so no name below is taken from them.
 */
const TODAY: { name: string; unit: 'Xã' | 'Phường'; province: string; source: string }[] = [
  { name: 'Đam Rông 4', unit: 'Xã', province: 'Lâm Đồng', source: 'GSO, BANDO' },
  { name: 'Bảo Lâm 3', unit: 'Xã', province: 'Lâm Đồng', source: 'GSO, BANDO' },
  { name: '3 Bảo Lộc', unit: 'Phường', province: 'Lâm Đồng', source: 'GSO, BANDO' },
  { name: '1 Bảo Lộc', unit: 'Phường', province: 'Lâm Đồng', source: 'GSO, BANDO' },
  { name: "B'Lao", unit: 'Phường', province: 'Lâm Đồng', source: 'GSO' },
  { name: 'B’lao', unit: 'Phường', province: 'Lâm Đồng', source: 'BANDO' },
  { name: "D'Ran", unit: 'Xã', province: 'Lâm Đồng', source: 'GSO' },
  { name: 'Cam Ly - Đà Lạt', unit: 'Phường', province: 'Lâm Đồng', source: 'BANDO' },
  { name: "Ea H'Leo", unit: 'Xã', province: 'Đắk Lắk', source: 'GSO' },
  { name: 'Ea H’leo', unit: 'Xã', province: 'Đắk Lắk', source: 'BANDO' },
  { name: 'Ea Kar', unit: 'Xã', province: 'Đắk Lắk', source: 'GSO, BANDO' },
  { name: "M'Drắk", unit: 'Xã', province: 'Đắk Lắk', source: 'GSO' },
  { name: "Cư M'gar", unit: 'Xã', province: 'Đắk Lắk', source: 'GSO' },
  { name: 'Cư M’ta', unit: 'Xã', province: 'Đắk Lắk', source: 'BANDO' },
  { name: "Ea M'Droh", unit: 'Xã', province: 'Đắk Lắk', source: 'GSO' },
  { name: 'Phú Hòa 1', unit: 'Xã', province: 'Đắk Lắk', source: 'BANDO' },
  { name: 'Móng Cái 1', unit: 'Phường', province: 'Quảng Ninh', source: 'GSO, BANDO' },
  { name: 'A Lưới 2', unit: 'Xã', province: 'Huế', source: 'GSO, BANDO' },
];

/**
 * A commune until 30/6/2025, merged with Đạ Tông and Đạ Long into xã Đam Rông 4 (BANDO's "trước sáp nhập" of Đam Rông 4;
 * baogialai.com.vn, "Xã Lạc Dương sau sáp nhập…"); reports written before then carry it.
 */
const FORMER = { name: 'Đưng K’Nớ', unit: 'Xã' } as const;

/** The date line's place: the full name for a unit named by a number (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.4.a). */
const placeOf = (n: { name: string; unit: string }) => (/^\d/.test(n.name) ? `${n.unit} ${n.name}` : n.name);
const issuerOf = (n: { name: string; unit: string }) => `ỦY BAN NHÂN DÂN\n${`${n.unit} ${n.name}`.toLocaleUpperCase('vi')}`;

describe('place names keep what the user typed', () => {
  it.each([...TODAY, FORMER].map((n) => [placeOf(n)]))('%s', (place) => {
    expect(normalizePlace(place)).toBe(place);
    expect(placeDateLine(normalizePlace(place), '2026-11-05')).toBe(`${place}, ngày 05 tháng 11 năm 2026`);
  });

  it('gives the first letter a capital, tidies spaces, and turns other quote marks into ’', () => {
    expect(normalizePlace('  phường 3   bảo lộc ')).toBe('Phường 3 Bảo Lộc');
    expect(normalizePlace('Đưng K‘Nớ')).toBe('Đưng K’Nớ');
    expect(normalizePlace('Ea H`leo')).toBe('Ea H’leo');
    expect(normalizePlace('Hoài Tân,')).toBe('Hoài Tân');
    expect(normalizePlace('3 Bảo Lộc')).toBe('');
    expect(normalizePlace('…')).toBe('');
  });
});

describe('the unit name inside sentences keeps its capitals', () => {
  it.each(TODAY.map((n) => [n.name, n.unit]))('%s (%s)', (name, unit) => {
    const n = { name, unit };
    const expected = `Ủy ban nhân dân ${/^\d/.test(name) ? unit : unit.toLocaleLowerCase('vi')} ${name}`;
    expect(sentenceCaseBody(issuerOf(n), placeOf(n))).toBe(expected);
  });

  it('spells "xã Đưng K’Nớ" from the place name, or with capitals after the apostrophe without one', () => {
    expect(sentenceCaseBody('ỦY BAN NHÂN DÂN\nXÃ ĐƯNG K’NỚ', 'Đưng K’Nớ')).toBe('Ủy ban nhân dân xã Đưng K’Nớ');
    expect(sentenceCaseBody('ỦY BAN NHÂN DÂN\nXÃ ĐƯNG K’NỚ')).toBe('Ủy ban nhân dân xã Đưng K’Nớ');
    // Typed in mixed case: kept as typed, whatever the place says.
    expect(sentenceCaseBody("Ủy ban nhân dân\nxã Cư M'gar", 'Hoài Tân')).toBe("Ủy ban nhân dân xã Cư M'gar");
    // A place with the other apostrophe still names the same unit; its spelling wins.
    expect(sentenceCaseBody("ỦY BAN NHÂN DÂN\nXÃ EA H'LEO", 'Ea H’leo')).toBe('Ủy ban nhân dân xã Ea H’leo');
  });

  it('keeps the old cases: two-word unit kinds, no unit word at all', () => {
    expect(sentenceCaseBody('ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN')).toBe('Ủy ban nhân dân phường Hoài Tân');
    expect(sentenceCaseBody('ỦY BAN NHÂN DÂN THỊ XÃ MỸ HÀO')).toBe('Ủy ban nhân dân thị xã Mỹ Hào');
    expect(sentenceCaseBody('ỦY BAN NHÂN DÂN\nĐẶC KHU CÔN ĐẢO')).toBe('Ủy ban nhân dân đặc khu Côn Đảo');
    expect(sentenceCaseBody('ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH')).toBe('Đoàn kiểm tra cải cách hành chính');
  });

  it('fills {don_vi} with it', () => {
    const draft = draftFor('bao-cao-tthc-thang', { header: { issuer: issuerOf(FORMER), place: FORMER.name } });
    expect(fillPlaceholders('{don_vi} báo cáo', draft)).toBe('Ủy ban nhân dân xã Đưng K’Nớ báo cáo');
  });
});

describe('a .docx with these names passes the Decree 30 checker', () => {
  const cases = [FORMER, ...TODAY.filter((n) => /\d|['’]/.test(n.name))];
  it.each(cases.map((n) => [n.name, n]))('%s', async (_, n) => {
    const draft = draftFor('bao-cao-tthc-thang', {
      header: {
        issuer: issuerOf(n),
        issuerAbbr: 'UBND',
        place: placeOf(n),
        date: '2026-11-05',
        leaveDayBlank: n === FORMER,
        basis: '{don_vi} báo cáo kết quả như sau:',
      },
    });
    const ev = evaluate(monthly, draft, CATALOGUE);
    expect(ev.issues.filter((i) => i.field === 'header.place' || i.field === 'header.leaveDayBlank')).toEqual([]);
    const bytes = await renderBytes(monthly, draft, CATALOGUE, ev);
    const file = join(OUT, `names-${n.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.docx`);
    writeFileSync(file, bytes);
    expect(checkNd30(file).filter((r) => !r.ok)).toEqual([]);
    const text = docxText(file);
    const day = n === FORMER ? 'ngày {2,}' : 'ngày 05 ';
    expect(text).toMatch(new RegExp(`${placeOf(n).replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}, ${day}tháng 11 năm 2026`));
    expect(text).toContain(`${sentenceCaseBody(issuerOf(n), placeOf(n))} báo cáo`);
  });
});
