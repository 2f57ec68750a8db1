import type { BlockOf } from '../types.ts';
import { isRecord, type Row } from '../../values.ts';
import { unitKey } from '../../../format/unit-key.ts';
import { labelColumn } from './linked.ts';

type Table = BlockOf<'table'>;

/** The province's table by lĩnh vực, added up from its units' tables; `without`: the units that gave no row. */
export type LinkedSum = { rows: Row[]; units: number; without: number[] };

/**
 * Adds up many units' tables by lĩnh vực (a table with `figuresOf`: Biểu 06 by lĩnh vực), for a roll-up's report: one row
 * per lĩnh vực, in the order they first appear, named as the first unit wrote it; "Hộ tịch" and "hộ tịch", "Văn hoá" and
 * "Văn hóa" are one lĩnh vực (format/unit-key.ts). A cell left empty adds nothing, and a column no unit filled stays
 * empty. `tables` holds each unit's stored value (undefined when it has none); a unit without a row is listed in
 * `without`, as its files would be missing from the rows but not from the report's figures — a caller prints the table
 * only when `without` is empty, so that its Tổng cộng row still equals the report's figures.
 */
export function sumLinkedRows(block: Table, tables: unknown[]): LinkedSum {
  const label = labelColumn(block);
  const counts = block.columns.filter((c) => c.type === 'count' || c.type === 'number');
  const byKey = new Map<string, Row>();
  const without: number[] = [];
  let units = 0;
  tables.forEach((table, i) => {
    const rows = Array.isArray(table) ? table.filter(isRecord) : [];
    const named = rows.filter((r) => label && typeof r[label.id] === 'string' && unitKey(r[label.id] as string));
    if (!named.length) return void without.push(i);
    units++;
    for (const r of named) {
      const name = (r[label!.id] as string).trim();
      const key = unitKey(name);
      const sum = byKey.get(key) ?? { [label!.id]: name, ...Object.fromEntries(counts.map((c) => [c.id, null])) };
      for (const c of counts) {
        const x = r[c.id];
        if (typeof x === 'number' && Number.isFinite(x)) sum[c.id] = ((sum[c.id] as number | null) ?? 0) + x;
      }
      byKey.set(key, sum);
    }
  });
  return { rows: [...byKey.values()], units, without };
}
