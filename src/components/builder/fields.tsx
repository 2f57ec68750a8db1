import { useEffect } from 'preact/hooks';
import type { JSX, Ref } from 'preact';
import { useStore } from '@nanostores/preact';
import { computed, atom } from 'nanostores';
import type { Issue } from '../../lib/report/evaluate.ts';
import { $evaluation, $revealAll, $touched } from './store.ts';
import { normalisePastedText, spliceText } from '../../lib/format/paste.ts';
import { stringCodec, useBoundText, type TextCodec } from './bind.ts';
import { t } from './strings/fields.ts';

/** A DOM id from a draft path: "ket-qua/tthc:so-lieu.tiep-nhan" → "f-ket-qua-tthc-so-lieu-tiep-nhan". */
export const domId = (path: string) => 'f-' + path.replace(/[^A-Za-z0-9_-]+/g, '-');

const $issuesByField = computed($evaluation, (ev) => {
  const map: Record<string, Issue[]> = {};
  for (const i of ev?.issues ?? []) if (i.field) (map[i.field] ??= []).push(i);
  return map;
});
export const useIssues = (path: string): Issue[] => useStore($issuesByField)[path] ?? [];

/**
 * The findings of `path` the user should see now: none on a form not yet worked on; those of a field once it was
 * edited and left (or held content when its draft was opened), or once anything under `scope` was (a block's own
 * findings), and all of them once the user asked to download.
 */
export function useShownIssues(path: string, scope = path): Issue[] {
  const issues = useIssues(path);
  const all = useStore($revealAll);
  const touched = useStore($touched);
  if (all || !issues.length) return issues;
  // A path touched covers what is under it (a block opened with figures), and a scope covers its fields.
  for (const p of touched) if (p === scope || p.startsWith(`${scope}.`) || scope.startsWith(`${p}.`)) return issues;
  // Text the user did not write in this draft (carried over, the sample's) is pointed out at once.
  return issues.filter((i) => i.prominent);
}

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

export type BaseProps = { path: string; label: string; hint?: string };

export function describedBy(ids: (string | false | undefined)[]) {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

/**
 * A labelled control with its hint and the issues of its draft path below it (once shown, see useShownIssues).
 * `control` draws the control with the DOM id, the ids that describe it and the issues shown.
 */
export function Field({
  path,
  label,
  hint,
  control,
  variant,
}: BaseProps & {
  control: (id: string, describedBy: string | undefined, issues: Issue[]) => JSX.Element;
  variant?: string;
}) {
  const id = domId(path);
  const issues = useShownIssues(path);
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

const invalid = (issues: Issue[]) => issues.some((i) => i.severity === 'error') || undefined;

/** A one-line text field (also a date field: `type="date"`). */
export function TextInput({
  value,
  onValue,
  type = 'text',
  attrs = {},
  ...field
}: BaseProps & { value: string; onValue: (v: string) => void; type?: string; attrs?: JSX.InputHTMLAttributes<HTMLInputElement> }) {
  const bind = useBoundText(field.path, value, onValue, stringCodec);
  return (
    <Field
      {...field}
      control={(id, described, issues) => (
        <input
          id={id}
          type={type}
          {...bind}
          ref={bind.ref as Ref<HTMLInputElement>}
          aria-describedby={described}
          aria-invalid={invalid(issues)}
          {...attrs}
        />
      )}
    />
  );
}

/** A multi-line field: auto-growing; paste from Word keeps paragraphs and bullets; registers itself for the citation picker. */
export function ProseInput<T = string>({
  label,
  value,
  onValue,
  placeholder,
  rows = 3,
  cite = true,
  codec = stringCodec as unknown as TextCodec<T>,
  ...field
}: BaseProps & {
  value: T;
  onValue: (v: T) => void;
  placeholder?: string;
  rows?: number;
  cite?: boolean;
  codec?: TextCodec<T>;
}) {
  const bind = useBoundText(field.path, value, onValue, codec);
  const grow = () => {
    const el = bind.ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  };
  useEffect(grow, [codec.show(value)]);
  const onPaste = (e: ClipboardEvent) => {
    const text = e.clipboardData?.getData('text/plain');
    if (text == null) return;
    e.preventDefault();
    const el = e.currentTarget as HTMLTextAreaElement;
    const { value: next, caret } = spliceText(el.value, el.selectionStart, el.selectionEnd, normalisePastedText(text));
    el.value = next;
    el.setSelectionRange(caret, caret);
    bind.onInput({ currentTarget: el } as unknown as Event);
    grow();
  };
  return (
    <Field
      {...field}
      label={label}
      control={(id, described, issues) => (
        <textarea
          id={id}
          rows={rows}
          placeholder={placeholder}
          {...bind}
          ref={bind.ref as Ref<HTMLTextAreaElement>}
          onInput={(e) => {
            bind.onInput(e);
            grow();
          }}
          onPaste={onPaste}
          onFocus={(e) =>
            cite && $citeTarget.set({ label, el: e.currentTarget as HTMLTextAreaElement, apply: (v) => onValue(codec.read(v)) })
          }
          aria-describedby={described}
          aria-invalid={invalid(issues)}
        />
      )}
    />
  );
}

/** One item a line; blank lines dropped, spaces at line ends kept on screen but not in the draft. */
const linesCodec: TextCodec<string[]> = {
  read: (text) =>
    text
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim()),
  show: (lines) => lines.join('\n'),
  key: (lines) => lines.join('\n'),
};

/** Lines ↔ string[] (Cơ quan ban hành, Kính gửi, nơi nhận, thẩm quyền ký). */
export function LinesInput({ rows = 3, ...props }: BaseProps & { value: string[]; onValue: (v: string[]) => void; rows?: number }) {
  return <ProseInput {...props} rows={rows} cite={false} codec={linesCodec} />;
}
