import { useStore } from '@nanostores/preact';
import type { Draft } from '../../schemas/draft.ts';
import { PERIOD_YEARS, isPeriodYear } from '../../schemas/period-years.ts';
import { cutoffRange, formatCutoff } from '../../lib/format/cutoff.ts';
import { defaultsFor, fillPlaceholders } from '../../lib/report/index.ts';
import { unitName } from '../../lib/names/index.ts';
import { changePeriod } from '../../lib/drafts/period.ts';
import { $draft, getProps, setHeader, update } from './store.ts';
import { domId, IssueList, LinesInput, ProseInput, TextInput, touch, useShownIssues } from './fields.tsx';
import { TextInput as KitTextInput } from '../ui/inputs.tsx';
import { Select } from '../ui/Select.tsx';
import { t } from './strings/header.ts';
import { t as tp } from './strings/page.ts';
import { LevelField, OmitToggle, setIssuer, shown } from './StructureFields.tsx';
import { DecisionFields } from './DecisionFields.tsx';

type Period = Draft['header']['period'];

export function HeaderFields() {
  const draft = useStore($draft)!;
  const { template } = getProps();
  const h = draft.header;
  const defaultTitle = fillPlaceholders(template.titlePattern, draft);
  const derivedUnit = unitName({ ...h, unit: '' }).text;
  /** The bodies' names, one line a line of the header ("ỦY BAN NHÂN DÂN", "XÃ AN BÌNH"), each kept as one text. */
  const bodies = [
    ['parentBody', t.parentBody, t.parentBodyHint, (v: string) => setHeader({ parentBody: v })],
    ['issuer', t.issuer, t.issuerHint, setIssuer],
  ] as const;
  return (
    <fieldset class="cchc-header">
      <legend>
        <h2 id="phan-dau">{tp.headerHeading}</h2>
      </legend>
      <LevelField draft={draft} />
      {bodies.map(([k, label, hint, set]) => (
        <LinesInput
          key={k}
          path={`header.${k}`}
          label={label}
          hint={hint}
          rows={2}
          value={h[k] ? h[k].split('\n') : []}
          onValue={(v) => set(v.join('\n'))}
        />
      ))}
      <TextInput
        path="header.unit"
        label={t.unit}
        hint={t.unitHint(derivedUnit)}
        value={h.unit ?? ''}
        attrs={{ placeholder: derivedUnit }}
        onValue={(v) => setHeader({ unit: v })}
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
        <TextInput path="header.place" label={t.place} hint={t.placeHint} value={h.place} onValue={(v) => setHeader({ place: v })} />
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
      <PeriodFields period={h.period} kinds={template.periods} report={template.docType === 'BÁO CÁO'} />
      <LinesInput
        path="header.recipients"
        label={t.recipients}
        rows={2}
        value={h.recipients}
        onValue={(v) => setHeader({ recipients: v })}
      />
      <ProseInput
        path="header.basis"
        label={t.basis}
        value={shown(h.basis, draft)}
        placeholder={shown(defaultsFor(template, draft.level).basis, draft)}
        onValue={(v) => setHeader({ basis: v })}
        rows={3}
      />
      <OmitToggle draft={draft} omitKey="basis" />
      <TextInput
        path="header.title"
        label={t.title}
        hint={t.titleHint(defaultTitle)}
        value={h.title}
        onValue={(v) => setHeader({ title: v })}
        attrs={{ placeholder: defaultTitle }}
      />
      <DecisionFields />
    </fieldset>
  );
}

/**
 * The reporting period and its data cut-off; a plan or a notice has neither, only the year it is for (and the kind
 * of period when its template allows several).
 */
function PeriodFields({ period, kinds, report }: { period: Period; kinds: Period['kind'][]; report: boolean }) {
  const set = (p: Partial<Period>) => {
    touch('header.period');
    update((d) => ({ ...d, header: { ...d.header, period: changePeriod(d.header.period, p) } }));
  };
  const cut = cutoffRange(period);
  const decree = cutoffRange({ ...period, cutoff: undefined });
  const issues = useShownIssues('header.period').filter((i) => i.key !== 'period.cutoff');
  const id = domId('header.period');
  const indexChoice = indexChoices(period.kind);
  return (
    <fieldset class="cchc-period" aria-describedby={report ? `${id}-cutoff` : undefined}>
      <legend>{report ? t.periodKind : t.periodOther}</legend>
      <div class="cchc-row">
        {(report || kinds.length > 1) && (
          <Select
            id={`${id}-kind`}
            label={report ? t.periodKind : t.periodOther}
            value={period.kind}
            options={kinds.map((k) => [k, t.periodKinds[k]] as const)}
            onValue={(kind) => set({ kind })}
          />
        )}
        {indexChoice && (
          <Select
            id={`${id}-index`}
            label={indexChoice.label}
            value={period.index ?? 1}
            options={indexChoice.options}
            onValue={(index) => set({ index })}
          />
        )}
        {period.kind !== 'khoang' && (
          <PeriodInput
            id={`${id}-year`}
            label={t.periodYear}
            type="number"
            attrs={{ inputMode: 'numeric', min: PERIOD_YEARS.min, max: PERIOD_YEARS.max }}
            value={String(period.year)}
            onValue={(v) => {
              const y = Number(v);
              if (v.trim() && isPeriodYear(y)) set({ year: y });
            }}
          />
        )}
        {period.kind === 'khoang' && (
          <>
            <PeriodInput id={`${id}-from`} label={t.periodFrom} type="date" value={period.from ?? ''} onValue={(from) => set({ from })} />
            <PeriodInput id={`${id}-to`} label={t.periodTo} type="date" value={period.to ?? ''} onValue={(to) => set({ to })} />
          </>
        )}
      </div>
      {report && (
        <p class="cchc-hint" id={`${id}-cutoff`}>
          {cut ? `${t.cutoff(formatCutoff(cut))} (${cut.basis})` : t.cutoffNone}
        </p>
      )}
      {report && period.kind !== 'khoang' && (
        <div class="cchc-field cchc-check">
          <input
            id={`${id}-cutoff-own`}
            type="checkbox"
            checked={!!period.cutoff}
            onChange={(e) =>
              set({
                cutoff: (e.currentTarget as HTMLInputElement).checked
                  ? { from: decree?.from ?? `${period.year}-01-01`, to: decree?.to ?? `${period.year}-12-31` }
                  : undefined,
              })
            }
          />
          <label for={`${id}-cutoff-own`}>{t.cutoffOwn}</label>
        </div>
      )}
      {report && period.kind !== 'khoang' && period.cutoff && (
        <div class="cchc-row">
          {(['from', 'to'] as const).map((end) => (
            <PeriodInput
              key={end}
              id={`${id}-cutoff-${end}`}
              label={end === 'from' ? t.cutoffFrom : t.cutoffTo}
              type="date"
              value={period.cutoff![end]}
              onValue={(v) => set({ cutoff: { ...period.cutoff!, [end]: v } })}
            />
          ))}
        </div>
      )}
      <IssueList id={`${id}-issues`} issues={issues} />
    </fieldset>
  );
}

/** The month, quarter or half a period of this kind needs, with its choices. */
function indexChoices(kind: Period['kind']): { label: string; options: (readonly [number, string])[] } | undefined {
  if (kind === 'thang') return { label: t.periodMonth, options: Array.from({ length: 12 }, (_, i) => [i + 1, String(i + 1)]) };
  if (kind === 'quy') return { label: t.periodQuarter, options: ['I', 'II', 'III', 'IV'].map((q, i) => [i + 1, q]) };
  if (kind === '6-thang') return { label: t.periodHalf, options: t.periodHalves.map((h, i) => [i + 1, h]) };
  return undefined;
}

/** A year or date of the period, bound like every text field; a year being typed is kept until it is whole. */
const PeriodInput = (props: Omit<Parameters<typeof KitTextInput>[0], 'onLeave'>) => (
  <KitTextInput {...props} onLeave={() => touch('header.period')} />
);
