import type { BlockTemplate } from '../../../../schemas/template.ts';
import type { BlockOf, CheckContext } from '../types.ts';
import type { ItemFigures } from '../../../import/figures.ts';
import type { Figures } from '../indicators/compute.ts';
import { isRecord, type Row } from '../../values.ts';
import { formatFigureAs } from '../../../format/figure.ts';
import { joinVi, lowerFirst } from '../../../format/text.ts';
import { wording } from '../../../document/wording.ts';

/**
 * A table that breaks down an indicators block's figures (`figuresOf`), one row per lĩnh vực: Biểu 06 by lĩnh vực. Its
 * count columns carry the block's fields of the same ids; its "Tổng cộng" row must equal the block's figures; with no
 * row it prints the block's figures alone; a spreadsheet import into the block fills its rows; `most` names the row
 * with the most of some columns in another block's hint. The rows are plain table rows (lĩnh vực name, figures by field
 * id), so a roll-up of many units' reports can add them up by lĩnh vực.
 */

type Table = BlockOf<'table'>;

/** The column that names a row (the lĩnh vực). */
export const labelColumn = (block: Table) => block.columns.find((c) => c.type === 'text');
const countColumns = (block: Table) => block.columns.filter((c) => c.type === 'count' || c.type === 'number');

/** Whether the block a table breaks down holds a figure of its columns (then the table has something to print). */
export function linkedHasFigures(block: Table, values: Record<string, unknown> | undefined): boolean {
  const v = block.figuresOf ? values?.[block.figuresOf] : undefined;
  return isRecord(v) && countColumns(block).some((c) => typeof v[c.id] === 'number');
}

/** The block's figures as the table's only row ("Tổng cộng"), when no row was typed. */
export function linkedRow(block: Table, figures: Figures | undefined): Row | undefined {
  if (!figures) return undefined;
  const row: Row = {};
  const label = labelColumn(block);
  if (label) row[label.id] = wording.total;
  for (const c of countColumns(block)) row[c.id] = figures[c.id] ?? null;
  return countColumns(block).some((c) => row[c.id] != null) ? row : undefined;
}

/** The table's "Tổng cộng" row against the block's figures, column by column: an error where they differ. */
export function checkLinked(block: Table, total: Row, { key, where, out, figures: style, issue }: CheckContext): void {
  const figures = block.figuresOf ? out.figures[block.figuresOf] : undefined;
  if (!figures) return;
  const differ = countColumns(block).filter((c) => {
    const a = total[c.id];
    const b = figures[c.id];
    return typeof a === 'number' && b != null && Math.abs(a - b) > 1e-9;
  });
  if (!differ.length) return;
  const show = (x: number) => formatFigureAs('count', x, '', style);
  issue({
    key: `linked-total:${key}`,
    field: key,
    severity: 'error',
    message: `${where}${block.label}: dòng ${wording.total} khác số liệu chung của báo cáo ở ${joinVi(
      differ.map((c) => `cột “${c.label}” (${show(total[c.id] as number)}, số liệu chung ${show(figures[c.id]!)})`),
    )}. Sửa số liệu các dòng hoặc số liệu chung cho khớp.`,
  });
}

/** "Nhiều hồ sơ quá hạn nhất: lĩnh vực Đất đai (12 hồ sơ)." into the hint of the block `most.at`. */
export function mostHint(block: Table, rows: Row[], { out, figures: style }: CheckContext): void {
  const most = block.most;
  const label = labelColumn(block);
  if (!most || !label) return;
  const sums = rows.map((r) => {
    const xs = most.columns.map((id) => r[id]);
    return xs.some((x) => typeof x === 'number') ? xs.reduce<number>((a, x) => a + (typeof x === 'number' ? x : 0), 0) : 0;
  });
  const top = Math.max(0, ...sums);
  if (!top) return;
  const names = rows.filter((r, i) => sums[i] === top && typeof r[label.id] === 'string' && r[label.id]).map((r) => String(r[label.id]));
  if (!names.length) return;
  (out.hints[most.at] ??= []).push(
    `Nhiều ${most.what} nhất: ${lowerFirst(label.label)} ${joinVi(names)} (${formatFigureAs('count', top, 'hồ sơ', style)}).`,
  );
}

/** The rows a spreadsheet's data rows give the table: each lĩnh vực's name and its figures in the table's columns. */
export function sheetRows(block: Table, items: readonly ItemFigures[]): Row[] {
  const label = labelColumn(block);
  return items.map((item) => {
    const row: Row = {};
    for (const c of block.columns)
      if (c === label) row[c.id] = item.label || item.numbering;
      else if (c.type === 'text') row[c.id] = '';
      else if (c.type !== 'percent-of') row[c.id] = item.values[c.id] ?? null;
    return row;
  });
}

/**
 * What is wrong with a template's tables that break down a block (checked with the content): `figuresOf` names an
 * indicators block outside repeated sections, each figure column is one of its fields, `most` names columns of the
 * table and a block of the template.
 */
export function linkedTableProblems(blocks: Map<string, BlockTemplate>, repeated: string[]): string[] {
  const out: string[] = [];
  for (const [key, block] of blocks) {
    if (block.kind !== 'table') continue;
    const where = `bảng "${key}"`;
    if (block.figuresOf) {
      const source = blocks.get(block.figuresOf);
      if (source?.kind !== 'indicators') out.push(`${where}: figuresOf "${block.figuresOf}" không phải khối số liệu (indicators) của mẫu`);
      else if (repeated.some((r) => block.figuresOf!.startsWith(`${r}/`) || block.figuresOf!.startsWith(`${r}:`)))
        out.push(`${where}: khối "${block.figuresOf}" nằm trong mục lặp lại`);
      else
        for (const c of countColumns(block))
          if (!source.fields.some((f) => f.id === c.id))
            out.push(`${where}, cột "${c.id}": khối "${block.figuresOf}" không có số liệu này`);
    }
    if (block.most) {
      for (const id of block.most.columns)
        if (!countColumns(block).some((c) => c.id === id)) out.push(`${where}: most.columns "${id}" không phải cột số liệu của bảng`);
      if (!blocks.has(block.most.at)) out.push(`${where}: most.at "${block.most.at}" không phải khối của mẫu`);
      if (!labelColumn(block)) out.push(`${where}: most cần một cột chữ (tên lĩnh vực)`);
    }
  }
  return out;
}
