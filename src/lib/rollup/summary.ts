import type { Draft } from '../../schemas/draft.ts';
import type { BlockTemplate, IssuerLevel, ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import { applyLevel } from '../drafts/level.ts';
import { blockKey, childKey, type Row } from '../report/index.ts';
import { newDraft } from '../drafts/new.ts';
import { cleanText } from '../format/text.ts';
import { applyHeader } from './header.ts';
import { writeCoverage } from './summary-notes.ts';
import { fillLinkedTables, linkedTables, tablesWhere } from './summary-linked.ts';
import { periodLabel } from '../format/period.ts';
import { UNIT_SOURCE, rollupBlocks, rollupColumns } from './columns.ts';
import type { RollupResult } from './compute.ts';
import type { UnitRow } from './row.ts';
import type { RollupState } from './state.ts';

type TableBlock = Extract<BlockTemplate, { kind: 'table' }>;

/** Every table a roll-up fills with its units (`rollup` on a column): in the body and in the appendices (a "Phụ lục" of the units, landscape). */
const allRollupTables = (template: Pick<ReportTemplate, 'sections' | 'appendices'>) =>
  tablesWhere(template, (b) => b.columns.some((c) => c.rollup));

/** What is wrong with a template's `rollup` columns (checked with the content, src/lib/catalogue/integrity.ts). */
export function rollupSourceProblems(template: Pick<ReportTemplate, 'sections' | 'appendices'>): string[] {
  const figures = new Map(rollupColumns(template).map((c) => [c.key, c]));
  const out: string[] = [];
  for (const { key, block } of allRollupTables(template))
    for (const c of block.columns) {
      if (!c.rollup) continue;
      const where = `bảng "${key}", cột "${c.id}"`;
      if (c.rollup === UNIT_SOURCE) {
        if (c.type !== 'text') out.push(`${where}: tên đơn vị ("${UNIT_SOURCE}") cần cột type: text`);
      } else if (!figures.has(c.rollup)) out.push(`${where}: không có số liệu "${c.rollup}" trong mẫu (dạng "<khối>.<số liệu>")`);
      else if (c.type !== 'count' && c.type !== 'number') out.push(`${where}: số liệu "${c.rollup}" cần cột type: count hoặc number`);
    }
  return out;
}

/** Beside the name of a unit that reported without a figure, in the summary's table of units. */
export const NO_FIGURES = 'đã báo cáo, không có số liệu';

/** One unit's row of such a table: its name, its figures; other columns empty. */
function tableRow(block: TableBlock, row: UnitRow): Row {
  const out: Row = {};
  for (const c of block.columns) {
    if (c.type === 'percent-of') continue;
    const x =
      c.rollup === UNIT_SOURCE ? (row.noFigures ? `${row.name} (${NO_FIGURES})` : row.name) : c.rollup ? row.figures[c.rollup] : undefined;
    out[c.id] = c.type === 'text' ? (typeof x === 'string' ? x : '') : typeof x === 'number' ? x : null;
  }
  return out;
}

export const summaryName = (template: ReportTemplate, result: Pick<RollupResult, 'period'>) =>
  `Tổng hợp ${template.name.charAt(0).toLocaleLowerCase('vi')}${template.name.slice(1)}${result.period ? ` ${periodLabel(result.period)}` : ''}`;

/**
 * The summary report: an ordinary draft of the same kind (so the builder opens it and the pipeline renders it), dated
 * today, for the roll-up's period, its issuing body and place as the user typed them on the page. Its figure blocks hold
 * the totals of the units' typed figures (rates are the engine's, from those totals); the tables whose columns name a
 * roll-up source list the units counted, one row each, in the roll-up's order. Nothing else is written for the user.
 */
export function summaryDraft(template: ReportTemplate, state: RollupState, result: RollupResult, today: Date): Draft {
  // The level chosen on the page (UBND tỉnh, a sở) brings its defaults: Kính gửi, căn cứ, signer, Nơi nhận.
  const level = state.settings.level as IssuerLevel | '';
  const fresh = newDraft(template, today, summaryName(template, result));
  const d = level && level !== template.level && template.levels?.[level] ? applyLevel(fresh, template, level) : fresh;
  if (result.period) d.header.period = structuredClone(result.period);
  applyHeader(d, template, state.settings);
  // The summary's own sections, as the officer wrote them on the page.
  const prose = new Set(summaryTextBlocks(template).map((b) => b.key));
  for (const [key, text] of Object.entries(state.settings.texts)) if (prose.has(key) && cleanText(text).trim()) d.values[key] = text;
  const figureKeys = new Set(rollupBlocks(template).map((b) => b.key));
  for (const [key, values] of Object.entries(result.summaryValues)) if (figureKeys.has(key)) d.values[key] = { ...values };
  for (const { key, block } of allRollupTables(template)) {
    const rows = result.included.map((r) => tableRow(block, r));
    if (rows.length) d.values[key] = rows;
  }
  fillLinkedTables(d, template, state, result);
  writeCoverage(d, template, result);
  return d;
}

/**
 * The summary's sections the roll-up cannot fill: the template's prose blocks outside repeated sections, each with the
 * headings above it ("Đánh giá chung › Tồn tại, hạn chế"), for a text box on the page.
 */
export function summaryTextBlocks(template: Pick<ReportTemplate, 'sections'>): { key: string; label: string; where: string }[] {
  const out: { key: string; label: string; where: string }[] = [];
  const walk = (list: SectionTemplate[], parent: string, titles: string[]) => {
    for (const s of list) {
      if (s.repeat) continue;
      const key = childKey(parent, s.id);
      const path = [...titles, s.title];
      for (const b of s.blocks) if (b.kind === 'prose') out.push({ key: blockKey(key, b.id), label: b.label, where: path.join(' › ') });
      walk(s.children, key, path);
    }
  };
  walk(template.sections, '', []);
  return out;
}

/**
 * A unit's draft reduced to what the roll-up reads (header, figure blocks and score tables, their tables by lĩnh vực): prose and other
 * tables are not kept in storage.
 */
export function trimDraft(template: ReportTemplate, draft: Draft): Draft {
  const keep = new Set([...rollupBlocks(template), ...linkedTables(template)].map((b) => b.key));
  for (const c of rollupColumns(template)) keep.add(c.blockKey);
  const values: Draft['values'] = {};
  for (const [k, v] of Object.entries(draft.values)) if (keep.has(k)) values[k] = v;
  return { ...draft, values, instances: {}, closing: '', header: { ...draft.header, basis: '' } };
}
