import type { ScoreAdjustment, ScoreTable } from '../../../../schemas/draft.ts';
import {
  addAdjustment,
  adjustField,
  patchAdjustment,
  removeAdjustment,
  type BlockOf,
  type ScoreTotals,
} from '../../../../lib/report/index.ts';
import { FigureInput, ProseInput, TextInput } from '../../fields.tsx';
import { n } from './shared.tsx';
import { t } from './strings.ts';
import { Button } from '../../../ui/Button.tsx';

type Props = { block: BlockOf<'scores'>; path: string; table: ScoreTable; totals: ScoreTotals; onTable: (t: ScoreTable) => void };

/**
 * Điểm thưởng, điểm trừ: one folded group after the lĩnh vực, outside the criteria tree. Each item says what it is
 * for (as the set words it, or typed), the most it may give or take, the points (a penalty's are typed as a positive
 * number and taken off) and the reason; the set's limit for each side is shown with what counts.
 */
export function AdjustmentsEditor({ block, path, table, totals, onTable }: Props) {
  const items = table.adjustments ?? [];
  const { bonus, penalty } = totals.adjustments;
  const status = [
    bonus.count ? t.adjust.bonusStatus(n(bonus.points ?? 0)) : '',
    penalty.count ? t.adjust.penaltyStatus(n(penalty.points ?? 0)) : '',
    bonus.rejected + penalty.rejected > 0 ? t.rejected(bonus.rejected + penalty.rejected) : '',
  ].filter(Boolean);
  return (
    <details class="cchc-scores__area" data-testid="scores-adjustments">
      <summary>
        <span class="cchc-scores__area-title">{t.adjust.heading}</span>{' '}
        <span class="cchc-section__status">{status.length ? status.join(' · ') : t.adjust.none}</span>
      </summary>
      <p class="cchc-hint">{t.adjust.intro}</p>
      {(['bonus', 'penalty'] as const).map((kind) => {
        const side = totals.adjustments[kind];
        return (
          <section key={kind} aria-label={t.adjust.side[kind]}>
            <h4 class="cchc-scores__group">
              {t.adjust.side[kind]}{' '}
              <span class="cchc-section__status">
                {side.limit != null ? t.adjust.limit(n(side.limit)) : t.adjust.noLimit}
                {side.limit != null && side.typed != null && side.typed > side.limit && ` · ${t.adjust.capped(n(side.limit))}`}
              </span>
            </h4>
            {items.map((a, j) =>
              a.kind === kind ? <Item key={j} block={block} path={path} table={table} item={a} index={j} onTable={onTable} /> : null,
            )}
            <div class="cchc-buttons">
              <Button size="small" onClick={() => onTable(addAdjustment(table, kind))}>
                + {t.adjust.add[kind]}
              </Button>
            </div>
          </section>
        );
      })}
    </details>
  );
}

function Item({ block, path, table, item: a, index: j, onTable }: Omit<Props, 'totals'> & { item: ScoreAdjustment; index: number }) {
  const field = (part: string) => adjustField(path, j, part);
  const patch = (p: Partial<ScoreAdjustment>) => onTable(patchAdjustment(table, j, p));
  const label = a.tt || t.adjust.side[a.kind];
  const what = a.kind === 'bonus' ? t.adjust.points.bonus : t.adjust.points.penalty;
  return (
    <div class="cchc-scores__leaf" role="group" aria-label={`${t.adjust.side[a.kind]}: ${a.name || label}`} data-kind={a.kind}>
      <TextInput path={field('name')} label={`${t.adjust.name} (${label})`} value={a.name} onValue={(v) => patch({ name: v })} />
      <p class="cchc-hint">{a.max != null ? t.max(n(a.max)) : t.adjust.noMax}.</p>
      <div class="cchc-row">
        <FigureInput path={field('points')} label={`${what} (${label})`} decimal value={a.points} onValue={(v) => patch({ points: v })} />
        {block.appraisal && (
          <FigureInput
            path={field('appraised')}
            label={`${t.appraised} (${label})`}
            decimal
            value={a.appraised}
            onValue={(v) => patch({ appraised: v })}
          />
        )}
      </div>
      <ProseInput
        path={field('note')}
        label={`${t.adjust.reason} (${label})`}
        hint={t.adjust.reasonHint[a.kind]}
        rows={2}
        cite={false}
        value={a.note}
        onValue={(v) => patch({ note: v })}
      />
      <Button
        kind="danger"
        size="small"
        aria-label={t.adjust.removeLabel(a.name || label)}
        onClick={() => onTable(removeAdjustment(table, j))}
      >
        ✕ {t.removeEvidence}
      </Button>
    </div>
  );
}
