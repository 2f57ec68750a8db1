import type { Draft, DocumentRow, ScoreAdjustment, ScoreRow, ScoreTable } from '../../../../schemas/draft.ts';
import type { ReportTemplate } from '../../../../schemas/template.ts';
import { templateBlocks, templateParts } from '../../walk.ts';
import { templateKey } from '../../keys.ts';
import { asDocumentRows } from '../documents/kind.ts';
import { asScoreTable, filledEvidence } from './value.ts';
import { documentCitation } from '../../../catalogue/citation.ts';
import { cleanLine } from '../../../format/text.ts';

/** The score editor's edits and look-ups: each returns a new table and leaves the old one as it was. */

/** Row `i` with `patch` applied. */
export const patchScoreRow = (table: ScoreTable, i: number, patch: Partial<ScoreRow>): ScoreTable => ({
  ...table,
  rows: table.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
});

export const emptyEvidence = (): DocumentRow => ({ kind: '', number: '', date: '', issuer: '', subject: '' });

/** One document the draft already lists, offered as evidence: its citation and the row to copy. */
export type KnownDocument = { label: string; row: DocumentRow };

const docKey = (d: DocumentRow) =>
  [d.number, d.date, d.number ? '' : d.subject].map((x) => cleanLine(x).toLocaleLowerCase('vi').replace(/\s+/g, '')).join('|');

/**
 * Documents the draft already lists — the rows of its documents blocks and the evidence already attached in its score
 * tables — without repeats, newest first; those without a number or a subject are left out.
 */
export function knownDocuments(template: Pick<ReportTemplate, 'sections' | 'appendices'>, draft: Pick<Draft, 'values'>): KnownDocument[] {
  const blocks = templateBlocks(templateParts(template));
  const rows: DocumentRow[] = [];
  for (const [key, value] of Object.entries(draft.values)) {
    const block = blocks.get(templateKey(key));
    if (block?.kind === 'documents') rows.push(...asDocumentRows(value));
    else if (block?.kind === 'scores') for (const r of asScoreTable(value).rows) rows.push(...filledEvidence(r.evidence));
  }
  const seen = new Set<string>();
  return rows
    .filter((d) => cleanLine(d.number) && cleanLine(d.subject))
    .filter((d) => {
      const k = docKey(d);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (b.date || '').localeCompare(a.date || ''))
    .map((row) => ({ label: documentCitation(row), row: { ...row } }));
}

/** Whether a document is already among a row's evidence (same number and date). */
export const hasDocument = (evidence: DocumentRow[], d: DocumentRow) => evidence.some((e) => docKey(e) === docKey(d));

/** Bonus or penalty item `j` with `patch` applied. */
export const patchAdjustment = (table: ScoreTable, j: number, patch: Partial<ScoreAdjustment>): ScoreTable => ({
  ...table,
  adjustments: (table.adjustments ?? []).map((a, k) => (k === j ? { ...a, ...patch } : a)),
});

/** A new, empty bonus or penalty item after the others of its kind. */
export function addAdjustment(table: ScoreTable, kind: ScoreAdjustment['kind']): ScoreTable {
  const list = table.adjustments ?? [];
  const item: ScoreAdjustment = { kind, tt: '', name: '', max: null, points: null, appraised: null, note: '' };
  const last = list.map((a) => a.kind).lastIndexOf(kind);
  const at = last >= 0 ? last + 1 : kind === 'bonus' ? list.findIndex((a) => a.kind === 'penalty') : list.length;
  const adjustments = [...list];
  adjustments.splice(at < 0 ? list.length : at, 0, item);
  return { ...table, adjustments };
}

/** The table without bonus or penalty item `j`. */
export function removeAdjustment(table: ScoreTable, j: number): ScoreTable {
  const adjustments = (table.adjustments ?? []).filter((_, k) => k !== j);
  const { adjustments: _old, ...rest } = table;
  return adjustments.length ? { ...rest, adjustments } : rest;
}
