import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { useStore } from '@nanostores/preact';
import { computed, atom } from 'nanostores';
import type { Issue } from '../../lib/report/evaluate.ts';
import { $evaluation } from './store.ts';
import { normalisePastedText, spliceText } from '../../lib/builder/paste.ts';
import { t } from './strings/fields.ts';

/** A DOM id from a draft path: "ket-qua/tthc:so-lieu.tiep-nhan" → "f-ket-qua-tthc-so-lieu-tiep-nhan". */
export const domId = (path: string) => 'f-' + path.replace(/[^A-Za-z0-9_-]+/g, '-');

const $issuesByField = computed($evaluation, (ev) => {
  const map: Record<string, Issue[]> = {};
  for (const i of ev?.issues ?? []) if (i.field) (map[i.field] ??= []).push(i);
  return map;
});
export const useIssues = (path: string): Issue[] => useStore($issuesByField)[path] ?? [];

export function IssueList({ id, issues }: { id: string; issues: Issue[] }) {
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

/** Where the citation picker inserts: the prose field focused last. */
export type CiteTarget = { label: string; el: HTMLTextAreaElement | HTMLInputElement; apply: (value: string) => void };
export const $citeTarget = atom<CiteTarget | undefined>(undefined);

export type BaseProps = { path: string; label: string; hint?: string; extraIssues?: Issue[] };

export function describedBy(ids: (string | false | undefined)[]) {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

/**
 * A labelled control with its hint and the issues of its draft path below it. `control` draws the control with the
 * DOM id, the ids that describe it and the issues shown (its own checks' and `extraIssues`).
 */
export function Field({
  path,
  label,
  hint,
  extraIssues = [],
  control,
  variant,
}: BaseProps & {
  control: (id: string, describedBy: string | undefined, issues: Issue[]) => JSX.Element;
  variant?: string;
}) {
  const id = domId(path);
  const issues = [...extraIssues, ...useIssues(path)];
  return (
    <div class={variant ? `cchc-field cchc-field--${variant}` : 'cchc-field'}>
      <label for={id}>{label}</label>
      {control(id, describedBy([hint && `${id}-hint`, issues.length > 0 && `${id}-issues`]), issues)}
      {hint && (
        <p class="cchc-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  );
}

export function TextInput({
  value,
  onValue,
  type = 'text',
  attrs = {},
  ...field
}: BaseProps & { value: string; onValue: (v: string) => void; type?: string; attrs?: JSX.InputHTMLAttributes<HTMLInputElement> }) {
  return (
    <Field
      {...field}
      control={(id, described, issues) => (
        <input
          id={id}
          type={type}
          value={value}
          onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
          aria-describedby={described}
          aria-invalid={issues.some((i) => i.severity === 'error') || undefined}
          {...attrs}
        />
      )}
    />
  );
}

/** Auto-growing textarea; paste from Word keeps paragraphs and bullets; registers itself for the citation picker. */
export function ProseInput({
  label,
  value,
  onValue,
  placeholder,
  rows = 3,
  cite = true,
  ...field
}: BaseProps & { value: string; onValue: (v: string) => void; placeholder?: string; rows?: number; cite?: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const grow = () => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  };
  useEffect(grow, [value]);
  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain');
    if (text == null) return;
    e.preventDefault();
    const el = e.currentTarget as HTMLTextAreaElement;
    const { value: next, caret } = spliceText(el.value, el.selectionStart, el.selectionEnd, normalisePastedText(text));
    onValue(next);
    el.value = next;
    el.setSelectionRange(caret, caret);
    grow();
  };
  return (
    <Field
      {...field}
      label={label}
      control={(id, described) => (
        <textarea
          id={id}
          ref={ref}
          rows={rows}
          value={value}
          placeholder={placeholder}
          onInput={(e) => {
            onValue((e.currentTarget as HTMLTextAreaElement).value);
            grow();
          }}
          onPaste={onPaste}
          onFocus={(e) => cite && $citeTarget.set({ label, el: e.currentTarget as HTMLTextAreaElement, apply: onValue })}
          aria-describedby={described}
        />
      )}
    />
  );
}

/** Lines ↔ string[] (Kính gửi, nơi nhận, thẩm quyền ký). */
export function LinesInput({
  path,
  label,
  hint,
  value,
  onValue,
  rows = 3,
}: BaseProps & { value: string[]; onValue: (v: string[]) => void; rows?: number }) {
  const [text, setText] = useState(value.join('\n'));
  useEffect(() => {
    if (
      text
        .split('\n')
        .filter((l) => l.trim())
        .join('\n') !== value.join('\n')
    )
      setText(value.join('\n'));
  }, [value.join('\n')]);
  return (
    <ProseInput
      path={path}
      label={label}
      hint={hint}
      rows={rows}
      cite={false}
      value={text}
      onValue={(v) => {
        setText(v);
        onValue(
          v
            .split('\n')
            .map((l) => l.trimEnd())
            .filter((l) => l.trim()),
        );
      }}
    />
  );
}
