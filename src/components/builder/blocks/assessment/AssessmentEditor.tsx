import { useStore } from '@nanostores/preact';
import { asAssessment, type Assessment } from '../../../../lib/report/index.ts';
import { $draft, $evaluation, setValue } from '../../store.ts';
import { shownCodec } from '../../StructureFields.tsx';
import { domId, IssueList, ProseInput, useShownIssues } from '../../fields.tsx';
import type { BlockEditorProps } from '../types.ts';

export function AssessmentEditor({ block, path, value }: BlockEditorProps<'assessment'>) {
  const a = asAssessment(value);
  const issues = useShownIssues(path);
  const codec = shownCodec(useStore($draft)!);
  const facts = useStore($evaluation)?.hints[path] ?? [];
  const set = (k: keyof Assessment, v: string) => {
    const next = { ...a, [k]: v };
    setValue(path, next.good || next.limits || next.proposals ? next : undefined);
  };
  return (
    <fieldset class="cchc-block">
      <legend>{block.label}</legend>
      {block.hint && <p class="cchc-hint">{block.hint}</p>}
      {facts.map((f) => (
        <p key={f} class="cchc-hint">
          {f}
        </p>
      ))}
      {(['good', 'limits', 'proposals'] as const).map((k) => (
        <ProseInput key={k} path={`${path}.${k}`} label={block.labels[k]} value={a[k]} codec={codec} onValue={(v) => set(k, v)} />
      ))}
      <IssueList id={domId(path) + '-issues'} issues={issues} />
    </fieldset>
  );
}
