import type { Draft } from '../../schemas/draft.ts';
import type { BlockTemplate, IssuerLevel, ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import { applyLevel } from '../drafts/level.ts';
import { blockKey, childKey, type Row } from '../report/index.ts';
import { newDraft } from '../drafts/new.ts';
import { cleanLine, cleanText } from '../format/text.ts';
import { periodLabel } from '../format/period.ts';
import { UNIT_SOURCE, rollupBlocks, rollupColumns } from './columns.ts';
import type { RollupResult } from './compute.ts';
import type { UnitRow } from './unit-row.ts';
import type { RollupState } from './state.ts';

type TableBlock = Extract<BlockTemplate, { kind: 'table' }>;

/** Table blocks some of whose columns a roll-up fills (`rollup` on a column), outside repeated sections, with their keys. */
export function rollupTables(sections: SectionTemplate[]): { key: string; block: TableBlock }[] {
  const out: { key: string; block: TableBlock }[] = [];
  const walk = (list: SectionTemplate[], parent: string) => {
    for (const s of list) {
      if (s.repeat) continue;
      const key = childKey(parent, s.id);
      for (const b of s.blocks) if (b.kind === 'table' && b.columns.some((c) => c.rollup)) out.push({ key: blockKey(key, b.id), block: b });
      walk(s.children, key);
    }
  };
  walk(sections, '');
  return out;
}

/** Every table a roll-up fills: in the body and in the appendices (a "Phụ lục" of the units, landscape). */
const allRollupTables = (template: Pick<ReportTemplate, 'sections' | 'appendices'>) =>
  rollupTables([...template.sections, ...(template.appendices ?? [])]);

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

/** One unit's row of such a table: its name, its figures; other columns empty. */
function tableRow(block: TableBlock, row: UnitRow): Row {
  const out: Row = {};
  for (const c of block.columns) {
    if (c.type === 'percent-of') continue;
    const x = c.rollup === UNIT_SOURCE ? row.name : c.rollup ? row.figures[c.rollup] : undefined;
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
  const { issuer, place } = state.settings;
  if (cleanText(issuer).trim()) d.header.issuer = cleanText(issuer).trim();
  if (cleanText(place).trim()) d.header.place = cleanText(place).trim();
  const lines = (s: string) =>
    s
      .split(/\r\n?|\n/)
      .map(cleanLine)
      .filter(Boolean);
  const { signAuthority, signTitle, signName } = state.settings;
  if (lines(signAuthority).length) d.signature.authority = lines(signAuthority);
  if (cleanLine(signTitle)) d.signature.title = cleanLine(signTitle);
  if (cleanLine(signName)) d.signature.name = cleanLine(signName);
  if (result.period) d.header.period = structuredClone(result.period);
  const figureKeys = new Set(rollupBlocks(template).map((b) => b.key));
  for (const [key, values] of Object.entries(result.summaryValues)) if (figureKeys.has(key)) d.values[key] = { ...values };
  for (const { key, block } of allRollupTables(template)) {
    const rows = result.included.map((r) => tableRow(block, r));
    if (rows.length) d.values[key] = rows;
  }
  return d;
}

/** A unit's draft reduced to what the roll-up reads (header, figure blocks): prose and tables are not kept in storage. */
export function trimDraft(template: ReportTemplate, draft: Draft): Draft {
  const keep = new Set(rollupBlocks(template).map((b) => b.key));
  const values: Draft['values'] = {};
  for (const [k, v] of Object.entries(draft.values)) if (keep.has(k)) values[k] = v;
  return { ...draft, values, instances: {}, closing: '', header: { ...draft.header, basis: '' } };
}
