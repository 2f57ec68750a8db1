import { useStore } from '@nanostores/preact';
import { $draft, update } from './store.ts';
import { IssueList, LinesInput, ProseInput, TextInput } from './fields.tsx';
import { t } from './strings/signing.ts';
import { t as tp } from './strings/page.ts';
import { OmitToggle, shown } from './StructureFields.tsx';
import { defaultsFor } from '../../lib/report/index.ts';
import { getProps } from './store.ts';

/** Closing sentence, signature block and distribution list; loaded when its panel is first opened. */
export function SigningFields() {
  const draft = useStore($draft)!;
  return (
    <fieldset class="cchc-signing">
      <legend>
        <h2 id="ky-noi-nhan">{tp.signingHeading}</h2>
      </legend>
      <ProseInput
        path="closing"
        label={t.closing}
        value={shown(draft.closing, draft)}
        placeholder={shown(defaultsFor(getProps().template, draft.level).closing, draft)}
        onValue={(v) => update((d) => ({ ...d, closing: v }))}
        rows={2}
      />
      <OmitToggle draft={draft} omitKey="closing" />
      <LinesInput
        path="signature.authority"
        label={t.authority}
        rows={2}
        value={draft.signature.authority}
        onValue={(v) => update((d) => ({ ...d, signature: { ...d.signature, authority: v } }))}
      />
      <div class="cchc-row">
        <TextInput
          path="signature.title"
          label={t.signTitle}
          value={draft.signature.title}
          onValue={(v) => update((d) => ({ ...d, signature: { ...d.signature, title: v } }))}
        />
        <TextInput
          path="signature.name"
          label={t.signName}
          value={draft.signature.name}
          onValue={(v) => update((d) => ({ ...d, signature: { ...d.signature, name: v } }))}
        />
      </div>
      <LinesInput
        path="distribution"
        label={t.distribution}
        rows={4}
        value={draft.distribution}
        onValue={(v) => update((d) => ({ ...d, distribution: v }))}
      />
      <IssueList id="f-signing-issues" issues={[]} />
    </fieldset>
  );
}
