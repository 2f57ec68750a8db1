/**
 * "Nhập từ bảng tính" for a score table: the criteria sheet a province sends (TT, lĩnh vực/tiêu chí, điểm tối đa and
 * optionally cách chấm, điểm tự đánh giá, tài liệu kiểm chứng) read by the import library (src/lib/import/criteria.ts),
 * shown as a tree for the user to confirm, then turned into the rows of a score table. Pure; it and the dialog
 * (ImportCriteria.tsx) load only when the user imports.
 */
import type { DocumentRow, ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import {
  buildCriteriaTree,
  CRITERIA_TARGETS,
  findSheet,
  readCriteria,
  type CriteriaNode,
  type CriteriaSheet,
  type CriteriaTree,
  type Recognition,
  type SavedMapping,
  type Workbook,
} from '../../../import/index.ts';
import { cleanLine } from '../../../format/text.ts';

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

/**
 * The tree as the rows of a score table, in document order: levels from the tree (so a row is never more than one
 * level below the row above), maxima and self scores on the leaves (a parent's are its leaves' sums), the sheet's
 * "cách chấm", and its evidence text as one document to complete (its number and date are typed in the builder).
 */
export function tableFromTree(tree: CriteriaTree, source: string): ScoreTable {
  const rows: ScoreRow[] = [];
  const walk = (nodes: CriteriaNode[], level: number) => {
    for (const n of nodes) {
      const leaf = !n.children.length;
      const evidence = leaf ? evidenceRows(n.evidence) : [];
      const method = cleanLine(n.method.replace(/\n/g, ' '));
      rows.push({
        tt: cleanLine(n.tt),
        name: cleanLine(n.name),
        level: Math.min(level, MAX_LEVEL),
        max: leaf ? n.maxScore : null,
        ...(method ? { method } : {}),
        score: leaf ? n.selfScore : null,
        appraised: null,
        evidence,
        note: '',
      });
      walk(n.children, level + 1);
    }
  };
  walk(tree.roots, 1);
  return { set: { id: '', name: source, illustrative: false, citation: '' }, rows };
}

/** Each line of a sheet's "tài liệu kiểm chứng" cell as a document whose trích yếu is that line. */
const evidenceRows = (text: string): DocumentRow[] =>
  text
    .split('\n')
    .map((l) => cleanLine(l))
    .filter(Boolean)
    .map((subject) => ({ kind: '', number: '', date: '', issuer: '', subject }));
