/**
 * Remembering a mapping the user corrected: a sheet's header gets a stable signature (the same header text in
 * the same columns, whatever the case, tones or spacing, gives the same signature), and a stored mapping is
 * re-applied to a sheet with that signature (findSheet, for every spreadsheet import: figures, criteria).
 */
import type { Sheet } from './grid.ts';
import { locateHeader, type HeaderLayout } from './header.ts';
import { normalizeHeader } from './normalize.ts';
import { pickSheet, recognizeColumns, type ColumnTarget, type Recognition } from './recognize.ts';
import type { Workbook } from './grid.ts';

export interface SavedMapping {
  signature: string;
  /** Target id → 0-based column. */
  columns: Record<string, number>;
}

/** FNV-1a, 32 bits, as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** "h1-13-1a2b3c4d": the number of headed columns and a hash of their normalised header paths. */
export function headerSignature(layout: HeaderLayout): string {
  const headed = layout.columns.filter((c) => c.path.length);
  const text = headed.map((c) => `${c.index}:${c.path.map(normalizeHeader).join('/')}`).join('|');
  return `h1-${headed.length}-${fnv1a(text)}`;
}

export function mappingOf(recognition: Recognition): SavedMapping {
  return {
    signature: headerSignature(recognition.layout),
    columns: Object.fromEntries(Object.values(recognition.assignments).map((a) => [a.targetId, a.column])),
  };
}

/**
 * The recognition a stored mapping gives for this sheet, or null when the sheet's header is not the one it was
 * made for, or it has no header (every headerless paste would share one signature).
 */
export function applyMapping(sheet: Sheet, mapping: SavedMapping, targets: readonly ColumnTarget[]): Recognition | null {
  const layout = locateHeader(sheet);
  if (!layout.rows.length || headerSignature(layout) !== mapping.signature) return null;
  const base: Recognition = { layout, assignments: {}, unmatched: [], missing: [], unrecognised: [], ambiguous: [], source: 'saved' };
  let rec = base;
  for (const t of targets) if (mapping.columns[t.id] != null) rec = reassign(rec, targets, t.id, mapping.columns[t.id]);
  return { ...rec, source: 'saved' };
}

/**
 * The recognition with `targetId` read from `column` (or from no column when null), as when the user corrects a
 * choice: the column leaves any other target, ties involving either are settled.
 */
export function reassign(recognition: Recognition, targets: readonly ColumnTarget[], targetId: string, column: number | null): Recognition {
  const { layout } = recognition;
  const assignments = { ...recognition.assignments };
  delete assignments[targetId];
  const col = column == null ? undefined : layout.columns[column];
  if (col) {
    for (const [id, a] of Object.entries(assignments)) if (a.column === col.index) delete assignments[id];
    assignments[targetId] = { targetId, column: col.index, letter: col.letter, header: col.path, matched: [] };
  }
  const taken = new Set(Object.values(assignments).map((a) => a.column));
  const ambiguous = recognition.ambiguous
    .map((x) => ({
      ...x,
      targetIds: x.targetIds.filter((id) => !assignments[id] && id !== targetId),
      columns: x.columns.filter((c) => !taken.has(c)),
    }))
    .filter((x) => x.targetIds.length && x.columns.length);
  return {
    ...recognition,
    assignments,
    ambiguous,
    unmatched: targets.filter((t) => !assignments[t.id]).map((t) => t.id),
    missing: targets.filter((t) => !t.optional && !assignments[t.id]).map((t) => t.id),
    unrecognised: layout.columns.filter((c) => c.path.length && !taken.has(c.index)),
  };
}

/** localStorage key of the mapping remembered for a sheet header. */
export { importMappingKey as mappingKey } from '../storage/keys.ts';

/** A mapping as stored (JSON), or undefined when it is not one (missing, damaged, a negative column). */
export function parseMapping(text: string | null | undefined): SavedMapping | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as SavedMapping;
    if (typeof v?.signature !== 'string' || typeof v.columns !== 'object' || v.columns === null) return undefined;
    return Object.values(v.columns).every((c) => Number.isInteger(c) && c >= 0) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first sheet, best-fitting first (or just `sheetIndex`), whose columns — as remembered for its header, else as
 * recognised — are `usable`; shared by every spreadsheet import (figures, criteria).
 */
export function findSheet(
  workbook: Workbook,
  targets: readonly ColumnTarget[],
  saved: (signature: string) => SavedMapping | undefined,
  sheetIndex: number | undefined,
  usable: (recognition: Recognition) => boolean,
): { sheetIndex: number; recognition: Recognition; signature: string } | null {
  const candidates = sheetIndex != null ? [sheetIndex] : [pickSheet(workbook.sheets, targets), ...workbook.sheets.keys()];
  for (const i of candidates) {
    const sheet = workbook.sheets[i];
    if (!sheet) continue;
    const layout = locateHeader(sheet);
    const signature = headerSignature(layout);
    const mapping = saved(signature);
    const recognition = (mapping && applyMapping(sheet, mapping, targets)) || recognizeColumns(sheet, targets, layout);
    if (usable(recognition) || sheetIndex != null) return { sheetIndex: i, recognition, signature };
  }
  return null;
}
