/**
 * The province's table by lĩnh vực (issue 22): a template's table that breaks a figure block down (`figuresOf`: Biểu 06
 * by lĩnh vực, a Phụ lục printed on request) is filled in the summary with the units' rows added up by lĩnh vực
 * (sumLinkedRows), and its Phụ lục chosen for printing — only when its Tổng cộng row equals the summary's figures: every
 * unit counted gave rows, and each unit's rows add up to its own counted figures. Otherwise the table is left out and a
 * note says why, naming the units.
 */
import type { Draft } from '../../schemas/draft.ts';
import type { BlockTemplate, ReportTemplate, SectionTemplate } from '../../schemas/template.ts';
import { asRows, blockKey, childKey, sumLinkedRows, totalRow, type Row } from '../report/index.ts';
import { joinVi, lowerFirst } from '../format/text.ts';
import type { RollupResult } from './compute.ts';
import type { RollupState } from './state.ts';

type TableBlock = Extract<BlockTemplate, { kind: 'table' }>;
export type SummaryTable = { key: string; block: TableBlock; appendix?: string };

/** Table blocks outside repeated sections that `pick` chooses, with their keys and the appendix each is in. */
export function tablesWhere(template: Pick<ReportTemplate, 'sections' | 'appendices'>, pick: (b: TableBlock) => boolean): SummaryTable[] {
  const out: SummaryTable[] = [];
  const walk = (list: SectionTemplate[], parent: string, appendix?: string) => {
    for (const s of list) {
      if (s.repeat) continue;
      const key = childKey(parent, s.id);
      for (const b of s.blocks)
        if (b.kind === 'table' && pick(b)) out.push({ key: blockKey(key, b.id), block: b, ...(appendix ? { appendix } : {}) });
      walk(s.children, key, appendix);
    }
  };
  walk(template.sections, '');
  for (const a of template.appendices ?? []) walk([a], '', a.id);
  return out;
}

/** The tables that break a figure block down by lĩnh vực: kept in a unit's stored draft, filled in the summary. */
export const linkedTables = (template: Pick<ReportTemplate, 'sections' | 'appendices'>) => tablesWhere(template, (b) => !!b.figuresOf);

const countColumns = (block: TableBlock) => block.columns.filter((c) => c.type === 'count' || c.type === 'number');

/** Each count column's sum over the rows, empty cells adding nothing; null where no row has a figure. */
function columnSums(block: TableBlock, rows: Row[]): Row {
  const out: Row = {};
  for (const c of countColumns(block)) {
    const xs = rows.map((r) => r[c.id]).filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
    out[c.id] = xs.length ? xs.reduce((a, x) => a + x, 0) : null;
  }
  return out;
}

/** The columns in which `sums` differ from `figures` (both given). */
const differing = (block: TableBlock, sums: Row, figure: (id: string) => number | null | undefined) =>
  countColumns(block).filter((c) => {
    const [a, b] = [sums[c.id], figure(c.id)];
    return typeof a === 'number' && b != null && Math.abs(a - b) > 1e-9;
  });

/** The notes of a summary draft made by summaryDraft, for the page's warnings (summaryWarnings). */
const notesOf = new WeakMap<Draft, string[]>();
export const linkedNotes = (d: Draft): string[] => notesOf.get(d) ?? [];

const MAX_NAMES = 10;
const named = (names: string[]) =>
  names.length > MAX_NAMES ? `${names.slice(0, MAX_NAMES).join('; ')} và ${names.length - MAX_NAMES} đơn vị khác` : names.join('; ');

/**
 * Fills the summary's tables by lĩnh vực from the units counted (their stored rows) and chooses their Phụ lục; answers,
 * for each table left out though some unit gave rows, a sentence saying why (for the page's warnings).
 */
export function fillLinkedTables(d: Draft, template: ReportTemplate, state: RollupState, result: RollupResult): string[] {
  const notes: string[] = [];
  notesOf.set(d, notes);
  if (!result.included.length) return notes;
  const drafts = new Map(state.units.map((u) => [u.id, u.draft]));
  for (const { key, block, appendix } of linkedTables(template)) {
    const what = appendix
      ? `Phụ lục “${template.appendices.find((a) => a.id === appendix)?.title ?? block.label}”`
      : `Bảng “${block.label}”`;
    // The units that gave figures of the block: one without any is in neither the figures nor the rows.
    const units = result.included.filter((r) => countColumns(block).some((c) => r.figures[`${block.figuresOf}.${c.id}`] != null));
    const tables = units.map((r) => drafts.get(r.id)?.values[key]);
    const sum = sumLinkedRows(block, tables);
    const by = `theo ${lowerFirst(block.columns.find((c) => c.type === 'text')?.label ?? 'lĩnh vực')}`;
    // No unit keeps figures by lĩnh vực: nothing to add up, nothing to say.
    if (!sum.units) continue;
    if (sum.without.length) {
      const names = sum.without.map((i) => units[i].name);
      notes.push(
        `${what} không kèm theo báo cáo tổng hợp: ${names.length}/${units.length} đơn vị không gửi số liệu ${by} (${named(names)}), nên cộng các dòng sẽ không bằng số liệu chung.`,
      );
      continue;
    }
    // Each unit's rows against its counted figures (the printed ones when its document was edited).
    const figure = (r: RollupResult['included'][number]) => (id: string) => r.figures[`${block.figuresOf}.${id}`];
    const off = units.filter((r, i) => differing(block, columnSums(block, asRows(tables[i])), figure(r)).length > 0);
    const total = totalRow(block, sum.rows);
    const wrong = differing(block, total, (id) => result.totals[`${block.figuresOf}.${id}`]);
    if (off.length || wrong.length) {
      notes.push(
        `${what} không kèm theo báo cáo tổng hợp: ${
          off.length
            ? `số liệu ${by} của ${named(off.map((r) => r.name))} không khớp số liệu chung của chính đơn vị đó`
            : `cộng các dòng sẽ khác số liệu chung ở cột ${joinVi(wrong.map((c) => `“${c.label}”`))}`
        }, nên dòng Tổng cộng sẽ không bằng số liệu của báo cáo tổng hợp.`,
      );
      continue;
    }
    d.values[key] = sum.rows;
    if (appendix) d.appendices = { ...d.appendices, [appendix]: true };
  }
  return notes;
}
