import { useStore } from '@nanostores/preact';
import { TextArea, TextInput } from '../../ui/inputs.tsx';
import { FigureInput } from '../../ui/FigureInput.tsx';
import { Select } from '../../ui/Select.tsx';
import type { FieldIssue } from '../../ui/Field.tsx';
import { formPeriodKinds, type FormField, type RequestForm, type TargetForm, type TextField } from '../../../lib/request/form.ts';
import { scoreBlocks } from '../../../lib/report/index.ts';
import { RequestCriteria } from './RequestCriteria.tsx';
import { targetFields } from '../../../lib/request/targets.ts';
import { getProps } from '../store.ts';
import { $errors, setForm } from './actions.ts';
import { t } from './strings.ts';

const issues = (errors: Partial<Record<FormField, string>>, f: FormField): FieldIssue[] =>
  errors[f] ? [{ key: f, severity: 'error', message: errors[f] }] : [];

/** The request's fields, each bound through the UI kit and kept as typed (actions.ts setForm). */
export function RequestFields({ form }: { form: RequestForm }) {
  const errors = useStore($errors);
  const { templates } = getProps();
  const template = templates.find((x) => x.id === form.kind) ?? templates[0];
  const kinds = formPeriodKinds(template);
  const text = (f: TextField, label: string, hint?: string) => ({
    id: `cchc-request-${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    label,
    hint,
    value: form[f],
    onValue: (v: string) => setForm({ [f]: v }),
    issues: issues(errors, f),
  });
  const targetOf = (key: string): TargetForm => form.targets[key] ?? { value: '', year: form.year, source: '', own: false };
  const setTarget = (key: string, patch: Partial<TargetForm>) =>
    setForm({ targets: { ...form.targets, [key]: { ...targetOf(key), ...patch } } });
  return (
    <div class="cchc-request__form">
      <div class="cchc-row">
        <Select
          id="cchc-request-kind"
          label={t.kind}
          value={form.kind}
          options={templates.map((x) => [x.id, x.name] as const)}
          onValue={(kind) => setForm({ kind, periodKind: formPeriodKinds(templates.find((x) => x.id === kind)!)[0] ?? 'nam', targets: {} })}
        />
      </div>
      <div class="cchc-row">
        <Select
          id="cchc-request-period-kind"
          label={t.periodKind}
          value={form.periodKind}
          options={kinds.map((k) => [k, t.periodKinds[k]] as const)}
          onValue={(periodKind) => setForm({ periodKind, index: '1' })}
        />
        {t.index[form.periodKind] && <TextInput {...text('index', t.index[form.periodKind])} attrs={{ inputMode: 'numeric', size: 4 }} />}
        <TextInput {...text('year', t.year)} attrs={{ inputMode: 'numeric', size: 6 }} />
      </div>
      <div class="cchc-row">
        <TextInput {...text('cutoffFrom', t.cutoffFrom)} type="date" commit="change" describedBy="cchc-request-cutoff-hint" />
        <TextInput {...text('cutoffTo', t.cutoffTo)} type="date" commit="change" describedBy="cchc-request-cutoff-hint" />
        <TextInput {...text('deadline', t.deadline)} type="date" commit="change" />
      </div>
      <p class="cchc-hint" id="cchc-request-cutoff-hint">
        {t.cutoffHint}
      </p>
      <fieldset class="cchc-request__group">
        <legend>{t.documentHeading}</legend>
        <div class="cchc-row">
          <TextInput {...text('number', t.number, t.numberHint)} />
          <TextInput {...text('date', t.date)} type="date" commit="change" />
        </div>
        <TextInput {...text('issuer', t.issuer, t.issuerHint)} />
        <TextArea {...text('subject', t.subject, t.subjectHint)} rows={2} />
      </fieldset>
      <TextArea {...text('recipients', t.recipients)} rows={2} />
      <TextArea {...text('units', t.units, t.unitsHint)} rows={5} />
      {scoreBlocks(template).length > 0 && <RequestCriteria form={form} />}
      {targetFields(template).length > 0 && (
        <fieldset class="cchc-request__group">
          <legend>{t.targetsHeading}</legend>
          <p class="cchc-hint">{t.targetsHint}</p>
          {targetFields(template).map((c) => {
            const v = targetOf(c.key);
            const id = `cchc-request-target-${c.key.replace(/[^a-z0-9]+/gi, '-')}`;
            return (
              <div class="cchc-request__target" key={c.key} data-key={c.key}>
                <div class="cchc-row">
                  <FigureInput
                    id={id}
                    label={t.target(c.short, c.better === 'lower' ? t.targetMax : t.targetMin)}
                    decimal
                    value={v.value}
                    onValue={(x) => setTarget(c.key, { value: typeof x === 'number' ? String(x).replace('.', ',') : (x ?? '') })}
                    issues={issues(errors, `target:${c.key}`)}
                  />
                  <TextInput id={`${id}-year`} label={t.targetYear} value={v.year} onValue={(year) => setTarget(c.key, { year })} />
                  <TextInput
                    id={`${id}-source`}
                    label={t.targetSource}
                    value={v.source}
                    onValue={(source) => setTarget(c.key, { source })}
                  />
                </div>
                <label class="cchc-check">
                  <input type="checkbox" checked={v.own} onChange={(e) => setTarget(c.key, { own: e.currentTarget.checked })} />{' '}
                  {t.targetOwn}
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
