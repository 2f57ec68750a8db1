/**
 * "Nhập số liệu từ bảng tính" for an indicators block whose fields declare `import` (the spreadsheet columns they
 * are read from): the block's fields as import targets, the figures a recognised sheet gives them, the block's
 * value after applying. Pure; the dialog (ImportFigures.tsx) and this
 * module load only when the user imports.
 */
import type { BlockOf } from '../types.ts';
import type { ReportTemplate } from '../../../../schemas/template.ts';
import type { Row } from '../../values.ts';
import { templateBlocks, templateParts } from '../../walk.ts';
import { sheetRows } from '../table/linked.ts';
import {
  extractFigures,
  findSheet,
  type ColumnTarget,
  type Recognition,
  type SavedMapping,
  type SheetFigures,
  type Workbook,
} from '../../../import/index.ts';

type Indicators = BlockOf<'indicators'>;

/** The block's importable fields as the import library's column targets (same id, label and header words). */
export function importTargets(block: Indicators): ColumnTarget[] {
  return block.fields.flatMap((f) =>
    f.import && !f.compute
      ? [
          {
            id: f.id,
            label: f.label,
            match: f.import.match,
            ...(f.import.exclude ? { exclude: f.import.exclude } : {}),
            optional: f.import.optional,
          },
        ]
      : [],
  );
}

export type SheetImport = { sheetIndex: number; recognition: Recognition; figures: SheetFigures; signature: string };

/**
 * The sheet to use (the one whose header fits the targets best, or `sheetIndex`), its columns — from a remembered
 * mapping when one was saved for this header (`saved` looks it up by signature) — and its figures. Null when no
 * sheet has a column the targets recognise and no mapping was saved for any of them.
 */
export function recognise(
  workbook: Workbook,
  targets: readonly ColumnTarget[],
  saved: (signature: string) => SavedMapping | undefined,
  sheetIndex?: number,
): SheetImport | null {
  const found = findSheet(workbook, targets, saved, sheetIndex, (r) => Object.keys(r.assignments).length > 0);
  return found && { ...found, figures: extractFigures(workbook.sheets[found.sheetIndex], found.recognition, targets) };
}

/** "cột “Số hồ sơ nhận giải quyết › Tổng số”, …": what the sheet lacked, for the message when nothing was recognised. */
export function noColumnMessage(targets: readonly ColumnTarget[], fileName: string): string {
  const wanted = targets
    .filter((t) => !t.optional)
    .map((t) => `“${t.label}”`)
    .join(', ');
  const where = fileName ? `Tệp “${fileName}”` : 'Phần đã dán';
  return `${where} không có cột nào nhận ra được. Cần dòng tiêu đề có các cột như ${wanted} (như Biểu số 06/VPCP/KSTT). Hãy kiểm tra đã chọn đúng tệp, hoặc chép cả các dòng tiêu đề khi dán. Số liệu trong báo cáo chưa bị thay đổi.`;
}

export type Applied = {
  /** The block's value after the import. */
  value: Record<string, number | string>;
  /** Figures taken from the sheet, in field order. */
  taken: { id: string; value: number }[];
  /** Mapped figures left out because a cell could not be read. */
  unreadable: string[];
};

/**
 * The block's value with the sheet's figures: every mapped figure that could be read replaces the one typed; figures
 * the sheet does not have keep what was typed, and so do other periods' figures kept for comparison.
 */
export function applyFigures(block: Indicators, current: Record<string, number | string>, figures: SheetFigures): Applied {
  const value = { ...current };
  const taken: Applied['taken'] = [];
  const unreadable: string[] = [];
  for (const f of block.fields) {
    const got = figures.values[f.id];
    if (!got || got.column == null) continue;
    if (got.value == null) unreadable.push(f.id);
    else {
      value[f.id] = got.value;
      taken.push({ id: f.id, value: got.value });
    }
  }
  return { value, taken, unreadable };
}

/**
 * The table that breaks this block's figures down by lĩnh vực (a table with `figuresOf` this block's key), and the
 * rows a sheet's data rows give it: an import keeps them there. The appendix it is in, to print it on request.
 */
export function linkedRows(
  template: Pick<ReportTemplate, 'sections' | 'appendices'>,
  key: string,
  figures: SheetFigures,
): { key: string; appendix?: string; rows: Row[] } | undefined {
  for (const [tableKey, block] of templateBlocks(templateParts(template)))
    if (block.kind === 'table' && block.figuresOf === key) {
      const top = tableKey.split(/[/:]/)[0];
      const appendix = template.appendices.some((a) => a.id === top) ? top : undefined;
      return { key: tableKey, ...(appendix ? { appendix } : {}), rows: sheetRows(block, figures.items) };
    }
  return undefined;
}
