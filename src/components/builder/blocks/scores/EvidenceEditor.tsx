import type { DocumentRow, ScoreTable } from '../../../../schemas/draft.ts';
import { emptyEvidence, hasDocument, patchScoreRow, rowField, type KnownDocument } from '../../../../lib/report/index.ts';
import { patchRow, removeRow } from '../../../../lib/drafts/rows.ts';
import { domId, TextInput } from '../../fields.tsx';
import { t } from './strings.ts';
import { Button } from '../../../ui/Button.tsx';

type Props = { path: string; table: ScoreTable; index: number; onTable: (t: ScoreTable) => void; known: KnownDocument[] };

const fields: [keyof DocumentRow, string, string][] = [
  ['kind', t.docKind, 'text'],
  ['number', t.docNumber, 'text'],
  ['date', t.docDate, 'date'],
  ['subject', t.docSubject, 'text'],
];

/**
 * The evidence of one criterion: documents typed here (loại, số/ký hiệu, ngày, trích yếu), or picked from those the
 * draft already lists — its documents sections and the evidence attached to other criteria.
 */
export function EvidenceEditor({ path, table, index: i, onTable, known: all }: Props) {
  const row = table.rows[i];
  const docs = row.evidence;
  const set = (evidence: DocumentRow[]) => onTable(patchScoreRow(table, i, { evidence }));
  const tt = row.tt || String(i + 1);
  const known = all.filter((k) => !hasDocument(docs, k.row));
  const pickId = domId(rowField(path, i, 'pick'));
  return (
    <div class="cchc-scores__evidence" role="group" aria-label={`${t.evidence} (${tt})`}>
      <p class="cchc-scores__label">{t.evidence}</p>
      {docs.length === 0 && <p class="cchc-hint">{t.evidenceNone}</p>}
      {docs.map((d, j) => (
        <div class="cchc-docs__row cchc-scores__doc" key={j} role="group" aria-label={t.evidenceRow(j + 1, tt)}>
          {fields.map(([k, label, type]) => (
            <TextInput
              key={k}
              path={rowField(path, i, `evidence.${j}.${k}`)}
              label={label}
              type={type}
              value={d[k]}
              onValue={(v) => set(patchRow(docs, j, { [k]: v }))}
            />
          ))}
          <Button
            kind="danger"
            size="small"
            aria-label={t.removeEvidenceLabel(t.evidenceRow(j + 1, tt))}
            onClick={() => set(removeRow(docs, j))}
          >
            ✕ {t.removeEvidence}
          </Button>
        </div>
      ))}
      <div class="cchc-buttons">
        <Button size="small" onClick={() => set([...docs, emptyEvidence()])}>
          + {t.addEvidence}
        </Button>
        {known.length > 0 && (
          <span class="cchc-field cchc-scores__pick">
            <label for={pickId}>{t.pickEvidence}</label>
            <select
              id={pickId}
              value=""
              onChange={(e) => {
                const el = e.currentTarget as HTMLSelectElement;
                const k = known[Number(el.value)];
                el.value = '';
                if (k) set([...docs, { ...k.row }]);
              }}
            >
              <option value="">{t.pickNone}</option>
              {known.map((k, j) => (
                <option key={j} value={String(j)}>
                  {k.label}
                </option>
              ))}
            </select>
          </span>
        )}
      </div>
    </div>
  );
}
