import type { ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import type { BlockKind, BlockOf, CheckContext } from '../types.ts';
import { isRecord } from '../../values.ts';
import { cleanLine } from '../../../format/text.ts';
import { formatNumber } from '../../../format/number.ts';
import { formatShortDate, parseIsoDate } from '../../../format/date.ts';
import {
  asScoreTable,
  differs,
  filledEvidence,
  needsExplanation,
  onStep,
  scoreOf,
  scoreTotals,
  selfScored,
  type ScoreTotals,
} from './tree.ts';
import { renderScores } from './render.ts';

type Scores = BlockOf<'scores'>;

/** "1.1.2 “Ban hành kế hoạch…”" — how a message names a row. */
export function rowName(row: ScoreRow, index: number): string {
  const name = cleanLine(row.name);
  const short = name.length > 70 ? `${name.slice(0, 67)}…` : name;
  const tt = cleanLine(row.tt);
  if (tt && short) return `${tt} “${short}”`;
  return tt || (short ? `“${short}”` : `dòng ${index + 1}`);
}

/** The field path of a part of row `i` in the editor and in issues: "<block key>.<i>.score". */
export const rowField = (key: string, i: number, part: string) => `${key}.${i}.${part}`;

const n = (x: number) => formatNumber(x, 2);

/**
 * A score table (CCHC-index self-assessment): lĩnh vực → tiêu chí → tiêu chí thành phần with maxima, self scores,
 * evidence, explanations and, after appraisal, appraised scores and the unit's reply. Totals are computed.
 */
export const scores: BlockKind<Scores> = {
  shapeOk: (value) => isRecord(value) && Array.isArray(value.rows) && value.rows.every(isRecord),
  hasContent(block, value) {
    const table = asScoreTable(value);
    if (!table.rows.length) return false;
    if (block.print === 'table' || block.print === 'summary') return true;
    const totals = scoreTotals(table);
    return block.print === 'explanations'
      ? table.rows.some((r, i) => needsExplanation(r, totals.rows[i]) && cleanLine(r.note))
      : table.rows.some((r, i) => differs(r, totals.rows[i]));
  },
  check(block, value, ctx) {
    const table = asScoreTable(value);
    checkScores(block, table, scoreTotals(table), ctx);
  },
  // Self and appraised scores of the criteria the unit scores (not those of the survey), wherever the table is edited.
  typedFigures(block, value, key) {
    const table = asScoreTable(value);
    const totals = scoreTotals(table);
    return table.rows.flatMap((r, i) => {
      if (!selfScored(r, totals.rows[i])) return [];
      const parts = block.appraisal ? (['score', 'appraised'] as const) : (['score'] as const);
      return parts.flatMap((part) => {
        const x = r[part];
        if (x == null) return [];
        const what = part === 'score' ? 'Điểm tự đánh giá' : 'Điểm thẩm định';
        return [
          {
            field: rowField(key, i, part),
            label: `${block.label}: ${what} của tiêu chí ${rowName(r, i)}`,
            kind: 'number' as const,
            value: x,
          },
        ];
      });
    });
  },
  render: renderScores,
  rollover(_block, value) {
    // The criteria and the kind of evidence each needs stay; scores, dates and numbers belong to the year scored.
    const table = asScoreTable(value);
    if (!table.rows.length) return undefined;
    const rows = table.rows.map((r): ScoreRow => ({
      tt: r.tt,
      name: r.name,
      level: r.level,
      max: r.max,
      ...(r.step ? { step: r.step } : {}),
      ...(r.survey ? { survey: true } : {}),
      ...(r.method !== undefined ? { method: r.method } : {}),
      score: null,
      appraised: null,
      evidence: filledEvidence(r.evidence).map((d) => ({ ...d, number: '', date: '' })),
      note: '',
    }));
    return (table.set ? { set: table.set, rows } : { rows }) satisfies ScoreTable;
  },
  texts: (block, value, key) =>
    asScoreTable(value).rows.flatMap((r, i) =>
      (['note', 'review'] as const).flatMap((k) =>
        r[k]
          ? [
              {
                field: rowField(key, i, k),
                label: `${block.label}: giải trình của tiêu chí ${rowName(r, i)}`,
                text: r[k]!,
                owner: { field: key, label: block.label },
              },
            ]
          : [],
      ),
    ),
};

function checkScores(block: Scores, table: ScoreTable, totals: ScoreTotals, { key, where, draft, issue, pasted }: CheckContext) {
  const label = block.label;
  const reportDate = parseIsoDate(draft.header.date) ? draft.header.date : '';
  const unscored: number[] = [];
  table.rows.forEach((r, i) => {
    const t = totals.rows[i];
    const name = rowName(r, i);
    const prev = table.rows[i - 1];
    if (i === 0 ? r.level !== 1 : r.level > prev.level + 1)
      issue({
        key: `scores-level:${key}.${i}`,
        field: rowField(key, i, 'name'),
        severity: 'warning',
        message: `${where}${label}: tiêu chí ${name} nằm sâu hơn một bậc so với dòng trên, nên không rõ thuộc lĩnh vực, tiêu chí nào.`,
      });
    if (!cleanLine(r.name))
      issue({
        key: `scores-name:${key}.${i}`,
        field: rowField(key, i, 'name'),
        severity: 'warning',
        message: `${where}${label}: dòng ${i + 1}${r.tt ? ` (${cleanLine(r.tt)})` : ''} chưa có tên tiêu chí.`,
      });
    if (!t.leaf) return;
    if (r.max == null)
      issue({
        key: `scores-max:${key}.${i}`,
        field: rowField(key, i, 'max'),
        severity: 'warning',
        message: `${where}${label}: tiêu chí ${name} chưa có điểm tối đa.`,
      });
    else if (r.max < 0)
      issue({
        key: `scores-max:${key}.${i}`,
        field: rowField(key, i, 'max'),
        severity: 'error',
        blocking: true,
        message: `${where}${label}: điểm tối đa của tiêu chí ${name} không được là số âm.`,
      });
    if (r.survey) {
      if (r.score != null || r.appraised != null)
        issue({
          key: `scores-survey:${key}.${i}`,
          field: rowField(key, i, 'score'),
          severity: 'info',
          message: `${where}${label}: tiêu chí ${name} đánh giá qua điều tra xã hội học, đơn vị không tự chấm; điểm đã nhập được bỏ qua.`,
        });
      return;
    }
    // Text and negative numbers are the typed-figure rule's (typedFigures below); here the range and the step.
    if (r.score == null) unscored.push(i);
    else scoreRange(r, i, 'score', 'Điểm tự đánh giá', name);
    if (block.appraisal) scoreRange(r, i, 'appraised', 'Điểm thẩm định', name);
    if (needsExplanation(r, t) && !cleanLine(r.note))
      issue({
        key: `scores-note:${key}.${i}`,
        field: rowField(key, i, 'note'),
        severity: 'error',
        message:
          t.evidence === 'none'
            ? `${where}${label}: tiêu chí ${name} tự chấm ${n(scoreOf(r.score) ?? 0)} điểm nhưng chưa có tài liệu kiểm chứng: thêm tài liệu kiểm chứng hoặc ghi giải trình cách chấm điểm.`
            : `${where}${label}: tài liệu kiểm chứng của tiêu chí ${name} còn thiếu số, ký hiệu, ngày hoặc trích yếu: bổ sung cho đủ hoặc ghi giải trình.`,
      });
    filledEvidence(r.evidence).forEach((d, j) => {
      const field = rowField(key, i, `evidence.${j}.date`);
      const doc = cleanLine(d.number) || `văn bản ${j + 1}`;
      if (d.date && !parseIsoDate(d.date))
        issue({
          key: `scores-doc-date:${field}`,
          field,
          severity: 'warning',
          message: `${where}${label}: ngày của tài liệu kiểm chứng ${doc} (tiêu chí ${name}) không hợp lệ.`,
        });
      else if (d.date && reportDate && d.date > reportDate)
        issue({
          key: `scores-doc-future:${field}`,
          field,
          severity: 'warning',
          message: `${where}${label}: tài liệu kiểm chứng ${doc} (tiêu chí ${name}) có ngày ${formatShortDate(d.date)}, sau ngày báo cáo.`,
        });
    });
    if (block.review && r.reconsider && !cleanLine(r.review ?? ''))
      issue({
        key: `scores-review:${key}.${i}`,
        field: rowField(key, i, 'review'),
        severity: 'error',
        message: `${where}${label}: đề nghị xem xét lại tiêu chí ${name} cần ghi lý do, căn cứ.`,
      });
    for (const text of [r.note, r.review ?? '', ...r.evidence.map((d) => d.subject)]) if (text) pasted(cleanLine(text));
  });
  if (unscored.length && unscored.length < totals.total.scorable)
    issue({
      key: `scores-unscored:${key}`,
      field: rowField(key, unscored[0], 'score'),
      severity: 'warning',
      message: `${where}${label}: còn ${unscored.length} tiêu chí chưa tự chấm điểm: ${list(unscored.map((i) => cleanLine(table.rows[i].tt) || `dòng ${i + 1}`))}.`,
    });
  else if (unscored.length)
    issue({
      key: `scores-unscored:${key}`,
      field: rowField(key, unscored[0], 'score'),
      severity: 'info',
      message: `${where}${label}: chưa chấm điểm tiêu chí nào.`,
    });

  function scoreRange(r: ScoreRow, i: number, part: 'score' | 'appraised', what: string, name: string) {
    const x = scoreOf(r[part]);
    if (x == null) return;
    const field = rowField(key, i, part);
    const bad = (message: string) =>
      issue({ key: `scores-${part}:${field}`, field, severity: 'error', blocking: true, message: `${where}${label}: ${message}` });
    if (r.max != null && x > r.max + 1e-9)
      bad(`${what} của tiêu chí ${name} là ${n(x)}, lớn hơn điểm tối đa ${n(r.max)}: nhập từ 0 đến ${n(r.max)} điểm.`);
    else if (!onStep(x, r.step))
      bad(
        `${what} của tiêu chí ${name} phải chấm theo bước ${n(r.step!)} điểm (ví dụ ${n(r.step!)}; ${n(2 * r.step!)}; ${n(3 * r.step!)}), đang nhập ${formatNumber(x, 4)}.`,
      );
  }
}

/** "1.1, 1.2, 2.3 và 4 tiêu chí khác". */
function list(items: string[], shown = 8): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')} và ${items.length - shown} tiêu chí khác`;
}
