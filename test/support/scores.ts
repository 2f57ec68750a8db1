import type { Draft } from '../../src/schemas/draft.ts';
import { asScoreTable, scoreTotals } from '../../src/lib/report/index.ts';
import { formatNumber } from '../../src/lib/format/number.ts';
import { wordEditCell } from './word-edit.ts';

/** The printed table's column of self scores: TT, criterion, maximum, self score. */
const SELF_CELL = 3;

/**
 * A criterion of a draft's score table that the unit scored 0,5 or more and whose name the table prints once, and the
 * edit that lowers its printed self score by 0,5 in document.xml (as a commune correcting it in Word would).
 */
export function scoredLeaf(draft: Draft, tableKey: string) {
  const table = asScoreTable(draft.values[tableKey]);
  const totals = scoreTotals(table);
  const leaf = totals.rows.find((t) => {
    const r = table.rows[t.index];
    return t.leaf && !r.survey && (t.score ?? 0) >= 0.5 && table.rows.filter((x) => x.name === r.name).length === 1;
  })!;
  const row = table.rows[leaf.index];
  const lower = leaf.score! - 0.5;
  return {
    table,
    totals,
    index: leaf.index,
    row,
    score: leaf.score!,
    lower,
    lowerIt: (xml: string) => wordEditCell(xml, row.name, SELF_CELL, formatNumber(lower, 2)),
  };
}
