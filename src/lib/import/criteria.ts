/**
 * A CCHC-index criteria sheet (issue 14): TT, lĩnh vực / tiêu chí, điểm tối đa, and optionally cách chấm, điểm tự
 * đánh giá, tài liệu kiểm chứng. Rows become a tree by their numbering ("I", "1", "1.1", "a)", or the label's
 * indentation when TT is empty) and every stated sum is checked against its parts.
 */
import { cellAddress, cellText, type Sheet } from './grid.ts';
import { locateHeader } from './header.ts';
import { recognizeColumns, type ColumnTarget, type Recognition } from './recognize.ts';
import { tableRows } from './rows.ts';
import { labelNumber } from './numbering.ts';
import { issueReason, readFigureCell } from './values.ts';
import { formatNumber } from '../format/number.ts';

export const CRITERIA_TARGETS: readonly ColumnTarget[] = [
  { id: 'tt', label: 'TT', match: [['stt']], kind: 'code' },
  { id: 'ten', label: 'Lĩnh vực, tiêu chí', match: [['tiêu chí']], kind: 'text' },
  { id: 'diem-toi-da', label: 'Điểm tối đa', match: [['điểm tối đa']], kind: 'score' },
  { id: 'cach-cham', label: 'Cách chấm', match: [['cách chấm']], kind: 'text', optional: true },
  { id: 'diem-tu-danh-gia', label: 'Điểm tự đánh giá', match: [['tự đánh giá']], kind: 'score', optional: true },
  { id: 'tai-lieu-kiem-chung', label: 'Tài liệu kiểm chứng', match: [['tài liệu kiểm chứng']], kind: 'text', optional: true },
];

export interface CriteriaRow {
  /** Excel row number. */
  row: number;
  /** Numbering as written ("1.1", "a)"), or the number starting the name when TT is empty. */
  tt: string;
  name: string;
  /** 0 = top (lĩnh vực). */
  level: number;
  maxScore: number | null;
  selfScore: number | null;
  method: string;
  evidence: string;
  /** Vietnamese messages for score cells that are not numbers. */
  issues: string[];
}

export interface CriteriaSheet {
  recognition: Recognition;
  rows: CriteriaRow[];
  /** The "Tổng cộng" / "Tổng điểm" row, if the sheet has one. */
  total: CriteriaRow | null;
  issues: string[];
}

/** Reads a criteria sheet; `recognition` defaults to recognising CRITERIA_TARGETS. */
export function readCriteria(
  sheet: Sheet,
  recognition: Recognition = recognizeColumns(sheet, CRITERIA_TARGETS, locateHeader(sheet)),
): CriteriaSheet {
  const col = (id: string) => recognition.assignments[id]?.column ?? null;
  const [tt, name, max, self, method, evidence] = ['tt', 'ten', 'diem-toi-da', 'diem-tu-danh-gia', 'cach-cham', 'tai-lieu-kiem-chung'].map(
    col,
  );
  const scoreColumns = [max, self].filter((c): c is number => c != null);
  const table = tableRows(sheet, recognition.layout, scoreColumns, name != null ? { label: name, numbering: tt } : {});
  const text = (index: number, c: number | null) => (c == null ? '' : cellText(sheet.cells[index]?.[c] ?? null));
  const score = (index: number, c: number | null, what: string, issues: string[]) => {
    if (c == null) return null;
    const v = readFigureCell(sheet.cells[index]?.[c] ?? null, 'score');
    if (v.ok) return v.value;
    if (v.kind !== 'blank') issues.push(`Ô ${cellAddress(index, c)} (dòng ${index + 1}, ${what}) ${issueReason(v.kind, v.text, 'score')}`);
    return null;
  };
  const rows: CriteriaRow[] = [];
  let total: CriteriaRow | null = null;
  const byIndex = new Map(table.rows.map((r) => [r.index, r]));
  let last: CriteriaRow | null = null;
  for (let index = recognition.layout.dataStart; index < sheet.cells.length; index++) {
    const r = byIndex.get(index);
    if (!r) {
      // A row carrying only more "cách chấm" or evidence text continues the row above.
      const more = [text(index, method), text(index, evidence)];
      if (last && (more[0] || more[1])) {
        if (more[0]) last.method = last.method ? `${last.method}\n${more[0]}` : more[0];
        if (more[1]) last.evidence = last.evidence ? `${last.evidence}\n${more[1]}` : more[1];
      }
      continue;
    }
    if (r.role === 'subtotal') continue;
    const issues: string[] = [];
    const row: CriteriaRow = {
      row: r.row,
      tt: r.numbering || labelNumber(r.label),
      name: r.numbering ? r.label : r.label.slice(labelNumber(r.label).length).trim() || r.label,
      level: r.level,
      maxScore: score(index, max, 'điểm tối đa', issues),
      selfScore: score(index, self, 'điểm tự đánh giá', issues),
      method: text(index, method),
      evidence: text(index, evidence),
      issues,
    };
    if (r.role === 'total') total = row;
    else rows.push(row);
    last = row;
  }
  return { recognition, rows, total, issues: [...rows, ...(total ? [total] : [])].flatMap((r) => r.issues) };
}

export interface CriteriaNode extends CriteriaRow {
  children: CriteriaNode[];
  /** The sum of the leaves' maxima under it (its own when a leaf); the stated maximum when a leaf lacks one. */
  maxTotal: number | null;
  selfTotal: number | null;
}

export interface SumCheck {
  row: number;
  tt: string;
  field: 'maxScore' | 'selfScore';
  stated: number;
  sum: number;
  message: string;
}

export interface CriteriaTree {
  roots: CriteriaNode[];
  /** Criteria without children (the ones scored). */
  leafCount: number;
  /** Sum over the leaves, or the total row's figure when a leaf has none. */
  maxTotal: number | null;
  selfTotal: number | null;
  /** Sums that do not match, a self score above its maximum, a leaf without a maximum. */
  checks: SumCheck[];
  notes: string[];
}

const name = (n: CriteriaRow) => `${n.tt ? `${n.tt} ` : ''}"${n.name}" (dòng ${n.row})`;
const sumOf = (xs: (number | null)[]) =>
  xs.some((x) => x == null) ? null : Math.round(xs.reduce((s: number, x) => s + x!, 0) * 1e6) / 1e6;

/** The outline as a tree, with each stated sum (parents, total row) checked against the rows under it. */
export function buildCriteriaTree(rows: readonly CriteriaRow[], total: CriteriaRow | null = null): CriteriaTree {
  const roots: CriteriaNode[] = [];
  const stack: CriteriaNode[] = [];
  for (const r of rows) {
    const node: CriteriaNode = { ...r, children: [], maxTotal: null, selfTotal: null };
    while (stack.length && stack[stack.length - 1].level >= r.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(node);
    stack.push(node);
  }
  const checks: SumCheck[] = [];
  const notes: string[] = [];
  let leafCount = 0;
  const check = (n: CriteriaRow, field: SumCheck['field'], stated: number | null, sum: number | null, what: string) => {
    if (stated == null || sum == null || stated === sum) return;
    checks.push({
      row: n.row,
      tt: n.tt,
      field,
      stated,
      sum,
      message: `${what} của ${name(n)} ghi ${formatNumber(stated)} nhưng các tiêu chí bên dưới cộng được ${formatNumber(sum)}.`,
    });
  };
  const visit = (n: CriteriaNode) => {
    n.children.forEach(visit);
    if (!n.children.length) {
      leafCount++;
      if (n.maxScore == null) notes.push(`Tiêu chí ${name(n)} chưa có điểm tối đa.`);
      n.maxTotal = n.maxScore;
      n.selfTotal = n.selfScore;
    } else {
      const maxSum = sumOf(n.children.map((c) => c.maxTotal));
      const selfSum = sumOf(n.children.map((c) => c.selfTotal));
      check(n, 'maxScore', n.maxScore, maxSum, 'Điểm tối đa');
      check(n, 'selfScore', n.selfScore, selfSum, 'Điểm tự đánh giá');
      // Sums come from the leaves, so one wrong subtotal is reported once, not again at every level above it.
      n.maxTotal = maxSum ?? n.maxScore;
      n.selfTotal = selfSum ?? n.selfScore;
    }
    if (n.selfScore != null && n.maxScore != null && n.selfScore > n.maxScore)
      checks.push({
        row: n.row,
        tt: n.tt,
        field: 'selfScore',
        stated: n.selfScore,
        sum: n.maxScore,
        message: `Điểm tự đánh giá của ${name(n)} là ${formatNumber(n.selfScore)}, lớn hơn điểm tối đa ${formatNumber(n.maxScore)}.`,
      });
  };
  roots.forEach(visit);
  const maxTotal = sumOf(roots.map((r) => r.maxTotal));
  const selfTotal = sumOf(roots.map((r) => r.selfTotal));
  if (total) {
    check(total, 'maxScore', total.maxScore, maxTotal, 'Điểm tối đa');
    check(total, 'selfScore', total.selfScore, selfTotal, 'Điểm tự đánh giá');
  }
  return {
    roots,
    leafCount,
    maxTotal: maxTotal ?? total?.maxScore ?? null,
    selfTotal: selfTotal ?? total?.selfScore ?? null,
    checks,
    notes,
  };
}
