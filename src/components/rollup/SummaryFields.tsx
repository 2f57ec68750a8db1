import { useState } from 'preact/hooks';
import { collectors, withCollector, type Collector } from '../../lib/rollup/header.ts';
import type { RollupSettings } from '../../lib/rollup/state.ts';
import { levelsOf } from '../../lib/report/index.ts';
import { issuerLevelNames } from '../../schemas/issuer-levels.ts';
import { TextArea, TextInput } from '../ui/inputs.tsx';
import { Select } from '../ui/Select.tsx';
import { updateSettings } from './actions.ts';
import type { ViewProps } from './view-props.ts';
import { t } from './strings/summary.ts';

type TextKey = {
  [K in keyof RollupSettings]: RollupSettings[K] extends string ? (K extends 'collector' ? never : K) : never;
}[keyof RollupSettings];

/** The DOM id of a setting's field: "cchc-rollup-sign-name" for signName (the download's messages point to it). */
export const fieldId = (k: TextKey) => `cchc-rollup-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * "Báo cáo tổng hợp: cơ quan, văn bản, người ký": each part of the summary's header its own field of the UI kit (bound,
 * every key kept): who collects (its defaults), cơ quan chủ quản and cơ quan ban hành, the body's name in sentences,
 * the số ký hiệu, Kính gửi, the document answered, Nơi nhận, the signer.
 */
export function SummaryFields({ template, state }: ViewProps) {
  const s = state.settings;
  const [open, setOpen] = useState(true);
  const text = (k: TextKey, label: string, more: { hint?: string; rows?: number; describedBy?: string } = {}) => {
    const common = { id: fieldId(k), label, value: s[k], onValue: (v: string) => updateSettings({ [k]: v }), ...more };
    return more.rows ? <TextArea {...common} rows={more.rows} /> : <TextInput {...common} />;
  };
  const choose = (collector: Collector | '', locality: string) => {
    if (!collector) return updateSettings({ collector, locality });
    updateSettings({ ...withCollector(s, { collector: s.collector, locality: s.locality }, { collector, locality }), collector, locality });
  };
  const signHint = 'cchc-rollup-sign-hint';
  return (
    <details class="cchc-rollup__settings cchc-rollup__summary" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.heading}</summary>
      <p class="cchc-hint">{t.intro}</p>
      <div class="cchc-row">
        <Select<Collector | ''>
          id="cchc-rollup-collector"
          label={t.collector}
          value={s.collector}
          options={[['', t.collectorNone], ...collectors.map((c) => [c, t.collectors[c]] as const)]}
          onValue={(collector) => choose(collector, s.locality)}
        />
        <TextInput
          id="cchc-rollup-locality"
          label={t.locality}
          hint={t.localityHint}
          value={s.locality}
          commit="change"
          onValue={(locality) => (s.collector ? choose(s.collector, locality) : updateSettings({ locality }))}
        />
      </div>
      {levelsOf(template).length > 1 && (
        <div class="cchc-field cchc-rollup__narrow">
          <label for="cchc-rollup-level">{t.level}</label>
          <select
            id="cchc-rollup-level"
            value={s.level || template.level}
            onChange={(e) => updateSettings({ level: e.currentTarget.value })}
          >
            {levelsOf(template).map((l) => (
              <option key={l} value={l}>
                {issuerLevelNames[l]}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="cchc-row">
        {text('parentBody', t.parentBody, { hint: t.parentBodyHint, rows: 2 })}
        {text('issuer', t.issuer, { hint: t.issuerHint, rows: 2 })}
      </div>
      <div class="cchc-row">
        {text('unit', t.unit, { hint: t.unitHint })}
        {text('issuerAbbr', t.issuerAbbr, { hint: t.issuerAbbrHint(template.docType) })}
        {text('place', t.place)}
      </div>
      {text('recipients', t.recipients, { hint: t.recipientsHint, rows: 2 })}
      <fieldset class="cchc-rollup__request">
        <legend>{t.request}</legend>
        <p class="cchc-hint">{t.requestHint}</p>
        <div class="cchc-row">
          {text('requestKind', t.requestKind)}
          {text('requestNumber', t.requestNumber)}
          <TextInput
            id={fieldId('requestDate')}
            type="date"
            label={t.requestDate}
            value={s.requestDate}
            commit="change"
            onValue={(requestDate) => updateSettings({ requestDate })}
          />
        </div>
        <div class="cchc-row">
          {text('requestIssuer', t.requestIssuer)}
          {text('requestSubject', t.requestSubject, { hint: t.requestSubjectHint })}
        </div>
      </fieldset>
      {text('distribution', t.distribution, { hint: t.distributionHint, rows: 3 })}
      <div class="cchc-row">
        {text('signAuthority', t.signAuthority, { rows: 2, describedBy: signHint })}
        {text('signTitle', t.signTitle, { describedBy: signHint })}
        <TextInput
          id={fieldId('signName')}
          label={t.signName}
          value={s.signName}
          onValue={(signName) => updateSettings({ signName })}
          describedBy={signHint}
          attrs={{ autocomplete: 'name' }}
        />
      </div>
      <p id={signHint} class="cchc-hint">
        {t.signHint}
      </p>
    </details>
  );
}
