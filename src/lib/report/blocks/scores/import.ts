/**
 * "Nhập từ bảng tính" for a score table: the criteria sheet a province sends (TT, lĩnh vực/tiêu chí, điểm tối đa and
 * optionally cách chấm, điểm tự đánh giá, tài liệu kiểm chứng, ghi chú/giải trình; bonus and penalty sections;
 * criteria marked not applicable; the decision in its title rows) read by the import library
 * (src/lib/import/criteria*.ts), shown as a tree for the user to confirm, then turned into a score table. Pure; it and
 * the dialog (src/components/import/CriteriaImport.tsx) load only when the user imports.
 */
import type { DocumentRow, ScoreAdjustment, ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import {
  buildCriteriaTree,
  CRITERIA_TARGETS,
  findSheet,
  readCriteria,
  readEvidence,
  type CriteriaNode,
  type CriteriaSheet,
  type CriteriaTree,
  type Recognition,
  type SavedMapping,
  type Workbook,
} from '../../../import/index.ts';
import { cleanLine, upperFirst } from '../../../format/text.ts';

export type CriteriaImport = {
  sheetIndex: number;
  recognition: Recognition;
  sheet: CriteriaSheet;
  tree: CriteriaTree;
  signature: string;
};

/** The deepest level a score row has (lĩnh vực = 1). */
const MAX_LEVEL = 6;

/** Reads the recognised sheet again after the user changed a column. */
export function readTree(workbook: Workbook, sheetIndex: number, recognition: Recognition, signature: string): CriteriaImport {
  const sheet = readCriteria(workbook.sheets[sheetIndex], recognition);
  return { sheetIndex, recognition, sheet, tree: buildCriteriaTree(sheet.rows, sheet.total), signature };
}

/**
 * The sheet to use (the one whose header fits a criteria table best, or `sheetIndex`), its columns — from the mapping
 * the user saved for this header, if any — and its criteria as a tree. Null when no sheet has a column it recognises.
 */
export function recogniseCriteria(
  workbook: Workbook,
  saved: (signature: string) => SavedMapping | undefined,
  sheetIndex?: number,
): CriteriaImport | null {
  const found = findSheet(workbook, CRITERIA_TARGETS, saved, sheetIndex, (r) => !!r.assignments.ten);
  return found && readTree(workbook, found.sheetIndex, found.recognition, found.signature);
}

/** Counts per depth (lĩnh vực, tiêu chí, tiêu chí thành phần …) and the leaves (the criteria scored). */
export function treeCounts(tree: CriteriaTree): { perLevel: number[]; leaves: number } {
  const perLevel: number[] = [];
  const walk = (nodes: CriteriaNode[], depth: number) => {
    for (const n of nodes) {
      perLevel[depth] = (perLevel[depth] ?? 0) + 1;
      walk(n.children, depth + 1);
    }
  };
  walk(tree.roots, 0);
  return { perLevel, leaves: tree.leafCount };
}

/** Where an imported table's criteria come from: the decision as cited (typed, or read from the title rows). */
export type ImportSource = { citation: string };

/** "Không áp dụng: xã không có …" → "Xã không có …" (the state is the row's own; the reason is what is left). */
const reasonOnly = (note: string) => upperFirst(note.replace(/^\s*(không áp dụng|kad)\s*[.,:;–-]?\s*/iu, '').trim());

/**
 * The tree as a score table, in document order: levels from the tree (so a row is never more than one level below the
 * row above), maxima and self scores on the leaves (a parent's are its leaves' sums), the sheet's "cách chấm", its
 * evidence read into documents (number, date and subject where written), its notes as explanations, the criteria it
 * marks not applicable, its bonus and penalty items with their limits, and the decision that issued the set. The
 * file's name is not kept: the report cites the decision.
 */
export function tableFromTree(tree: CriteriaTree, source: ImportSource): ScoreTable {
  const rows: ScoreRow[] = [];
  const walk = (nodes: CriteriaNode[], level: number) => {
    for (const n of nodes) {
      const leaf = !n.children.length;
      const method = cleanLine(n.method.replace(/\n/g, ' '));
      const na = leaf && n.notApplicable;
      const note = leaf ? (na ? reasonOnly(n.note) : n.note.trim()) : '';
      rows.push({
        tt: cleanLine(n.tt),
        name: cleanLine(n.name),
        level: Math.min(level, MAX_LEVEL),
        max: leaf ? n.maxScore : null,
        ...(method ? { method } : {}),
        ...(na ? { notApplicable: true } : {}),
        score: leaf && !na ? n.selfScore : null,
        appraised: null,
        evidence: leaf && !na ? evidenceRows(n.evidence) : [],
        note,
      });
      walk(n.children, level + 1);
    }
  };
  walk(tree.roots, 1);
  const citation = cleanLine(source.citation);
  const table: ScoreTable = { set: { id: '', name: IMPORTED_SET, illustrative: false, citation }, rows };
  if (tree.adjustments.length)
    table.adjustments = tree.adjustments.map((a): ScoreAdjustment => ({
      kind: a.kind,
      tt: cleanLine(a.tt),
      name: cleanLine(a.name),
      max: a.max,
      points: a.points,
      appraised: null,
      note: a.note.trim(),
    }));
  if (tree.limits.bonus != null || tree.limits.penalty != null) table.limits = { ...tree.limits };
  return table;
}

/** The name an imported set goes by in the editor (never printed: the report cites the decision). */
export const IMPORTED_SET = 'Bộ tiêu chí nhập từ bảng tính';

/** A sheet's "tài liệu kiểm chứng" cell as documents: one per line or ";", each read into its parts where written. */
const evidenceRows = (text: string): DocumentRow[] => readEvidence(text).map((d) => ({ ...d }));
