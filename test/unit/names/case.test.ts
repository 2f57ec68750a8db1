import { describe, expect, it } from 'vitest';
import { caseName, caseSentence, headerLexicon, issuerKind, lexicon, lowerStart, unitName } from '../../../src/lib/names/index.ts';
import { authorityName, normalizePlace, titleText } from '../../../src/lib/report/normalize.ts';
import { PROVINCES } from '../../../src/lib/names/known.ts';

/**
 * Real names (sources in src/lib/names/known.ts): Thành phố Hồ Chí Minh and Hải Phòng as the 2025 resolutions name
 * them, the Government's steering committee as the Government Office writes it, and a provincial office, Văn phòng UBND
 * tỉnh Lai Châu. What is typed in lower case is never re-cased; capitals are converted only where the result is certain.
 */
describe('names typed in capitals, converted only where certain', () => {
  it('knows the 34 provinces and cities, "Thành phố Hồ Chí Minh" with its capital T', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter(([u]) => u === 'thành phố').map(([, n]) => n)).toEqual([
      'Cần Thơ',
      'Đà Nẵng',
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Hồ Chí Minh',
    ]);
    expect(caseName('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH').text).toBe('Ủy ban nhân dân Thành phố Hồ Chí Minh');
    expect(caseName('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG').text).toBe('Ủy ban nhân dân thành phố Hải Phòng');
    expect(caseName('VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH LAI CHÂU')).toEqual({
      text: 'Văn phòng Ủy ban nhân dân tỉnh Lai Châu',
      certain: true,
      unsure: [],
    });
    expect(caseName('BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ').text).toBe('Ban Chỉ đạo cải cách hành chính của Chính phủ');
  });

  it('writes a trích yếu in lower case with its names capitalised', () => {
    expect(caseSentence('KẾ HOẠCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026 TRÊN ĐỊA BÀN THÀNH PHỐ HẢI PHÒNG')).toEqual({
      text: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2026 trên địa bàn thành phố Hải Phòng',
      certain: true,
      unsure: [],
    });
    expect(
      caseSentence('BAN HÀNH KẾ HOẠCH KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ').text,
    ).toBe('Ban hành Kế hoạch kiểm tra cải cách hành chính năm 2026 của Ban Chỉ đạo cải cách hành chính của Chính phủ');
    expect(caseSentence('KẾT QUẢ KIỂM SOÁT TTHC QUÝ III NĂM 2026 TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH').text).toBe(
      'Kết quả kiểm soát TTHC quý III năm 2026 trên địa bàn Thành phố Hồ Chí Minh',
    );
    expect(caseSentence('KẾ HOẠCH CCHC NĂM 2026 CỦA VĂN PHÒNG UBND TỈNH LAI CHÂU').text).toBe(
      'Kế hoạch CCHC năm 2026 của Văn phòng UBND tỉnh Lai Châu',
    );
    // Common nouns that look like bodies or units stay common.
    expect(caseSentence('PHÒNG, CHỐNG THAM NHŨNG TẠI TRỤ SỞ VÀ CÁC PHÒNG CHUYÊN MÔN CỦA TỈNH').text).toBe(
      'Phòng, chống tham nhũng tại trụ sở và các phòng chuyên môn của tỉnh',
    );
  });

  it('leaves a name it does not know as typed and says which words', () => {
    // "Năm Căn" is a place: nothing tells where an unknown name ends.
    expect(caseSentence('KIỂM TRA CCHC TẠI XÃ TÂN PHÚ NĂM 2026')).toMatchObject({ certain: false, unsure: ['TÂN', 'PHÚ', 'NĂM'] });
    expect(caseSentence('KẾ HOẠCH CỦA SỞ TÀI CHÍNH VỀ CCHC')).toMatchObject({ certain: false, unsure: ['TÀI', 'CHÍNH'] });
    // Known from the draft (the unit's own name): certain.
    const lex = headerLexicon({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ', place: 'Tân Phú' });
    expect(caseSentence('KIỂM TRA CCHC TẠI XÃ TÂN PHÚ NĂM 2026', lex).text).toBe('Kiểm tra CCHC tại xã Tân Phú năm 2026');
    // A trích yếu that stays uncertain is printed as typed (the builder warns that Decree 30 wants lower case).
    expect(titleText('KIỂM TRA CCHC TẠI XÃ TÂN PHÚ NĂM 2026')).toMatchObject({
      text: 'KIỂM TRA CCHC TẠI XÃ TÂN PHÚ NĂM 2026',
      certain: false,
      upper: true,
    });
    expect(titleText('Kế hoạch kiểm tra tại xã TÂN PHÚ').text).toBe('Kế hoạch kiểm tra tại xã TÂN PHÚ');
  });

  it('never re-cases what was typed with lower-case letters', () => {
    expect(caseName('Ủy ban nhân dân Thành phố Hồ Chí Minh').text).toBe('Ủy ban nhân dân Thành phố Hồ Chí Minh');
    expect(unitName({ issuer: 'ỦY BAN NHÂN DÂN\nXÃ EA H’LEO', place: 'Ea H’leo', unit: "Ủy ban nhân dân xã Ea H'leo" }).text).toBe(
      "Ủy ban nhân dân xã Ea H'leo",
    );
    expect(titleText('Kiểm tra công tác CCHC tại Thành phố Hồ Chí Minh').text).toBe('Kiểm tra công tác CCHC tại Thành phố Hồ Chí Minh');
  });
});

describe('the place in the date line', () => {
  it('keeps "Thành phố Hồ Chí Minh" as the decree writes it, however it was typed', () => {
    for (const typed of ['Thành phố Hồ Chí Minh', 'thành phố hồ chí minh', 'THÀNH PHỐ HỒ CHÍ MINH'])
      expect(normalizePlace(typed)).toBe('Thành phố Hồ Chí Minh');
  });

  it('capitalises each word of a name typed in one case, not the second half of a unit word', () => {
    expect(normalizePlace('hải phòng')).toBe('Hải Phòng');
    expect(normalizePlace('LAI CHÂU')).toBe('Lai Châu');
    expect(normalizePlace('thành phố huế')).toBe('Thành phố Huế');
    expect(normalizePlace('thị xã mỹ hào')).toBe('Thị xã Mỹ Hào');
    expect(normalizePlace('PHƯỜNG 3 BẢO LỘC')).toBe('Phường 3 Bảo Lộc');
    expect(normalizePlace('ĐƯNG K’NỚ')).toBe('Đưng K’Nớ');
    // Typed in mixed case: the user's spelling, first letter capitalised.
    expect(normalizePlace('ea H’leo')).toBe('Ea H’leo');
  });
});

describe('the unit as sentences name it', () => {
  it('is the field typed, else the issuer converted where certain, else the issuer as typed', () => {
    expect(unitName({ issuer: 'VĂN PHÒNG ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU', place: 'Lai Châu' })).toEqual({
      text: 'Văn phòng Ủy ban nhân dân tỉnh Lai Châu',
      certain: true,
      unsure: [],
    });
    expect(unitName({ issuer: 'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH\nCỦA CHÍNH PHỦ', place: 'Hà Nội' }).text).toBe(
      'Ban Chỉ đạo cải cách hành chính của Chính phủ',
    );
    expect(unitName({ issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', place: 'Thành phố Hồ Chí Minh' }).text).toBe(
      'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    );
    expect(unitName({ issuer: 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', place: 'Lai Châu' })).toEqual({
      text: 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI',
      certain: false,
      unsure: ['ĐĂNG'],
    });
    expect(unitName({ issuer: 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', place: 'Lai Châu', unit: 'Văn phòng Đăng ký đất đai tỉnh Lai Châu' }).text).toBe(
      'Văn phòng Đăng ký đất đai tỉnh Lai Châu',
    );
  });

  it('names the authority of a decision: "Chánh Văn phòng Ủy ban nhân dân tỉnh Lai Châu"', () => {
    expect(authorityName('CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH LAI CHÂU').text).toBe('Chánh Văn phòng Ủy ban nhân dân tỉnh Lai Châu');
    expect(authorityName('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG').text).toBe('Chủ tịch Ủy ban nhân dân thành phố Hải Phòng');
    expect(authorityName('GIÁM ĐỐC SỞ NỘI VỤ').text).toBe('Giám đốc Sở Nội vụ');
    expect(authorityName('TRƯỞNG BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ').text).toBe(
      'Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ',
    );
  });

  it('tells what kind of body typed the header, and its commune or province', () => {
    expect(issuerKind({ issuer: 'ỦY BAN NHÂN DÂN\nPHƯỜNG HOÀI TÂN' })).toEqual({ kind: 'xa', locality: 'phường' });
    expect(issuerKind({ issuer: 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG' })).toEqual({ kind: 'tinh', locality: 'thành phố' });
    expect(issuerKind({ issuer: 'VĂN PHÒNG ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU' })).toEqual({ kind: 'van-phong', locality: 'tỉnh' });
    expect(issuerKind({ issuer: 'SỞ NỘI VỤ', parentBody: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU' })).toEqual({ kind: 'so', locality: 'tỉnh' });
    expect(issuerKind({ issuer: 'BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH\nCỦA CHÍNH PHỦ' })).toEqual({ kind: 'ban-chi-dao', locality: undefined });
    expect(issuerKind({ issuer: 'VĂN PHÒNG', parentBody: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU' })).toEqual({
      kind: 'van-phong',
      locality: 'tỉnh',
    });
    expect(issuerKind({ issuer: 'VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI', parentBody: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' }).kind).toBeUndefined();
    expect(issuerKind({ issuer: 'ĐOÀN KIỂM TRA' })).toEqual({ kind: undefined, locality: undefined });
  });
});

describe('a trích yếu continued after its type', () => {
  it('starts in lower case unless it starts with a name or an abbreviation', () => {
    const lex = lexicon();
    expect(lowerStart('Kiểm tra công tác cải cách hành chính năm 2026', lex)).toBe('kiểm tra công tác cải cách hành chính năm 2026');
    expect(lowerStart('Ủy ban nhân dân tỉnh Lai Châu năm 2026', lex)).toBe('Ủy ban nhân dân tỉnh Lai Châu năm 2026');
    expect(lowerStart('CCHC năm 2026', lex)).toBe('CCHC năm 2026');
  });
});
