import { useStore } from '@nanostores/preact';
import type { FieldTemplate } from '../../../schemas/template.ts';
import { formatFigure } from '../../../lib/format/figure.ts';
import { isRecord } from '../../../lib/report/values.ts';
import { $evaluation, getProps, setValue } from '../store.ts';
import { FigureInput } from '../FigureInput.tsx';
import { t } from '../strings/blocks.ts';
import { t as tf } from '../strings/fields.ts';
import { ComputedFigure } from './shared.tsx';
import type { BlockEditorProps } from './index.ts';

/** "4.133 hồ sơ", "99,88%" as the document writes them; "—" until the checks have run or while it cannot be computed. */
const figureText = (f: FieldTemplate, v: number | null | undefined) => (v == null ? '—' : formatFigure(f, v, getProps().template.figures));

/** What each field holds: a number, the text typed when it is not one (kept, and flagged), or nothing. */
const typed = (v: unknown): Record<string, number | string> =>
  isRecord(v)
    ? Object.fromEntries(
        Object.entries(v).filter((e): e is [string, number | string] => typeof e[1] === 'number' || typeof e[1] === 'string'),
      )
    : {};

export function IndicatorsEditor({ block, path, value: stored }: BlockEditorProps<'indicators'>) {
  const value = typed(stored);
  const ev = useStore($evaluation);
  const figures = ev?.figures[path] ?? {};
  const computedIds = new Set(ev?.computed[path] ?? []);
  const set = (id: string, v: number | string | null) => {
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
        if (f.compute) return <ComputedFigure key={f.id} path={fp} scope={path} label={f.label} text={figureText(f, figures[f.id])} />;
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
