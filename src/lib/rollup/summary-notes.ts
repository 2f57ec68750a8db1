/**
 * The summary says over how many units its figures were added up: a figure block that lacks some units gets, in the
 * sentence before its figures, "tổng hợp từ báo cáo của 27/28 đơn vị; thiếu: Xã Sơn Điền" (and the figures counted
 * over fewer units still, each named with its own count); the table of units marks a unit that reported no figure.
 * Written as the block's intro (the sentence a user can edit in the builder), its placeholders already filled.
 */
import type { Draft } from '../../schemas/draft.ts';
import type { ReportTemplate } from '../../schemas/template.ts';
import { fillPlaceholders, introTextKey } from '../report/index.ts';
import { cutoffRange, formatCutoff } from '../format/cutoff.ts';
import { lowerFirst } from '../format/text.ts';
import { rollupBlocks, rollupColumns } from './columns.ts';
import type { RollupResult } from './compute.ts';
import { coverageText, partial, type Coverage } from './totals.ts';

/** "Tổng hợp từ báo cáo của 27/28 đơn vị; thiếu: …" for a block, with figures of narrower coverage named; '' when complete. */
export function blockCoverage(template: Pick<ReportTemplate, 'sections'>, result: RollupResult, blockKey: string): string {
  const columns = rollupColumns(template).filter((c) => c.blockKey === blockKey && c.summable);
  const of = result.included.length;
  const rows = result.included.filter((r) => columns.some((c) => r.figures[c.key] != null));
  const block: Coverage = { counted: rows.length, of, missing: result.included.filter((r) => !rows.includes(r)).map((r) => r.name) };
  // A figure no unit gave is not printed at all, so not spoken of either.
  const narrower = columns.filter((c) => {
    const cov = result.coverage[c.key];
    return partial(cov) && cov.counted > 0 && cov.counted < block.counted;
  });
  if (!partial(block) && !narrower.length) return '';
  const each = narrower.map((c) => `riêng ${lowerFirst(c.label)}: ${result.coverage[c.key].counted}/${of} đơn vị`);
  return [`tổng hợp từ báo cáo của ${coverageText(block)}`, ...each].join('; ');
}

/** Writes the coverage into the intros of the summary's partial figure blocks. */
export function writeCoverage(d: Draft, template: ReportTemplate, result: RollupResult): void {
  const cut = cutoffRange(d.header.period);
  const fill = (s: string) => fillPlaceholders(s, d, { chot_so_lieu: cut ? formatCutoff(cut) : '' });
  for (const { key, block } of rollupBlocks(template)) {
    if (block.kind !== 'indicators' || !d.values[key]) continue;
    const note = blockCoverage(template, result, key);
    if (!note) continue;
    const intro = fill(d.texts?.[introTextKey(key)] ?? block.intro ?? '').trim();
    d.texts = {
      ...d.texts,
      [introTextKey(key)]: intro
        ? `${intro.replace(/[:.]\s*$/, '')} (${note}):`
        : `${note.charAt(0).toLocaleUpperCase('vi')}${note.slice(1)}:`,
    };
  }
}
