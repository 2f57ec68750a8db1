import type { HeaderColumn } from '../../lib/import/index.ts';
import { t } from './strings/columns.ts';

/** The sheet column a figure or a criteria field is read from, correctable by the user ("— Không lấy —" for none). */
export function ColumnSelect({
  id,
  columns,
  column,
  onChoose,
}: {
  id: string;
  columns: HeaderColumn[];
  column: number | undefined;
  onChoose: (column: number | null) => void;
}) {
  return (
    <select
      id={id}
      value={column != null ? String(column) : ''}
      onChange={(e) => {
        const v = (e.currentTarget as HTMLSelectElement).value;
        onChoose(v === '' ? null : Number(v));
      }}
    >
      <option value="">{t.noColumn}</option>
      {columns
        .filter((c) => c.path.length)
        .map((c) => (
          <option key={c.index} value={String(c.index)}>
            {t.columnOption(c.letter, c.path)}
          </option>
        ))}
    </select>
  );
}
