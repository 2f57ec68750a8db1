import type { ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import type { BlockOf, CheckContext } from '../types.ts';
import { cleanLine } from '../../../format/text.ts';
import { formatNumber } from '../../../format/number.ts';
import { formatShortDate, parseIsoDate } from '../../../format/date.ts';
import { filledEvidence, scoreFault, scoreOf } from './value.ts';
import { needsExplanation, type ScoreTotals } from './tree.ts';
import { checkAdjustments } from './check-adjust.ts';
import { citationField, rowField, rowName } from './fields.ts';

type Scores = BlockOf<'scores'>;

const n = (x: number) => formatNumber(x, 2);

/**
 * The checks of a score table: the outline, maxima, each score against its maximum and step (a score failing them is
 * a blocking error at its field and counts nowhere), evidence or an explanation for each score claimed, the reason a
 * criterion does not apply, bonus and penalty points (check-adjust.ts), the decision an imported set was issued by.
 */
export function checkScores(block: Scores, table: ScoreTable, totals: ScoreTotals, ctx: CheckContext) {
  const { key, where, draft, issue, pasted } = ctx;
  const label = block.label;
  const reportDate = parseIsoDate(draft.header.date) ? draft.header.date : '';
  const unscored: number[] = [];
  if (table.set && !table.set.illustrative && !cleanLine(table.set.citation) && table.rows.length)
    issue({
      key: `scores-set:${key}`,
      field: citationField(key),
      severity: 'warning',
      message: `${where}${label}: chưa ghi quyết định ban hành bộ tiêu chí (số, ngày, cơ quan ban hành), nên Phụ lục chưa dẫn được bộ tiêu chí đã dùng.`,
    });
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
    if (r.max == null && !r.notApplicable)
      issue({
        key: `scores-max:${key}.${i}`,
        field: rowField(key, i, 'max'),
        severity: 'warning',
        message: `${where}${label}: tiêu chí ${name} chưa có điểm tối đa.`,
      });
    else if (r.max != null && r.max < 0)
      issue({
        key: `scores-max:${key}.${i}`,
        field: rowField(key, i, 'max'),
        severity: 'error',
        blocking: true,
        message: `${where}${label}: điểm tối đa của tiêu chí ${name} không được là số âm.`,
      });
    if (r.notApplicable) {
      if (r.score != null || r.appraised != null)
        issue({
          key: `scores-na-score:${key}.${i}`,
          field: rowField(key, i, 'na'),
          severity: 'info',
          message: `${where}${label}: tiêu chí ${name} đã đánh dấu không áp dụng đối với đơn vị; điểm đã nhập được bỏ qua.`,
        });
      if (!cleanLine(r.note))
        issue({
          key: `scores-na-note:${key}.${i}`,
          field: rowField(key, i, 'note'),
          severity: 'warning',
          message: `${where}${label}: tiêu chí ${name} không áp dụng đối với đơn vị: ghi lý do (ví dụ đơn vị không có nhiệm vụ mà tiêu chí chấm).`,
        });
      if (r.note) pasted(cleanLine(r.note));
      return;
    }
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
    // Text and negative numbers are the typed-figure rule's (typedFigures in kind.ts); here the range and the step.
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
  checkAdjustments(block, table, totals, ctx);

  function scoreRange(r: ScoreRow, i: number, part: 'score' | 'appraised', what: string, name: string) {
    const fault = scoreFault(r[part], r.max, r.step);
    const x = scoreOf(r[part]);
    if (x == null || fault == null) return;
    const field = rowField(key, i, part);
    const bad = (message: string) =>
      issue({ key: `scores-${part}:${field}`, field, severity: 'error', blocking: true, message: `${where}${label}: ${message}` });
    if (fault === 'above')
      bad(
        `${what} của tiêu chí ${name} là ${n(x)}, lớn hơn điểm tối đa ${n(r.max!)}: nhập từ 0 đến ${n(r.max!)} điểm. Điểm này chưa được cộng vào tổng.`,
      );
    else if (fault === 'step')
      bad(
        `${what} của tiêu chí ${name} phải chấm theo bước ${n(r.step!)} điểm (ví dụ ${n(r.step!)}; ${n(2 * r.step!)}; ${n(3 * r.step!)}), đang nhập ${formatNumber(x, 4)}. Điểm này chưa được cộng vào tổng.`,
      );
  }
}

/** "1.1, 1.2, 2.3 và 4 tiêu chí khác". */
function list(items: string[], shown = 8): string {
  if (items.length <= shown) return items.join(', ');
  return `${items.slice(0, shown).join(', ')} và ${items.length - shown} tiêu chí khác`;
}
