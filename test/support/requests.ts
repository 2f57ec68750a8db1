import { requestOf } from '../../src/lib/request/link.ts';
import { tableFromSet } from '../../src/lib/report/index.ts';
import { loadCriteriaSets } from '../../src/data/load.ts';
import { REQUEST_FORMAT, REQUEST_VERSION, type ReportRequest, type RequestInput } from '../../src/schemas/request.ts';

/** A Sở Nội vụ's request for the monthly TTHC report of December 2026, as the roll-up's form makes it. */
export function monthlyRequest(patch: Partial<RequestInput> = {}): ReportRequest {
  return requestOf({
    format: REQUEST_FORMAT,
    version: REQUEST_VERSION,
    kind: 'bao-cao-tthc-thang',
    period: { kind: 'thang', year: 2026, index: 12 },
    cutoff: { from: '2026-11-21', to: '2026-12-20' },
    deadline: '2026-12-24',
    document: {
      number: '1234/SNV-CCHC',
      date: '2026-12-05',
      issuer: 'Sở Nội vụ tỉnh Lâm Đồng',
      subject: 'V/v báo cáo kết quả cải cách thủ tục hành chính tháng 12 năm 2026',
    },
    recipients: ['Sở Nội vụ tỉnh Lâm Đồng'],
    targets: [
      { field: 'ket-qua/giai-quyet-tthc:so-lieu.ty-le-dung-han', op: '>=', value: 95, year: 2026, own: true },
      {
        field: 'ket-qua/giai-quyet-tthc:so-lieu.ty-le-truc-tuyen',
        op: '>=',
        value: 60,
        year: 2026,
        source: 'Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân tỉnh Lâm Đồng',
      },
    ],
    units: ['Xã An Bình', 'Phường Xuân Hương - Đà Lạt', 'Xã Đam Rông 4', "Xã Ea H'leo"],
    ...patch,
  });
}

/**
 * `n` criteria as a province's imported set has them: the site's illustrative set (real-length names and scoring
 * methods, each different), continued with numbered copies of its criteria when more are asked for.
 */
export function criteriaRows(n: number) {
  const set = loadCriteriaSets().find((s) => s.id === 'minh-hoa-xa')!;
  const base = tableFromSet(set).rows.map(({ tt, name, level, max, step, method }) => ({ tt, name, level, max, step, method }));
  const rows = base.slice(0, n);
  for (let i = 0; rows.length < n; i++) rows.push({ ...base[i % base.length], tt: `${base[i % base.length].tt}.${i + 1}` });
  return rows;
}

/** A self-assessment request with an imported set of `n` criteria embedded. */
export function assessmentRequest(n = 100): ReportRequest {
  return requestOf({
    format: REQUEST_FORMAT,
    version: REQUEST_VERSION,
    kind: 'bao-cao-tu-danh-gia-chi-so-cchc',
    period: { kind: 'nam', year: 2026 },
    deadline: '2027-01-15',
    document: {
      number: '45/KH-UBND',
      date: '2026-12-01',
      issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng',
      subject: 'Xác định Chỉ số cải cách hành chính năm 2026 của các xã, phường, đặc khu',
    },
    recipients: ['Sở Nội vụ tỉnh Lâm Đồng'],
    criteria: { name: 'Bộ tiêu chí xác định Chỉ số CCHC cấp xã năm 2026', citation: '', rows: criteriaRows(n) },
  });
}

const SYLLABLES = [
  'An',
  'Bình',
  'Đức',
  'Trọng',
  'Hòa',
  'Lạc',
  'Tân',
  'Phú',
  'Thạnh',
  'Hiệp',
  'Lâm',
  'Hà',
  'Đam',
  'Rông',
  'Bảo',
  'Lộc',
  'Di',
  'Linh',
  'Nam',
  'Ban',
  'Kiến',
  'Đinh',
  'Văn',
  'Quảng',
  'Tín',
  'Gia',
  'Nghĩa',
  'Sơn',
  'Điền',
  'Xuân',
];
/** `n` different unit names as a province lists them ("Xã Tân Hòa", "Phường Lộc Phát"). */
export const unitNames = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => {
    const [k, round] = [i % SYLLABLES.length, Math.floor(i / SYLLABLES.length)];
    const b = SYLLABLES[(k + 1 + round) % SYLLABLES.length];
    return `${i % 5 === 0 ? 'Phường' : 'Xã'} ${SYLLABLES[k]} ${b}${round >= SYLLABLES.length - 1 ? ` ${round}` : ''}`;
  });
