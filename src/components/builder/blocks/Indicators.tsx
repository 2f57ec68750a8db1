import { useStore } from '@nanostores/preact';
import type { FieldTemplate } from '../../../schemas/template.ts';
import { asFigures } from '../../../lib/report/blocks/indicators.ts';
import { formatFigure } from '../../../lib/format/figure.ts';
import { $evaluation, setValue } from '../store.ts';
import { FigureInput } from '../FigureInput.tsx';
import { t } from '../strings/blocks.ts';
import { t as tf } from '../strings/fields.ts';
import { ComputedFigure } from './shared.tsx';
import type { BlockEditorProps } from './index.ts';

/** "4.133 hồ sơ", "99,88%"; "—" until the checks have run or while the figure cannot be computed. */
const figureText = (f: FieldTemplate, v: number | null | undefined) => (v == null ? '—' : formatFigure(f, v));

export function IndicatorsEditor({ block, path, value: stored }: BlockEditorProps<'indicators'>) {
  const value = asFigures(stored);
  const ev = useStore($evaluation);
  const figures = ev?.figures[path] ?? {};
  const computedIds = new Set(ev?.computed[path] ?? []);
  const set = (id: string, v: number | null) => {
    const next = { ...value, [id]: v };
    if (v === null) delete next[id];
    setValue(path, Object.keys(next).length ? next : undefined);
  };
  return (
    <fieldset class="cchc-block cchc-indicators">
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      {block.fields.map((f) => {
        const fp = `${path}.${f.id}`;
        const target = ev?.targets[fp];
        if (f.compute) return <ComputedFigure key={f.id} path={fp} label={f.label} text={figureText(f, figures[f.id])} />;
        const derived = computedIds.has(f.id) && value[f.id] == null && figures[f.id] != null;
        return (
          <div key={f.id} class={`cchc-figure cchc-figure--l${f.level ?? 1}`}>
            <FigureInput
              path={fp}
              label={f.label}
              unit={f.unit}
              decimal={f.type ? f.type !== 'count' : f.unit === '%'}
              hint={
                [f.hint, target && t.target(target.text, target.citation), derived && `${tf.computed}: ${figureText(f, figures[f.id])}`]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              value={value[f.id] ?? null}
              onValue={(v) => set(f.id, v)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
