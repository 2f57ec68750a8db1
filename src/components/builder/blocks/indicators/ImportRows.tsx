import type { Row } from '../../../../lib/report/index.ts';
import { t } from './import-strings.ts';

/** The sheet's rows by lĩnh vực, kept with the figures when the template has a table for them; printing it as a Phụ lục. */
export function ImportRows({ id, rows, print, onPrint }: { id: string; rows: Row[]; print?: boolean; onPrint: (on: boolean) => void }) {
  if (!rows.length) return null;
  return (
    <div class="cchc-import__rows" data-testid="import-rows">
      <p class="cchc-hint">{t.rows(rows.length)}</p>
      {print !== undefined && (
        <div class="cchc-field cchc-check">
          <input id={id} type="checkbox" checked={print} onChange={(e) => onPrint((e.currentTarget as HTMLInputElement).checked)} />
          <label for={id}>{t.rowsPrint}</label>
        </div>
      )}
    </div>
  );
}
