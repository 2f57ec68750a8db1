/**
 * What the roll-up says of a unit's report, in Vietnamese: each flag's message, and the period helpers the flags use.
 * The page shows these messages as they are; the workbook and the summary's notes repeat them.
 */
import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import { blockKey, childKey, parseScoreFigure } from '../report/index.ts';
import { formatShortDate, parseIsoDate } from '../format/date.ts';
import { periodLabel, type Period } from '../format/period.ts';
import type { FigureDifference } from '../printed/check.ts';
import { differenceText, scoreInfo, type FigureInfo } from '../printed/describe.ts';
import type { FigureBlock, FigureColumn } from './columns.ts';
import type { FigureSource, Replaced, UnitEntry } from './state.ts';

export const samePeriod = (a: Period, b: Period) =>
  a.kind === b.kind &&
  a.year === b.year &&
  (a.index ?? 0) === (b.index ?? 0) &&
  (a.from ?? '') === (b.from ?? '') &&
  (a.to ?? '') === (b.to ?? '');

/** The period most reports are for (the latest of equally common ones). */
export function commonPeriod(drafts: Draft[]): Period | undefined {
  const counts = new Map<string, { period: Period; n: number }>();
  for (const d of drafts) {
    const p = d.header.period;
    const k = JSON.stringify([p.kind, p.year, p.index ?? 0, p.from ?? '', p.to ?? '']);
    const c = counts.get(k) ?? {
      period: {
        kind: p.kind,
        year: p.year,
        ...(p.index !== undefined ? { index: p.index } : {}),
        ...(p.from ? { from: p.from } : {}),
        ...(p.to ? { to: p.to } : {}),
      },
      n: 0,
    };
    c.n++;
    counts.set(k, c);
  }
  const order = (p: Period) => p.year * 10_000 + (p.index ?? 0) * 100;
  return [...counts.values()].sort((a, b) => b.n - a.n || order(b.period) - order(a.period))[0]?.period;
}

export const refText = (r: Replaced) =>
  [r.number ? `số ${r.number}` : '', parseIsoDate(r.date) ? `ngày ${formatShortDate(r.date)}` : '', `tệp ${r.file}`]
    .filter(Boolean)
    .join(', ');

/** What a message says of a figure: its column's label, or (a score of the unit's table) its criterion's. */
export const figureInfoOf = (c: FigureColumn | undefined, draft: Pick<Draft, 'values'>, figure: string): FigureInfo | undefined =>
  c ? { label: c.label, percent: c.type === 'percent', computed: c.computed } : scoreInfo(draft, figure);

/** What the figures of a kind are about, for a unit without any: "TTHC" when every figure block is about TTHC. */
function figuresAbout(template: Pick<ReportTemplate, 'sections'>, blocks: FigureBlock[]): string {
  const areas = new Map<string, string | undefined>();
  const walk = (sections: SectionTemplate[], parent: string, area?: string) => {
    for (const s of sections) {
      const key = childKey(parent, s.id);
      for (const b of s.blocks) areas.set(blockKey(key, b.id), s.area ?? area);
      walk(s.children, key, s.area ?? area);
    }
  };
  walk(template.sections, '');
  const indicators = blocks.filter((b) => b.block.kind === 'indicators');
  return indicators.length && indicators.every((b) => areas.get(b.key) === 'cai-cach-thu-tuc-hanh-chinh') ? ' TTHC' : '';
}

/** What is computed again from printed figures: the rates, and for a score table its totals. */
function recomputed(differences: FigureDifference[]): string {
  const scores = differences.filter((d) => parseScoreFigure(d.figure)).length;
  return scores === 0 ? 'tỷ lệ' : scores === differences.length ? 'tổng điểm' : 'tỷ lệ và tổng điểm';
}

export const flagMessages = {
  unnamed: 'Chưa ghi tên đơn vị ở phần đầu báo cáo (cơ quan ban hành).',
  missing: 'Chưa có báo cáo.',
  /** The status of a unit that reported without a figure: never "Chưa có báo cáo". */
  noFiguresStatus: (template: Pick<ReportTemplate, 'sections'>, blocks: FigureBlock[]) =>
    `Đã báo cáo — không có số liệu${figuresAbout(template, blocks)}`,
  noFigures: (template: Pick<ReportTemplate, 'sections'>, blocks: FigureBlock[]) =>
    `${flagMessages.noFiguresStatus(template, blocks)}: báo cáo không ghi số liệu nào, nên không cộng vào tổng; mỗi tổng ghi rõ số đơn vị đã cộng.`,
  noScores: (table: string) => `“${table}” chưa có điểm tự đánh giá nào: không có tổng điểm của đơn vị này.`,
  someFigures: (empty: FigureBlock[]) =>
    `Không có số liệu ${empty.map((b) => `“${b.block.label}”`).join(', ')}: các tổng của nhóm này không cộng đơn vị này và ghi rõ số đơn vị đã cộng.`,
  printed: (differences: FigureDifference[], info: (figure: string) => FigureInfo | undefined, count: FigureSource) =>
    `Văn bản đã được sửa sau khi tải về, số liệu in khác bản nháp gốc: ${differences.map((d) => differenceText(d, info(d.figure))).join('; ')}. ${
      count === 'draft'
        ? 'Đang tính theo bản nháp gốc (do người tổng hợp chọn).'
        : `Đang tính theo số in trong văn bản (bản đơn vị đã ký); ${recomputed(differences)} tính lại từ các số đó.`
    }`,
  unverified: (labels: string[]) =>
    `Văn bản đã được sửa sau khi tải về, không đối chiếu được số liệu in trong văn bản (${labels.join('; ')}): đang tính theo bản nháp gốc; hãy đối chiếu với bản đơn vị đã ký.`,
  edited: 'Văn bản đã được sửa sau khi tải về, chỉ phần chữ: số liệu in trong văn bản khớp bản nháp gốc.',
  period: (own: Period, rolled: Period) => `Báo cáo ${periodLabel(own)}, khác kỳ tổng hợp (${periodLabel(rolled)}): không tính vào tổng.`,
  duplicate: (u: UnitEntry, d: Draft) =>
    `Đơn vị gửi ${u.replaced.length + 1} báo cáo khác nhau: dùng báo cáo mới hơn (${refText({ file: u.file, number: d.header.number, date: d.header.date })}), bỏ ${u.replaced.map(refText).join('; ')}.`,
  resent: (again: Replaced[]) => `Gửi lại, không đổi (${again.map((r) => `tệp ${r.file}`).join('; ')}).`,
  late: (date: string, deadline: string) => `Báo cáo ngày ${formatShortDate(date)}, sau hạn nộp ${formatShortDate(deadline)}.`,
};
