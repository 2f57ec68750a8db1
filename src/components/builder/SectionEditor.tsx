import { useStore } from '@nanostores/preact';
import type { BlockTemplate, SectionTemplate } from '../../schemas/template.ts';
import type { Draft, DocumentRow } from '../../schemas/draft.ts';
import { asAssessment, asDocumentRows, asFigures, asRows, asText } from '../../lib/report/values.ts';
import { fillPlaceholders } from '../../lib/report/walk.ts';
import { formatPercent } from '../../lib/format/number.ts';
import { addInstance, removeInstance, renameInstance } from '../../lib/drafts/instances.ts';
import { $evaluation, figureText, getProps, loadEngine, setValue, update, type AreaInfo } from './store.ts';
import { domId, IssueList, ProseInput, TextInput, useIssues } from './fields.tsx';
import { FigureInput } from './FigureInput.tsx';
import { t } from './strings-editors.ts';

void loadEngine();

/**
 * The editors of one top-level section (documents list, tables, assessments, indicators with live checks, repeated
 * items). Loaded when the section is first opened; the live checks (evaluate) start loading with it.
 */
export function SectionEditor({ section, draft }: { section: SectionTemplate; draft: Draft }) {
  const area = section.area ? getProps().areas[section.area] : undefined;
  return (
    <>
      <AreaLinks area={area} />
      <SectionBody section={section} base={section.id} draft={draft} level={3} />
    </>
  );
}

/** "Báo cáo cần thể hiện" (the area's checklist, folded) and the how-to guide, for a section tied to a reform area. */
function AreaLinks({ area }: { area?: AreaInfo }) {
  if (!area) return null;
  return (
    <div class="cchc-section__links">
      <details class="cchc-checklist">
        <summary>
          {t.checklist}: {area.name} ({t.checklistCount(area.checklist.length)})
        </summary>
        <ul>
          {area.checklist.map((item) => (
            <li>
              {item.text}
              {item.formula && <span class="cchc-hint"> {t.checklistFormula(item.formula)}</span>}
              {item.target && <span class="cchc-hint"> {t.checklistTarget(item.target)}</span>}
            </li>
          ))}
        </ul>
        <p>
          <a href={area.checklistUrl}>{t.checklistMore(area.name)}</a>
        </p>
      </details>
      {area.guideUrl && (
        <p>
          <a href={area.guideUrl}>{t.guide}</a>
        </p>
      )}
    </div>
  );
}

function SectionBody({ section, base, draft, level }: { section: SectionTemplate; base: string; draft: Draft; level: number }) {
  if (section.repeat) return <RepeatSection section={section} base={base} draft={draft} level={level} />;
  return <SectionContent section={section} keyBase={base} draft={draft} level={level} />;
}

function SectionContent({ section, keyBase, draft, level }: { section: SectionTemplate; keyBase: string; draft: Draft; level: number }) {
  const H = `h${Math.min(level, 6)}` as 'h3';
  return (
    <>
      {section.hint && <p class="cchc-hint">{section.hint}</p>}
      {section.blocks.map((b) => (
        <Block key={b.id} block={b} path={`${keyBase}:${b.id}`} draft={draft} />
      ))}
      {section.children.map((c) => (
        <section class="cchc-subsection" key={c.id} aria-labelledby={domId(`${keyBase}/${c.id}`) + '-h'}>
          {!c.repeat && <H id={domId(`${keyBase}/${c.id}`) + '-h'}>{fillPlaceholders(c.title, draft)}</H>}
          {c.repeat && <H id={domId(`${keyBase}/${c.id}`) + '-h'}>{c.repeat.label}</H>}
          <AreaLinks area={c.area ? getProps().areas[c.area] : undefined} />
          <SectionBody section={c} base={`${keyBase}/${c.id}`} draft={draft} level={level + 1} />
        </section>
      ))}
    </>
  );
}

function RepeatSection({ section, base, draft, level }: { section: SectionTemplate; base: string; draft: Draft; level: number }) {
  const items = draft.instances[section.id] ?? [];
  const issues = useIssues(`instances.${section.id}`);
  const H = `h${Math.min(level + 1, 6)}` as 'h4';
  const label = section.repeat!.label;
  return (
    <div class="cchc-repeat">
      {items.length === 0 && <p class="cchc-hint">{t.noItems}</p>}
      <IssueList id={domId(`instances.${section.id}`) + '-issues'} issues={issues} />
      {items.map((item, i) => {
        const key = `${base}#${i}`;
        const title = fillPlaceholders(section.repeat!.itemTitle, draft, { ten: item.name || '…' });
        return (
          <fieldset class="cchc-repeat__item" key={key}>
            <legend>
              <H class="cchc-repeat__title">{title}</H>
            </legend>
            <TextInput
              path={`instances.${section.id}.${i}`}
              label={`${t.itemName} (${label.toLocaleLowerCase('vi')} ${i + 1})`}
              value={item.name}
              onValue={(v) => update((d) => renameInstance(d, section.id, i, v))}
            />
            <SectionContent section={section} keyBase={key} draft={draft} level={level + 2} />
            <button
              type="button"
              class="cchc-btn cchc-btn--danger"
              onClick={() => {
                if (window.confirm(t.removeItemConfirm(item.name || title))) update((d) => removeInstance(d, section.id, i));
              }}
            >
              {t.removeItem}: {item.name || title}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="cchc-btn" onClick={() => update((d) => addInstance(d, section.id, ''))}>
        {t.addItem(label)}
      </button>
    </div>
  );
}

function Block({ block, path, draft }: { block: BlockTemplate; path: string; draft: Draft }) {
  const value = draft.values[path];
  switch (block.kind) {
    case 'prose':
      return (
        <ProseInput
          path={path}
          label={block.label}
          hint={block.hint ?? t.proseHelp}
          placeholder={block.placeholder}
          value={asText(value)}
          onValue={(v) => setValue(path, v === '' ? undefined : v)}
        />
      );
    case 'assessment': {
      const a = asAssessment(value);
      const set = (k: 'good' | 'limits' | 'proposals', v: string) => {
        const next = { ...a, [k]: v };
        setValue(path, next.good || next.limits || next.proposals ? next : undefined);
      };
      return (
        <fieldset class="cchc-block">
          <legend>{block.label}</legend>
          {block.hint && <p class="cchc-hint">{block.hint}</p>}
          <ProseInput path={`${path}.good`} label={block.labels.good} value={a.good} onValue={(v) => set('good', v)} />
          <ProseInput path={`${path}.limits`} label={block.labels.limits} value={a.limits} onValue={(v) => set('limits', v)} />
          <ProseInput path={`${path}.proposals`} label={block.labels.proposals} value={a.proposals} onValue={(v) => set('proposals', v)} />
          <IssueList id={domId(path) + '-issues'} issues={useIssues(path)} />
        </fieldset>
      );
    }
    case 'documents':
      return <DocumentsBlock block={block} path={path} rows={asDocumentRows(value)} />;
    case 'indicators':
      return <IndicatorsBlock block={block} path={path} value={asFigures(value)} />;
    case 'table':
      return <TableBlock block={block} path={path} rows={asRows(value)} />;
  }
}

function RowButtons({
  i,
  count,
  what,
  onMove,
  onRemove,
}: {
  i: number;
  count: number;
  what: string;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  return (
    <div class="cchc-row-buttons">
      <button
        type="button"
        class="cchc-btn cchc-btn--small"
        disabled={i === 0}
        aria-label={t.moveUpLabel(what)}
        onClick={() => onMove(i - 1)}
      >
        ↑ {t.moveUp}
      </button>
      <button
        type="button"
        class="cchc-btn cchc-btn--small"
        disabled={i === count - 1}
        aria-label={t.moveDownLabel(what)}
        onClick={() => onMove(i + 1)}
      >
        ↓ {t.moveDown}
      </button>
      <button type="button" class="cchc-btn cchc-btn--small cchc-btn--danger" aria-label={t.removeRowLabel(what)} onClick={onRemove}>
        ✕ {t.removeRow}
      </button>
    </div>
  );
}

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [x] = next.splice(from, 1);
  next.splice(to, 0, x);
  return next;
}

function DocumentsBlock({
  block,
  path,
  rows,
}: {
  block: Extract<BlockTemplate, { kind: 'documents' }>;
  path: string;
  rows: DocumentRow[];
}) {
  const set = (next: DocumentRow[]) => setValue(path, next.length ? next : undefined);
  const cols: [keyof DocumentRow, string, string][] = [
    ['kind', t.docKind, 'text'],
    ['number', t.docNumber, 'text'],
    ['date', t.docDate, 'date'],
    ['issuer', t.docIssuer, 'text'],
    ['subject', t.docSubject, 'text'],
  ];
  return (
    <fieldset class="cchc-block cchc-docs">
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      {rows.length === 0 && <p class="cchc-hint">{t.noRows}</p>}
      {rows.map((r, i) => (
        <div class="cchc-docs__row" key={i} role="group" aria-label={t.docRow(i + 1)}>
          <span class="cchc-docs__n">{i + 1}.</span>
          {cols.map(([k, label, type]) => (
            <TextInput
              key={k}
              path={`${path}.${i}.${k}`}
              label={label}
              type={type}
              value={r[k]}
              onValue={(v) => set(rows.map((x, j) => (j === i ? { ...x, [k]: v } : x)))}
            />
          ))}
          <RowButtons
            i={i}
            count={rows.length}
            what={t.docRow(i + 1)}
            onMove={(to) => set(move(rows, i, to))}
            onRemove={() => set(rows.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <button type="button" class="cchc-btn" onClick={() => set([...rows, { kind: '', number: '', date: '', issuer: '', subject: '' }])}>
        + {t.addRow}
      </button>
    </fieldset>
  );
}

function IndicatorsBlock({
  block,
  path,
  value,
}: {
  block: Extract<BlockTemplate, { kind: 'indicators' }>;
  path: string;
  value: Record<string, number | null>;
}) {
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
                [f.hint, target && t.target(target.text, target.citation), derived && `${t.computed}: ${figureText(f, figures[f.id])}`]
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

function ComputedFigure({ path, label, text }: { path: string; label: string; text: string }) {
  const id = domId(path);
  const issues = useIssues(path);
  return (
    <div class="cchc-field cchc-field--computed">
      <label for={id}>
        {label} ({t.computed})
      </label>
      <output id={id} aria-live="polite" aria-describedby={issues.length ? `${id}-issues` : undefined}>
        {text}
      </output>
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}

function TableBlock({
  block,
  path,
  rows,
}: {
  block: Extract<BlockTemplate, { kind: 'table' }>;
  path: string;
  rows: Record<string, string | number | null>[];
}) {
  const ev = useStore($evaluation);
  const computedRows = ev?.tables[path] ?? [];
  const set = (next: Record<string, string | number | null>[]) => setValue(path, next.length ? next : undefined);
  const empty = () =>
    Object.fromEntries(block.columns.filter((c) => c.type !== 'percent-of').map((c) => [c.id, c.type === 'text' ? '' : null]));
  return (
    <fieldset class="cchc-block cchc-table">
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      {rows.map((r, i) => (
        <div class="cchc-table__row" key={i} role="group" aria-label={t.tableRow(i + 1)}>
          <span class="cchc-docs__n">{i + 1}.</span>
          {block.columns.map((c) => {
            const cp = `${path}.${i}.${c.id}`;
            if (c.type === 'percent-of') {
              const v = computedRows[i]?.[c.id];
              return <ComputedFigure key={c.id} path={cp} label={c.label} text={v == null ? '—' : formatPercent(v)} />;
            }
            if (c.type === 'number')
              return (
                <FigureInput
                  key={c.id}
                  path={cp}
                  label={c.label}
                  unit={c.unit}
                  decimal
                  value={typeof r[c.id] === 'number' ? (r[c.id] as number) : null}
                  onValue={(v) => set(rows.map((x, j) => (j === i ? { ...x, [c.id]: v } : x)))}
                />
              );
            return (
              <TextInput
                key={c.id}
                path={cp}
                label={c.label}
                value={typeof r[c.id] === 'string' ? (r[c.id] as string) : ''}
                onValue={(v) => set(rows.map((x, j) => (j === i ? { ...x, [c.id]: v } : x)))}
              />
            );
          })}
          <RowButtons
            i={i}
            count={rows.length}
            what={t.tableRow(i + 1)}
            onMove={(to) => set(move(rows, i, to))}
            onRemove={() => set(rows.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      <button type="button" class="cchc-btn" onClick={() => set([...rows, empty()])}>
        + {t.addTableRow}
      </button>
      <IssueList id={domId(path) + '-issues'} issues={useIssues(path)} />
    </fieldset>
  );
}
