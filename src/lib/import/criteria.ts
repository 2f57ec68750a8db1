/**
 * A CCHC-index criteria sheet: TT, lĩnh vực / tiêu chí, điểm tối đa, and optionally cách chấm, điểm tự đánh giá, tài
 * liệu kiểm chứng, ghi chú / giải trình. Rows become a tree by their numbering ("I", "1", "1.1", "a)", or the label's
 * indentation when TT is empty; criteria-tree.ts) and every stated sum is checked against its parts. Rows headed
 * "Điểm thưởng", "Điểm trừ" (or "Điểm thưởng, điểm trừ" with signed points) are bonus and penalty points outside the
 * tree; a score cell or note saying "Không áp dụng" marks a criterion that does not apply. The title rows may name
 * the decision that issued the set (criteria-evidence.ts).
 */
import { cellAddress, cellText, type Cell, type Sheet } from './grid.ts';
import { locateHeader } from './header.ts';
import { recognizeColumns, type ColumnTarget, type Recognition } from './recognize.ts';
import { tableRows } from './rows.ts';
import { labelNumber } from './numbering.ts';
import { issueReason, readFigureCell } from './values.ts';
import { findDecision, type SheetDecision } from './criteria-evidence.ts';

export const CRITERIA_TARGETS: readonly ColumnTarget[] = [
  { id: 'tt', label: 'TT', match: [['stt']], kind: 'code' },
  { id: 'ten', label: 'Lĩnh vực, tiêu chí', match: [['tiêu chí']], kind: 'text' },
  { id: 'diem-toi-da', label: 'Điểm tối đa', match: [['điểm tối đa']], kind: 'score' },
  { id: 'cach-cham', label: 'Cách chấm', match: [['cách chấm']], kind: 'text', optional: true },
  { id: 'diem-tu-danh-gia', label: 'Điểm tự đánh giá', match: [['tự đánh giá']], kind: 'score', optional: true },
  { id: 'tai-lieu-kiem-chung', label: 'Tài liệu kiểm chứng', match: [['tài liệu kiểm chứng']], kind: 'text', optional: true },
  { id: 'ghi-chu', label: 'Ghi chú, giải trình', match: [['ghi chú']], kind: 'text', optional: true },
];

/** Where a row belongs: the criteria tree, bonus or penalty points, or a section holding both. */
export type CriteriaPart = 'criteria' | 'bonus' | 'penalty' | 'adjustments';

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
  /** The evidence cell as written, line breaks kept (split into documents by readEvidence). */
  evidence: string;
  /** Ghi chú / giải trình. */
  note: string;
  part: CriteriaPart;
  /** The score cell or the note says the criterion does not apply ("Không áp dụng"). */
  notApplicable: boolean;
  /** In a bonus or penalty section, the points were written with a minus sign (read as their size). */
  negative: boolean;
  /** Vietnamese messages for score cells that are not numbers. */
  issues: string[];
}

export interface CriteriaSheet {
  recognition: Recognition;
  rows: CriteriaRow[];
  /** The "Tổng cộng" / "Tổng điểm" row, if the sheet has one. */
  total: CriteriaRow | null;
  issues: string[];
  /** "Quyết định số … ngày …" read from the title rows above the header. */
  decision: SheetDecision | null;
}

const NOT_APPLICABLE = /^(không áp dụng|kad|k\.a\.d|không chấm)(?=[\s.,:;(–-]|$)/iu;
const BOTH = /^(?:các\s+)?(?:nội dung\s+)?điểm (?:thưởng|cộng)\s*(?:,|và|\/|-|–)\s*(?:điểm\s+)?trừ/iu;
const BONUS = /^(?:các\s+)?(?:nội dung\s+)?(?:tiêu chí\s+)?(?:điểm thưởng|điểm cộng|cộng điểm|thưởng điểm)(?=[\s:,(]|$)/iu;
const PENALTY = /^(?:các\s+)?(?:nội dung\s+)?(?:tiêu chí\s+)?(?:điểm trừ|trừ điểm)(?=[\s:,(]|$)/iu;

/** A label that opens a bonus or penalty section ("IX. Điểm thưởng, điểm trừ", "Điểm trừ (tối đa 5 điểm)"). */
export function adjustmentPart(label: string): CriteriaPart | null {
  const text = label.normalize('NFC').trim();
  if (BOTH.test(text)) return 'adjustments';
  if (BONUS.test(text)) return 'bonus';
  if (PENALTY.test(text)) return 'penalty';
  return null;
}

/** Reads a criteria sheet; `recognition` defaults to recognising CRITERIA_TARGETS. */
export function readCriteria(
  sheet: Sheet,
  recognition: Recognition = recognizeColumns(sheet, CRITERIA_TARGETS, locateHeader(sheet)),
): CriteriaSheet {
  const col = (id: string) => recognition.assignments[id]?.column ?? null;
  const [tt, name, max, self, method, evidence, notes] = [
    'tt',
    'ten',
    'diem-toi-da',
    'diem-tu-danh-gia',
    'cach-cham',
    'tai-lieu-kiem-chung',
    'ghi-chu',
  ].map(col);
  const scoreColumns = [max, self].filter((c): c is number => c != null);
  const table = tableRows(sheet, recognition.layout, scoreColumns, name != null ? { label: name, numbering: tt } : {});
  const cell = (index: number, c: number | null): Cell => (c == null ? null : (sheet.cells[index]?.[c] ?? null));
  const text = (index: number, c: number | null) => cellText(cell(index, c));
  // Evidence keeps its line breaks: each line may be a document of its own.
  const lines = (index: number, c: number | null) => {
    const v = cell(index, c);
    return typeof v === 'string'
      ? v
          .replace(/\r\n?/g, '\n')
          .replace(/[ \t]+/g, ' ')
          .trim()
      : cellText(v);
  };
  const rows: CriteriaRow[] = [];
  let total: CriteriaRow | null = null;
  const byIndex = new Map(table.rows.map((r) => [r.index, r]));
  let last: CriteriaRow | null = null;
  const sections: { level: number; part: CriteriaPart }[] = [];
  const join = (a: string, b: string) => (a ? `${a}\n${b}` : b);
  for (let index = recognition.layout.dataStart; index < sheet.cells.length; index++) {
    const r = byIndex.get(index);
    if (!r) {
      // A row carrying only more "cách chấm", evidence or notes continues the row above.
      const more = [text(index, method), lines(index, evidence), lines(index, notes)];
      if (last && more.some(Boolean)) {
        if (more[0]) last.method = join(last.method, more[0]);
        if (more[1]) last.evidence = join(last.evidence, more[1]);
        if (more[2]) last.note = join(last.note, more[2]);
      }
      continue;
    }
    if (r.role === 'subtotal') continue;
    const label = r.numbering ? r.label : r.label.slice(labelNumber(r.label).length).trim() || r.label;
    let part: CriteriaPart = 'criteria';
    if (r.role !== 'total') {
      while (sections.length && sections[sections.length - 1].level >= r.level) sections.pop();
      const inherited = sections[sections.length - 1]?.part ?? 'criteria';
      const own = adjustmentPart(label);
      part =
        inherited === 'criteria' ? (own && r.level === 0 ? own : 'criteria') : inherited === 'adjustments' ? (own ?? inherited) : inherited;
      if (part !== 'criteria') sections.push({ level: r.level, part });
    }
    const issues: string[] = [];
    const signed = part !== 'criteria';
    const selfCell = cell(index, self);
    const notApplicable = NOT_APPLICABLE.test(cellText(selfCell)) || NOT_APPLICABLE.test(text(index, notes));
    const read = (c: number | null, what: string) => {
      if (c == null || (c === self && notApplicable && NOT_APPLICABLE.test(cellText(selfCell)))) return { value: null, negative: false };
      return scoreCell(cell(index, c), index, c, what, signed, issues);
    };
    const maxRead = read(max, 'điểm tối đa');
    const selfRead = read(self, 'điểm tự đánh giá');
    const row: CriteriaRow = {
      row: r.row,
      tt: r.numbering || labelNumber(r.label),
      name: label,
      level: r.level,
      maxScore: maxRead.value,
      selfScore: selfRead.value,
      method: text(index, method),
      evidence: lines(index, evidence),
      note: lines(index, notes),
      part,
      notApplicable,
      negative: maxRead.negative || selfRead.negative,
      issues,
    };
    if (r.role === 'total') total = row;
    else rows.push(row);
    last = row;
  }
  const decision = findDecision(sheet, recognition.layout.rows[0] ?? 0);
  return { recognition, rows, total, issues: [...rows, ...(total ? [total] : [])].flatMap((r) => r.issues), decision };
}

/** A score cell: a number ≥ 0, or — in a bonus or penalty section — a signed one read as its size. */
function scoreCell(value: Cell, index: number, c: number, what: string, signed: boolean, issues: string[]) {
  const v = readFigureCell(value, 'score');
  if (v.ok) return { value: v.value, negative: false };
  const sign = typeof value === 'number' ? (value < 0 ? '-' : '') : (/^\s*([-−–+])/.exec(value ?? '')?.[1] ?? '');
  if (signed && sign && (v.kind === 'negative' || v.kind === 'text')) {
    const again = readFigureCell(typeof value === 'number' ? -value : String(value).replace(/^\s*[-−–+]\s*/, ''), 'score');
    if (again.ok) return { value: again.value, negative: sign !== '+' };
  }
  if (v.kind !== 'blank') issues.push(`Ô ${cellAddress(index, c)} (dòng ${index + 1}, ${what}) ${issueReason(v.kind, v.text, 'score')}`);
  return { value: null, negative: false };
}
