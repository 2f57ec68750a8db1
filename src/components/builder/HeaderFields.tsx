import { useStore } from '@nanostores/preact';
import type { Draft } from '../../schemas/draft.ts';
import { cutoffRange, formatCutoff } from '../../lib/format/cutoff.ts';
import { fillPlaceholders } from '../../lib/report/walk.ts';
import { $draft, getProps, setHeader, update } from './store.ts';
import { domId, IssueList, LinesInput, ProseInput, TextInput, useIssues } from './fields.tsx';
import { t } from './strings-editors.ts';

type Period = Draft['header']['period'];

export function HeaderFields() {
  const draft = useStore($draft)!;
  const { template } = getProps();
  const h = draft.header;
  const defaultTitle = fillPlaceholders(template.titlePattern, draft);
  return (
    <fieldset class="cchc-header">
      <legend>
        <h2 id="phan-dau">{t.headerHeading}</h2>
      </legend>
      <LinesInput
        path="header.parentBody"
        label={t.parentBody}
        hint={t.parentBodyHint}
        rows={2}
        value={h.parentBody ? h.parentBody.split('\n') : []}
        onValue={(v) => setHeader({ parentBody: v.join('\n') })}
      />
      <LinesInput
        path="header.issuer"
        label={t.issuer}
        hint={t.issuerHint}
        rows={2}
        value={h.issuer ? h.issuer.split('\n') : []}
        onValue={(v) => setHeader({ issuer: v.join('\n') })}
      />
      <div class="cchc-row">
        <TextInput path="header.issuerAbbr" label={t.issuerAbbr} value={h.issuerAbbr} onValue={(v) => setHeader({ issuerAbbr: v })} />
        <TextInput
          path="header.number"
          label={t.number}
          hint={t.numberHint}
          value={h.number}
          onValue={(v) => setHeader({ number: v })}
          attrs={{ inputMode: 'numeric' }}
        />
      </div>
      <div class="cchc-row">
        <TextInput path="header.place" label={t.place} value={h.place} onValue={(v) => setHeader({ place: v })} />
        <TextInput path="header.date" label={t.date} type="date" value={h.date} onValue={(v) => setHeader({ date: v })} />
      </div>
      <div class="cchc-field cchc-check">
        <input
          id="f-header-leaveDayBlank"
          type="checkbox"
          checked={h.leaveDayBlank}
          onChange={(e) => setHeader({ leaveDayBlank: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for="f-header-leaveDayBlank">{t.leaveDayBlank}</label>
      </div>
      <PeriodFields period={h.period} kinds={template.periods} />
      <LinesInput
        path="header.recipients"
        label={t.recipients}
        rows={2}
        value={h.recipients}
        onValue={(v) => setHeader({ recipients: v })}
      />
      <ProseInput path="header.basis" label={t.basis} value={h.basis} onValue={(v) => setHeader({ basis: v })} rows={3} />
      <TextInput
        path="header.title"
        label={t.title}
        hint={t.titleHint(defaultTitle)}
        value={h.title}
        onValue={(v) => setHeader({ title: v })}
        attrs={{ placeholder: defaultTitle }}
      />
    </fieldset>
  );
}

function PeriodFields({ period, kinds }: { period: Period; kinds: Period['kind'][] }) {
  const set = (p: Partial<Period>) => update((d) => ({ ...d, header: { ...d.header, period: normalise({ ...d.header.period, ...p }) } }));
  const cut = cutoffRange(period);
  const issues = useIssues('header.period').filter((i) => i.key !== 'period.cutoff');
  const id = domId('header.period');
  return (
    <fieldset class="cchc-period" aria-describedby={`${id}-cutoff`}>
      <legend>{t.periodKind}</legend>
      <div class="cchc-row">
        <div class="cchc-field">
          <label for={`${id}-kind`}>{t.periodKind}</label>
          <select
            id={`${id}-kind`}
            value={period.kind}
            onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value as Period['kind'] })}
          >
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t.periodKinds[k]}
              </option>
            ))}
          </select>
        </div>
        {period.kind === 'thang' && (
          <Select
            id={`${id}-index`}
            label={t.periodMonth}
            value={period.index ?? 1}
            options={Array.from({ length: 12 }, (_, i) => [i + 1, String(i + 1)])}
            onValue={(index) => set({ index })}
          />
        )}
        {period.kind === 'quy' && (
          <Select
            id={`${id}-index`}
            label={t.periodQuarter}
            value={period.index ?? 1}
            options={[
              [1, 'I'],
              [2, 'II'],
              [3, 'III'],
              [4, 'IV'],
            ]}
            onValue={(index) => set({ index })}
          />
        )}
        {period.kind === '6-thang' && (
          <Select
            id={`${id}-index`}
            label={t.periodHalf}
            value={period.index ?? 1}
            options={[
              [1, t.periodHalves[0]],
              [2, t.periodHalves[1]],
            ]}
            onValue={(index) => set({ index })}
          />
        )}
        {period.kind !== 'khoang' && (
          <div class="cchc-field">
            <label for={`${id}-year`}>{t.periodYear}</label>
            <input
              id={`${id}-year`}
              type="number"
              inputMode="numeric"
              min={1990}
              max={2100}
              value={period.year}
              onInput={(e) => {
                const y = Number((e.currentTarget as HTMLInputElement).value);
                if (Number.isInteger(y) && y >= 1990 && y <= 2100) set({ year: y });
              }}
            />
          </div>
        )}
        {period.kind === 'khoang' && (
          <>
            <div class="cchc-field">
              <label for={`${id}-from`}>{t.periodFrom}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={period.from ?? ''}
                onInput={(e) => set({ from: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
            <div class="cchc-field">
              <label for={`${id}-to`}>{t.periodTo}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={period.to ?? ''}
                onInput={(e) => set({ to: (e.currentTarget as HTMLInputElement).value })}
              />
            </div>
          </>
        )}
      </div>
      <p class="cchc-hint" id={`${id}-cutoff`}>
        {cut ? `${t.cutoff(formatCutoff(cut))} (${cut.basis})` : t.cutoffNone}
      </p>
      <IssueList id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}

function normalise(p: Period): Period {
  const out: Period = { kind: p.kind, year: p.year };
  if (p.kind === 'thang') out.index = Math.min(12, Math.max(1, p.index ?? 1));
  if (p.kind === 'quy') out.index = Math.min(4, Math.max(1, p.index ?? 1));
  if (p.kind === '6-thang') out.index = p.index === 2 ? 2 : 1;
  if (p.kind === 'khoang') {
    out.from = p.from ?? `${p.year}-01-01`;
    out.to = p.to ?? `${p.year}-12-31`;
    const y = Number(out.to.slice(0, 4));
    if (Number.isInteger(y) && y >= 1990 && y <= 2100) out.year = y;
  }
  return out;
}

function Select({
  id,
  label,
  value,
  options,
  onValue,
}: {
  id: string;
  label: string;
  value: number;
  options: [number, string][];
  onValue: (v: number) => void;
}) {
  return (
    <div class="cchc-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onValue(Number((e.currentTarget as HTMLSelectElement).value))}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
