import type { JSX } from 'preact';
import type { Issue } from '../../lib/report/index.ts';
import { t } from './strings/fields.ts';

/** A finding shown under a field: the checks' issues, or a page's own message about what was typed. */
export type FieldIssue = Pick<Issue, 'key' | 'severity' | 'message'>;

/**
 * What every field of the kit takes: its DOM id, label, hint and the findings shown under it; `describedBy` names a
 * hint elsewhere on the page that describes it too (one hint under a row of fields).
 */
export type FieldProps = { id: string; label: string; hint?: string; issues?: FieldIssue[]; describedBy?: string };

export function describedBy(ids: (string | false | undefined)[]) {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

export function IssueList({ id, issues }: { id: string; issues: FieldIssue[] }) {
  if (!issues.length) return null;
  return (
    <ul class="cchc-issues" id={id}>
      {issues.map((i) => (
        <li key={i.key} class={`cchc-issue cchc-issue--${i.severity}`}>
          <span class="cchc-issue__sev">{t.severity[i.severity]}:</span> {i.message}
        </li>
      ))}
    </ul>
  );
}

/** What a field's control gets: the ids that describe it (hint, findings) and whether an error is shown for it. */
export type ControlProps = { 'aria-describedby': string | undefined; 'aria-invalid': true | undefined };

/** A labelled control with its hint and, below it, the findings given (`issues`). */
export function Field({
  id,
  label,
  hint,
  issues = [],
  describedBy: also,
  variant,
  control,
}: FieldProps & { variant?: string; control: (props: ControlProps) => JSX.Element }) {
  return (
    <div class={variant ? `cchc-field cchc-field--${variant}` : 'cchc-field'}>
      <label for={id}>{label}</label>
      {control({
        'aria-describedby': describedBy([hint && `${id}-hint`, also, issues.length > 0 && `${id}-issues`]),
        'aria-invalid': issues.some((i) => i.severity === 'error') || undefined,
      })}
      {hint && (
        <p class="cchc-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}
