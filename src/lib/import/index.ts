/**
 * Spreadsheet import: read a file or pasted cells (read.ts), find the header and recognise its columns
 * (header.ts, recognize.ts), then take the figures (figures.ts) or criteria (criteria.ts). Pure, no DOM; SheetJS
 * loads on the first readSheet call only. See README.md, "Nhập số liệu từ bảng tính".
 */
import type { Workbook } from './grid.ts';
import { extractFigures, type SheetFigures } from './figures.ts';
import { applyMapping, type SavedMapping } from './mapping.ts';
import { pickSheet, recognizeColumns, type ColumnTarget, type Recognition } from './recognize.ts';

export * from './grid.ts';
export { readSheet, readPasted, loadSheetJS } from './read.ts';
export { locateHeader, pathText, type HeaderColumn, type HeaderLayout } from './header.ts';
export { normalizeHeader, SYNONYMS } from './normalize.ts';
export {
  recognizeColumns,
  pickSheet,
  fitTarget,
  type ColumnTarget,
  type ColumnAssignment,
  type Ambiguity,
  type Recognition,
  type TargetKind,
} from './recognize.ts';
export { tableRows, totalLabelStrength, rowRanges, type RowInfo, type RowRef, type RowRole, type TableRows } from './rows.ts';
export {
  extractFigures,
  describeRows,
  type CellIssue,
  type ColumnProblem,
  type FigureValue,
  type ItemFigures,
  type RowsUse,
  type RowsUsed,
  type SheetFigures,
} from './figures.ts';
export { readFigureCell, type CellIssueKind, type CellValue, type FigureKind } from './values.ts';
export { headerSignature, mappingOf, applyMapping, reassign, mappingKey, parseMapping, findSheet, type SavedMapping } from './mapping.ts';
export { BIEU06_TARGETS, BIEU06_SUMS } from './bieu06.ts';
export { CRITERIA_TARGETS, readCriteria, adjustmentPart, type CriteriaPart, type CriteriaRow, type CriteriaSheet } from './criteria.ts';
export { buildCriteriaTree, type CriteriaAdjustment, type CriteriaNode, type CriteriaTree, type SumCheck } from './criteria-tree.ts';
export { findDecision, readDocumentRef, readEvidence, splitEvidence, type DocumentRef, type SheetDecision } from './criteria-evidence.ts';
export { outlineLevels, rowKind, numberKind } from './numbering.ts';

export interface FigureImport {
  /** Index of the sheet used in workbook.sheets. */
  sheetIndex: number;
  recognition: Recognition;
  figures: SheetFigures;
}

/**
 * The whole path for one workbook: the best-fitting sheet (or `sheetIndex`), its columns (from `saved` when it
 * was made for this header), its figures. Null when no sheet has a recognisable column.
 */
export function importFigures(
  workbook: Workbook,
  targets: readonly ColumnTarget[],
  options: { saved?: SavedMapping; sheetIndex?: number } = {},
): FigureImport | null {
  const sheetIndex = options.sheetIndex ?? pickSheet(workbook.sheets, targets);
  const sheet = workbook.sheets[sheetIndex];
  if (!sheet) return null;
  const recognition = (options.saved && applyMapping(sheet, options.saved, targets)) || recognizeColumns(sheet, targets);
  return { sheetIndex, recognition, figures: extractFigures(sheet, recognition, targets) };
}
