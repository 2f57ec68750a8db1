import { useStore } from '@nanostores/preact';
import { computed, atom } from 'nanostores';
import type { Issue } from '../../lib/report/index.ts';
import { normalisePastedText } from '../../lib/format/paste.ts';
import { $evaluation, $revealAll, $touched } from './store.ts';
import { stringCodec, type TextCodec } from '../ui/bind.ts';
import { TextArea, TextInput as KitTextInput, linesCodec } from '../ui/inputs.tsx';
import { FigureInput as KitFigureInput } from '../ui/FigureInput.tsx';

export { IssueList } from '../ui/Field.tsx';

/**
 * The builder's fields: the UI kit's (src/components/ui/), each at a draft path, which gives its DOM id, the checks'
 * findings it shows (once shown, see useShownIssues) and marks it edited when the user leaves it.
 */

/** A DOM id from a draft path: "ket-qua/tthc:so-lieu.tiep-nhan" → "f-ket-qua-tthc-so-lieu-tiep-nhan". */
export const domId = (path: string) => 'f-' + path.replace(/[^A-Za-z0-9_-]+/g, '-');

/** The user edited the field at `path` and left it: its findings show from now on. */
export function touch(path: string): void {
  if (!$touched.get().has(path)) $touched.set(new Set([...$touched.get(), path]));
}

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

/** Where the citation picker inserts: the prose field focused last. */
export type CiteTarget = { label: string; el: HTMLTextAreaElement | HTMLInputElement; apply: (value: string) => void };
export const $citeTarget = atom<CiteTarget | undefined>(undefined);

/** A kit field's props, with the draft path in place of what the path gives. */
type AtPath<P> = Omit<P, 'id' | 'issues' | 'onLeave'> & { path: string };
const atPath = (path: string) => ({ id: domId(path), issues: useShownIssues(path), onLeave: () => touch(path) });

type KitProps<C> = C extends (props: infer P) => unknown ? P : never;

/** A one-line text field (also a date field: `type="date"`). */
export const TextInput = ({ path, ...props }: AtPath<KitProps<typeof KitTextInput>>) => <KitTextInput {...props} {...atPath(path)} />;

/** A figure typed the Vietnamese way; text that is not a number is kept and flagged by the checks. */
export const FigureInput = ({ path, ...props }: AtPath<KitProps<typeof KitFigureInput>>) => <KitFigureInput {...props} {...atPath(path)} />;

/** A multi-line field in the prose syntax: paste from Word keeps paragraphs and bullets; registers itself for the citation picker. */
export function ProseInput<T = string>({
  path,
  cite = true,
  codec = stringCodec as unknown as TextCodec<T>,
  ...props
}: AtPath<KitProps<typeof TextArea<T>>> & { cite?: boolean }) {
  const onFocus = (el: HTMLTextAreaElement) => $citeTarget.set({ label: props.label, el, apply: (v) => props.onValue(codec.read(v)) });
  return <TextArea {...props} {...atPath(path)} codec={codec} paste={normalisePastedText} onFocus={cite ? onFocus : undefined} />;
}

/** Lines ↔ string[] (Cơ quan ban hành, Kính gửi, nơi nhận, thẩm quyền ký). */
export const LinesInput = ({ rows = 3, ...props }: AtPath<KitProps<typeof TextArea<string[]>>>) => (
  <ProseInput {...props} rows={rows} cite={false} codec={linesCodec} />
);
