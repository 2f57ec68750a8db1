import { differs, patchScoreRow, rowField } from '../../../../lib/report/index.ts';
import { FigureInput } from '../../fields.tsx';
import { domId, ProseInput } from '../../fields.tsx';
import { EvidenceEditor } from './EvidenceEditor.tsx';
import { n, type RowEditorProps as Props } from './shared.tsx';
import { t } from './strings.ts';

/**
 * One criterion scored: its maximum, method and condition, whether it applies to the unit, the self (and appraised)
 * score, evidence, explanation and reply. A criterion that does not apply asks only for its reason.
 */
export function LeafEditor({ block, path, table, totals, index: i, onTable, known }: Props) {
  const r = table.rows[i];
  const x = totals.rows[i];
  const field = (part: string) => rowField(path, i, part);
  const patch = (p: Parameters<typeof patchScoreRow>[2]) => onTable(patchScoreRow(table, i, p));
  const titleId = domId(field('title'));
  const label = r.tt || String(i + 1);
  const na = r.notApplicable === true;
  const about = [r.max == null ? t.maxMissing : t.max(n(r.max)), r.step && !r.survey && !na ? t.step(n(r.step)) : '']
    .filter(Boolean)
    .join('; ');
  const naId = domId(field('na'));
  /** The criterion's own texts (why it does not apply, the explanation, the reply to the appraisal): short, no citations. */
  const rowText = (part: 'note' | 'review', name: string, hint: string) => (
    <ProseInput
      path={field(part)}
      label={`${name} (${label})`}
      hint={hint}
      rows={2}
      cite={false}
      value={r[part] ?? ''}
      onValue={(v) => patch({ [part]: v })}
    />
  );
  const mod = r.survey ? ' cchc-scores__leaf--survey' : na ? ' cchc-scores__leaf--na' : '';
  return (
    <div class={`cchc-scores__leaf${mod}`} role="group" aria-labelledby={titleId} data-tt={r.tt}>
      <p class="cchc-scores__title" id={titleId}>
        {r.tt && <span class="cchc-scores__tt">{r.tt}</span>} {r.name}
      </p>
      <p class="cchc-hint">
        {about}.{!r.survey && !na && ` ${t.evidence}: ${t.evidenceState[x.evidence]}.`}
        {x.rejected > 0 && <strong class="cchc-scores__rejected"> {t.leafRejected}</strong>}
      </p>
      {r.method && (
        <p class="cchc-hint">
          {t.method}: {r.method}
        </p>
      )}
      {r.condition && (
        <p class="cchc-hint">
          {t.condition}: {r.condition}
        </p>
      )}
      <div class="cchc-field cchc-check">
        <input
          id={naId}
          type="checkbox"
          checked={na}
          onChange={(e) => patch({ notApplicable: (e.currentTarget as HTMLInputElement).checked || undefined })}
        />
        <label for={naId}>{t.notApplicable(label)}</label>
      </div>
      {na ? (
        rowText('note', t.naReason, t.naHint(n(r.max)))
      ) : r.survey ? (
        <p class="cchc-hint">{t.survey}</p>
      ) : (
        <>
          <div class="cchc-row">
            <FigureInput
              path={field('score')}
              label={`${t.score} (${label})`}
              decimal
              value={r.score}
              onValue={(v) => patch({ score: v })}
            />
            {block.appraisal && (
              <FigureInput
                path={field('appraised')}
                label={`${t.appraised} (${label})`}
                decimal
                hint={x.diff != null ? t.diff(x.diff > 0 ? `+${n(x.diff)}` : n(x.diff)) : undefined}
                value={r.appraised}
                onValue={(v) => patch({ appraised: v })}
              />
            )}
          </div>
          <EvidenceEditor path={path} table={table} index={i} onTable={onTable} known={known} />
          {rowText('note', t.note, t.noteHint)}
          {block.review && differs(r, x) && (
            <>
              {rowText('review', t.review, t.reviewHint)}
              <div class="cchc-field cchc-check">
                <input
                  id={domId(field('reconsider'))}
                  type="checkbox"
                  checked={r.reconsider === true}
                  onChange={(e) => patch({ reconsider: (e.currentTarget as HTMLInputElement).checked || undefined })}
                />
                <label for={domId(field('reconsider'))}>{t.reconsider}</label>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
