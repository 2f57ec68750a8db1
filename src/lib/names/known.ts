/**
 * Names whose spelling is known, for turning text typed in capitals back into running text (case.ts). Capitals follow
 * Nghị định 30/2020/NĐ-CP, Phụ lục II "Viết hoa trong văn bản hành chính" (the decree's text as converted from its
 * official .docx in github.com/ericphan28/van-ban-plus, commit 2358a468, `…/30.2020.NĐ-CP/Phuluc2.md`; secondary copy):
 * III.1.a a unit's own name has every syllable capitalised, its kind word ("tỉnh", "xã") not; III.1.c "Thủ đô Hà Nội",
 * "Thành phố Hồ Chí Minh"; IV.1.a a body's kind and field words ("Sở Tài chính", "Hội đồng nhân dân tỉnh Sơn La");
 * V.1 "Nhân dân", "Nhà nước"; V.3 titles ("Thủ tướng Chính phủ").
 */

/**
 * The 34 provinces and centrally governed cities since 01/7/2025, as the 34 resolutions of the National Assembly
 * Standing Committee of 16/6/2025 arranging each one's communes name them in their titles (1654–1687/NQ-UBTVQH15,
 * copies converted to Markdown in github.com/dvhcvn/20250701, commit 1fe34bb3, `input/docs/<số>_NQ-UBTVQH15.md`;
 * secondary). The six cities are "thành phố"; "Thành phố Hồ Chí Minh" is written with a capital T (III.1.c).
 */
export const PROVINCES: readonly (readonly ['tỉnh' | 'thành phố', string])[] = [
  ['tỉnh', 'An Giang'],
  ['tỉnh', 'Bắc Ninh'],
  ['tỉnh', 'Cà Mau'],
  ['tỉnh', 'Cao Bằng'],
  ['tỉnh', 'Đắk Lắk'],
  ['tỉnh', 'Điện Biên'],
  ['tỉnh', 'Đồng Nai'],
  ['tỉnh', 'Đồng Tháp'],
  ['tỉnh', 'Gia Lai'],
  ['tỉnh', 'Hà Tĩnh'],
  ['tỉnh', 'Hưng Yên'],
  ['tỉnh', 'Khánh Hòa'],
  ['tỉnh', 'Lai Châu'],
  ['tỉnh', 'Lâm Đồng'],
  ['tỉnh', 'Lạng Sơn'],
  ['tỉnh', 'Lào Cai'],
  ['tỉnh', 'Nghệ An'],
  ['tỉnh', 'Ninh Bình'],
  ['tỉnh', 'Phú Thọ'],
  ['tỉnh', 'Quảng Ngãi'],
  ['tỉnh', 'Quảng Ninh'],
  ['tỉnh', 'Quảng Trị'],
  ['tỉnh', 'Sơn La'],
  ['tỉnh', 'Tây Ninh'],
  ['tỉnh', 'Thái Nguyên'],
  ['tỉnh', 'Thanh Hóa'],
  ['tỉnh', 'Tuyên Quang'],
  ['tỉnh', 'Vĩnh Long'],
  ['thành phố', 'Cần Thơ'],
  ['thành phố', 'Đà Nẵng'],
  ['thành phố', 'Hà Nội'],
  ['thành phố', 'Hải Phòng'],
  ['thành phố', 'Huế'],
  ['thành phố', 'Hồ Chí Minh'],
];

/**
 * Bodies, titles and words the site's texts and the seeds write with fixed capitals. "Ban Chỉ đạo cải cách hành chính
 * của Chính phủ" as the Government Office writes it (Thông báo 304/TB-VPCP ngày 02/8/2023, thuvienphapluat.vn; secondary).
 */
export const PHRASES: readonly string[] = [
  'Thủ đô Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Chính phủ',
  'Thủ tướng Chính phủ',
  'Phó Thủ tướng Chính phủ',
  'Văn phòng Chính phủ',
  'Quốc hội',
  'Ủy ban Thường vụ Quốc hội',
  'Bộ Nội vụ',
  'Bộ trưởng Bộ Nội vụ',
  'Sở Nội vụ',
  'Ban Chỉ đạo',
  'Ban Chỉ đạo cải cách hành chính của Chính phủ',
  'Trưởng Ban Chỉ đạo',
  'Phó Trưởng Ban Chỉ đạo',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Văn phòng Ủy ban nhân dân',
  'Văn phòng UBND',
  'Văn phòng HĐND và UBND',
  'Văn phòng Sở',
  'Mặt trận Tổ quốc Việt Nam',
  'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'Đảng ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Thường trực',
  'Nhân dân',
  'Nhà nước',
  'Đoàn kiểm tra',
  'Bộ phận Một cửa',
  'Trung tâm Phục vụ hành chính công',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế',
  'Cổng Dịch vụ công quốc gia',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Giám đốc',
  'Phó Giám đốc',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Trưởng đoàn',
  'Phó Trưởng đoàn',
  'Chủ nhiệm',
];

/** Letter groups typed in capitals that are abbreviations, kept as typed. */
export const ABBREVIATIONS = new Set([
  'CCHC',
  'TTHC',
  'UBND',
  'HĐND',
  'CBCC',
  'CBCCVC',
  'PAKN',
  'QPPL',
  'VBQPPL',
  'ISO',
  'TCVN',
  'PAR',
  'INDEX',
  'SIPAS',
  'PAPI',
  'PCI',
  'DDCI',
  'VNEID',
  'CNTT',
  'BCĐ',
  'ĐKT',
]);

/** Words naming a kind of administrative unit; a name follows them ("xã An Bình", "thành phố Hải Phòng"). */
export const UNIT_WORDS: readonly string[] = ['xã', 'phường', 'thị trấn', 'đặc khu', 'thị xã', 'thành phố', 'tỉnh', 'huyện', 'quận'];

/** Words after which the next ones are a body's own name, written with capitals (IV.1.a): "Sở Tài chính", "Văn phòng Đăng ký đất đai". */
export const BODY_WORDS: readonly string[] = ['sở', 'văn phòng', 'trung tâm', 'phòng', 'ban', 'chi cục'];

/** Words before a body word that make it a common noun: "cơ sở", "trụ sở", "các phòng". */
export const NOT_A_BODY_AFTER = new Set(['cơ', 'trụ', 'các', 'những', 'cán', 'toàn']);

/**
 * Words that cannot start a name, so a unit or body word before them is used as a common noun ("của tỉnh về …",
 * "ban hành", "phòng, chống", "bộ phận", "cơ sở").
 */
export const NOT_A_NAME = new Set([
  'về',
  'của',
  'trên',
  'tại',
  'và',
  'đến',
  'theo',
  'trong',
  'với',
  'cho',
  'để',
  'là',
  'được',
  'đã',
  'có',
  'các',
  'những',
  'nhằm',
  'thuộc',
  'hành',
  'chống',
  'phận',
  'máy',
  'tiêu',
  'chỉ',
  'ngành',
  'ngừa',
  'chuyên',
  'phẩm',
]);
