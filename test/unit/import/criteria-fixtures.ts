/**
 * A province's criteria sheet as the import meets it, made up for the tests (its decision, province and points are
 * not a real set's): title rows naming the decision that issued the set, evidence cells holding several documents
 * (split by ";" and by line breaks, some with number and date, one without), a notes column, a criterion marked
 * "Không áp dụng", a bonus section with its limit and a penalty written with a minus sign. Every expected figure is
 * computed here from the rows, not typed.
 */
import type { Cell } from '../../../src/lib/import/grid.ts';
import type { Grid } from './fixtures.ts';

export const DECISION = {
  number: '45/QĐ-UBND',
  date: '2025-01-20',
  issuer: 'Ủy ban nhân dân tỉnh Ví Dụ',
  citation: 'Quyết định số 45/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh Ví Dụ',
};

type Leaf = { tt: string; name: string; max: number; self: number | 'Không áp dụng'; evidence?: string; note?: string };
type Area = { tt: string; name: string; leaves: Leaf[] };

export const AREAS: Area[] = [
  {
    tt: 'I',
    name: 'Công tác chỉ đạo, điều hành',
    leaves: [
      {
        tt: '1',
        name: 'Ban hành kế hoạch cải cách hành chính năm',
        max: 4,
        self: 4,
        evidence:
          'Kế hoạch số 12/KH-UBND ngày 15/01/2025 về cải cách hành chính năm 2025; Báo cáo số 145/BC-UBND ngày 10/12/2025 về kết quả cải cách hành chính năm 2025',
      },
      {
        tt: '2',
        name: 'Kiểm tra công tác cải cách hành chính',
        max: 3,
        self: 2.5,
        evidence: 'Quyết định số 7/QĐ-UBND ngày 02/3/2025 về kiểm tra cải cách hành chính\nThông báo số 31/TB-UBND ngày 05/11/2025',
        note: 'Còn 01 bộ phận chưa kiểm tra theo kế hoạch.',
      },
      {
        tt: '3',
        name: 'Kiểm tra việc thực hiện nhiệm vụ ở khu vực biên giới',
        max: 3,
        self: 'Không áp dụng',
        note: 'Không áp dụng: xã không có khu vực biên giới.',
      },
    ],
  },
  {
    tt: 'II',
    name: 'Cải cách thủ tục hành chính',
    leaves: [
      {
        tt: '1',
        name: 'Công khai thủ tục hành chính',
        max: 5,
        self: 4,
        evidence: 'Có thực hiện niêm yết tại Bộ phận Một cửa',
        note: 'Ảnh chụp bảng niêm yết kèm theo.',
      },
      { tt: '2', name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', max: 5, self: 5, evidence: 'Báo cáo số 150/BC-UBND ngày 15/12/2025' },
    ],
  },
];

export const BONUS = {
  limit: 2,
  items: [
    {
      name: 'Có sáng kiến cải cách hành chính được công nhận',
      max: 2,
      points: 2,
      note: 'Quyết định số 60/QĐ-UBND ngày 01/10/2025 công nhận sáng kiến.',
    },
    { name: 'Được khen thưởng về cải cách hành chính', max: 1, points: 1, note: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.' },
  ],
};
export const PENALTY = {
  items: [{ name: 'Bị phê bình bằng văn bản về cải cách hành chính', max: 1, points: 1, note: 'Công văn số 9/UBND-NC ngày 03/4/2025.' }],
};

const leaves = AREAS.flatMap((a) => a.leaves);
const scored = leaves.filter((l) => typeof l.self === 'number');
const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 1e6) / 1e6;

/** What the sheet holds, computed from the rows above. */
export const EXPECTED = {
  leaves: leaves.length,
  /** The set's maximum (as the total row states it), and the maximum the unit is scored on. */
  maxTotal: sum(leaves.map((l) => l.max)),
  naMax: sum(leaves.filter((l) => l.self === 'Không áp dụng').map((l) => l.max)),
  selfTotal: sum(scored.map((l) => l.self as number)),
  bonusTyped: sum(BONUS.items.map((b) => b.points)),
  bonus: Math.min(sum(BONUS.items.map((b) => b.points)), BONUS.limit),
  penalty: sum(PENALTY.items.map((p) => p.points)),
};

/** The sheet: title rows (the decision in the second), header, the two lĩnh vực, bonus and penalty, the total. */
export function provinceCriteriaGrid(): Grid & { totalRow: number } {
  const cells: Cell[][] = [
    ['BỘ TIÊU CHÍ ĐÁNH GIÁ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH CỦA ỦY BAN NHÂN DÂN CẤP XÃ'],
    [`(Kèm theo ${DECISION.citation})`],
    [],
    ['STT', 'Lĩnh vực, tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Ghi chú'],
  ];
  for (const a of AREAS) {
    const scoredHere = a.leaves.filter((l) => typeof l.self === 'number');
    cells.push([a.tt, a.name, sum(a.leaves.map((l) => l.max)), sum(scoredHere.map((l) => l.self as number)), null, null]);
    for (const l of a.leaves) cells.push([l.tt, l.name, l.max, l.self, l.evidence ?? null, l.note ?? null]);
  }
  cells.push(['III', 'Điểm thưởng', BONUS.limit, null, null, null]);
  BONUS.items.forEach((b, i) => cells.push([String(i + 1), b.name, b.max, b.points, null, b.note]));
  cells.push(['IV', 'Điểm trừ', null, null, null, null]);
  PENALTY.items.forEach((p, i) => cells.push([String(i + 1), p.name, -p.max, -p.points, null, p.note]));
  const totalRow = cells.length + 1;
  cells.push([null, 'Tổng cộng', EXPECTED.maxTotal, EXPECTED.selfTotal, null, null]);
  return {
    cells,
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: 5 },
      { r0: 1, c0: 0, r1: 1, c1: 5 },
    ],
    totalRow,
  };
}
