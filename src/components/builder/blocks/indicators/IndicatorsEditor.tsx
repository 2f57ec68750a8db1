import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { FieldTemplate } from '../../../../schemas/template.ts';
import { changeText, changes, compareKey, comparePeriods, formulaOf, isRecord, totalsOf } from '../../../../lib/report/index.ts';
import { formatFigure } from '../../../../lib/format/figure.ts';
import { upperFirst } from '../../../../lib/format/text.ts';
import { $evaluation, $notice, getProps, setValue } from '../../store.ts';
import { FigureInput } from '../../fields.tsx';
import { useModule } from '../../../ui/lazy.ts';
import { Pending } from '../../../ui/Pending.tsx';
import { t } from './strings.ts';
import { t as shared } from '../strings.ts';
import { ComputedFigure } from '../shared.tsx';
import type { BlockEditorProps } from '../types.ts';
import { Button } from '../../../ui/Button.tsx';

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
  const fields = new Map(block.fields.map((f) => [f.id, f]));
  const set = (id: string, v: number | string | null) => {
    const next = { ...value, [id]: v };
    if (v === null) delete next[id];
    setValue(path, Object.keys(next).length ? next : undefined);
  };
  return (
    <fieldset class="cchc-block cchc-indicators">
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      {block.fields.some((f) => f.import) && <ImportAction block={block} path={path} value={value} />}
      {rows(block.fields).map((row) => (
        <div key={row[0].id} class={`cchc-figures-row cchc-figures-row--l${row[0].compute ? 1 : (row[0].level ?? 1)}`}>
          {row.map((f) => figure(f))}
        </div>
      ))}
      {block.fields.some((f) => f.compare) && <Comparison block={block} path={path} value={value} figures={figures} set={set} />}
    </fieldset>
  );

  function figure(f: FieldTemplate) {
    const fp = `${path}.${f.id}`;
    const target = ev?.targets[fp];
    if (f.compute)
      return (
        <ComputedFigure
          key={f.id}
          path={fp}
          scope={path}
          label={f.label}
          text={figureText(f, figures[f.id])}
          formula={[`${t.formula}: ${formulaOf(f, fields)}`, target && t.target(target.text, target.citation)].filter(Boolean).join('. ')}
        />
      );
    const derived = computedIds.has(f.id) && value[f.id] == null && figures[f.id] != null;
    const sums = totalsOf(f, block.rules, fields);
    return (
      <div key={f.id} class="cchc-figure">
        <FigureInput
          path={fp}
          label={f.label}
          unit={f.unit}
          decimal={f.type ? f.type !== 'count' : f.unit === '%'}
          hint={
            [
              f.hint,
              f.emptyIsZero && t.emptyIsZero,
              sums.length > 0 && t.totalOf(sums),
              target && t.target(target.text, target.citation),
              derived && `${upperFirst(shared.computed)}: ${figureText(f, figures[f.id])}.`,
            ]
              .filter(Boolean)
              .join(' ') || undefined
          }
          value={value[f.id] ?? null}
          onValue={(v) => set(f.id, v)}
        />
      </div>
    );
  }
}

/** Figures side by side where there is room: each main figure on its own, its sub-figures together, computed ones together. */
function rows(fields: FieldTemplate[]): FieldTemplate[][] {
  const out: FieldTemplate[][] = [];
  const kind = (f: FieldTemplate) => (f.compute ? 'computed' : f.level === 1 ? 'main' : `sub${f.level}`);
  for (const f of fields) {
    const last = out[out.length - 1];
    if (last && kind(f) !== 'main' && kind(last[0]) === kind(f)) last.push(f);
    else out.push([f]);
  }
  return out;
}

const loadImport = () => import('./ImportFigures.tsx');

/** "Nhập số liệu từ bảng tính": the dialog, the import library and SheetJS load with the first click. */
function ImportAction({ block, path, value }: Omit<BlockEditorProps<'indicators'>, 'value'> & { value: Record<string, number | string> }) {
  const [open, setOpen] = useState(false);
  const dialog = useModule(loadImport, open);
  return (
    <div class="cchc-import-action">
      <Button
        onClick={() => {
          $notice.set(undefined);
          setOpen(true);
        }}
      >
        {t.importFigures}
      </Button>
      <span class="cchc-hint"> {t.importHint}</span>
      {open &&
        (dialog ? (
          <dialog.ImportFigures block={block} path={path} value={value} onClose={() => setOpen(false)} />
        ) : (
          <Pending mod={dialog} loading={t.importLoading} failed={t.importLoadFailed} />
        ))}
    </div>
  );
}

/** The same period of last year and the previous period: typed (or kept by "Tạo từ kỳ trước"), with the change. */
function Comparison({
  block,
  path,
  value,
  figures,
  set,
}: Omit<BlockEditorProps<'indicators'>, 'value'> & {
  value: Record<string, number | string>;
  figures: Record<string, number | null>;
  set: (id: string, v: number | string | null) => void;
}) {
  const has = Object.keys(value).some((k) => k.includes(':'));
  const all = changes(block, figures, value);
  return (
    <details class="cchc-compare" open={has}>
      <summary>{t.compare}</summary>
      <p class="cchc-hint">{t.compareHint}</p>
      {comparePeriods.map((p) => (
        <fieldset key={p.id} class="cchc-compare__period">
          <legend>{t.comparePeriod(p.label)}</legend>
          <div class="cchc-figures-row">
            {block.fields
              .filter((f) => f.compare)
              .map((f) => {
                const id = compareKey(p.id, f.id);
                const c = all.find((x) => x.period === p.id && x.field.id === f.id);
                return (
                  <div key={id} class="cchc-figure">
                    <FigureInput
                      path={`${path}.${id}`}
                      label={f.label}
                      unit={f.unit}
                      hint={c ? t.change(changeText(c, getProps().template.figures), p.label) : undefined}
                      value={value[id] ?? null}
                      onValue={(v) => set(id, v)}
                    />
                  </div>
                );
              })}
          </div>
        </fieldset>
      ))}
    </details>
  );
}
