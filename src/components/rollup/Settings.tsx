import { useState } from 'preact/hooks';
import { cutoffRange, formatCutoff } from '../../lib/format/cutoff.ts';
import { formatNumber } from '../../lib/format/number.ts';
import { levelsOf } from '../../lib/report/index.ts';
import { issuerLevelNames } from '../../schemas/issuer-levels.ts';
import { TextArea, TextInput } from '../ui/inputs.tsx';
import { FigureInput, type FigureValue } from '../ui/FigureInput.tsx';
import { updateSettings } from './actions.ts';
import type { ViewProps } from './view-props.ts';
import { t } from './strings/view.ts';

/**
 * "Danh sách đơn vị, hạn nộp, chỉ tiêu, người ký": what the roll-up is checked against and what its summary says.
 * Every text is a field of the UI kit, bound rather than controlled (src/components/ui/bind.ts): each keystroke
 * (Telex, a phone keyboard, a field after another with Tab) is kept and a later render never undoes one.
 */
export function Settings({ template, state, result }: ViewProps) {
  const s = state.settings;
  // Open at first on a roll-up without a list or deadline; then as the user leaves it (never closed while typing).
  const [open, setOpen] = useState(() => !s.expected && !s.deadline);
  const cutoff = result.period ? cutoffRange(result.period) : undefined;
  const noTarget = result.noNationalTarget;
  const text = (k: 'expected' | 'issuer' | 'place' | 'signAuthority' | 'signTitle' | 'signName') => ({
    id: `cchc-rollup-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    value: s[k],
    onValue: (v: string) => updateSettings({ [k]: v }),
  });
  const signHint = 'cchc-rollup-sign-hint';
  return (
    <details class="cchc-rollup__settings" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.settingsHeading}</summary>
      <TextArea {...text('expected')} label={t.expected} hint={t.expectedHint} rows={5} />
      <div class="cchc-rollup__narrow">
        <TextInput
          id="cchc-rollup-deadline"
          type="date"
          label={t.deadline}
          hint={cutoff ? `${t.deadlineHint} ${t.cutoff(formatCutoff(cutoff), cutoff.basis)}` : t.deadlineHint}
          value={s.deadline}
          onValue={(deadline) => updateSettings({ deadline })}
          commit="change"
        />
      </div>
      {noTarget.length > 0 && (
        <p class="cchc-hint">{t.noNationalTarget(noTarget.map((c) => c.label.toLocaleLowerCase('vi')).join('; '))}</p>
      )}
      <div class="cchc-row">
        {noTarget.map((c) => (
          <LocalTarget key={c.key} id={c.key} label={c.short} better={c.better} value={s.targets[c.key]} targets={s.targets} />
        ))}
      </div>
      {levelsOf(template).length > 1 && (
        <div class="cchc-field cchc-rollup__narrow">
          <label for="cchc-rollup-level">{t.summaryLevel}</label>
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
        <TextArea {...text('issuer')} label={t.summaryIssuer} hint={t.summaryIssuerHint} rows={2} />
        <TextInput {...text('place')} label={t.summaryPlace} />
      </div>
      <div class="cchc-row">
        <TextArea {...text('signAuthority')} label={t.signAuthority} rows={2} describedBy={signHint} />
        <TextInput {...text('signTitle')} label={t.signTitle} describedBy={signHint} />
        <TextInput {...text('signName')} label={t.signName} describedBy={signHint} attrs={{ autocomplete: 'name' }} />
      </div>
      <p id={signHint} class="cchc-hint">
        {t.signHint}
      </p>
    </details>
  );
}

/** A target the province sets for a rate with no verified national one: a percentage, kept once the field is left. */
function LocalTarget(props: { id: string; label: string; better?: 'higher' | 'lower'; value?: number; targets: Record<string, number> }) {
  const [error, setError] = useState('');
  const onValue = (v: FigureValue) => {
    const next = { ...props.targets };
    if (v === null) delete next[props.id];
    else if (typeof v === 'string' || v < 0 || v > 100) return setError(t.badTarget(typeof v === 'string' ? v : formatNumber(v)));
    else next[props.id] = v;
    setError('');
    updateSettings({ targets: next });
  };
  return (
    <FigureInput
      id={`cchc-rollup-target-${props.id.replace(/[^a-z0-9-]/g, '-')}`}
      label={t.targetLabel(props.label, props.better === 'lower' ? t.targetMax : t.targetMin)}
      decimal
      value={props.value ?? null}
      onValue={onValue}
      commit="change"
      issues={error ? [{ key: 'target', severity: 'error', message: error }] : []}
    />
  );
}
