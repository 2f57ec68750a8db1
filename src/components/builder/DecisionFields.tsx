import { useStore } from '@nanostores/preact';
import type { Draft } from '../../schemas/draft.ts';
import { defaultsFor } from '../../lib/report/index.ts';
import { decisionDraft, patchDecision } from '../../lib/drafts/structure.ts';
import { $draft, getProps, update } from './store.ts';
import { LinesInput, ProseInput, TextInput } from './fields.tsx';
import { shown } from './StructureFields.tsx';
import { t } from './strings/structure.ts';
import { Button } from '../ui/Button.tsx';

type Decision = NonNullable<Draft['decision']>;

/**
 * "Quyết định ban hành", in "Phần đầu văn bản" beside the number and date it uses: whether the document is issued by a
 * decision (Mẫu 1.3) and the decision's texts — trích yếu, authority, căn cứ, the articles, Nơi nhận — each starting as
 * the template's default for the draft's issuer level and shown with {nam}, {don_vi} … filled in.
 */
export function DecisionFields() {
  const draft = useStore($draft)!;
  const { template } = getProps();
  const defaults = defaultsFor(template, draft.level);
  if (!defaults.decision) return null;
  const d: Decision = draft.decision ?? decisionDraft(defaults.decision);
  const set = (patch: Partial<Decision>) => update((x) => patchDecision(x, defaultsFor(template, x.level), patch));
  const docType = template.docType;
  const articles = d.articles.length ? d.articles : defaults.decision.articles;
  return (
    <fieldset class="cchc-decision">
      <legend>{t.decisionLegend}</legend>
      <div class="cchc-field cchc-check">
        <input
          id="f-decision-use"
          type="checkbox"
          checked={d.use}
          onChange={(e) => set({ use: (e.currentTarget as HTMLInputElement).checked })}
          aria-describedby="f-decision-use-hint"
        />
        <label for="f-decision-use">{t.decisionUse(docType)}</label>
        <p class="cchc-hint" id="f-decision-use-hint">
          {t.decisionHint(docType)}
        </p>
      </div>
      {d.use && (
        <>
          <TextInput
            path="decision.title"
            label={t.decisionTitle}
            value={shown(d.title, draft)}
            attrs={{ placeholder: shown(defaults.decision.title, draft) }}
            onValue={(v) => set({ title: v })}
          />
          <TextInput
            path="decision.authority"
            label={t.decisionAuthority}
            hint={t.decisionAuthorityHint}
            value={shown(d.authority, draft)}
            attrs={{
              placeholder: shown(defaults.decision.authority, draft) || draft.header.issuer.replace(/\s+/g, ' ').toLocaleUpperCase('vi'),
            }}
            onValue={(v) => set({ authority: v })}
          />
          <ProseInput
            path="decision.basis"
            label={t.decisionBasis}
            hint={t.decisionBasisHint}
            rows={4}
            value={shown(d.basis, draft)}
            placeholder={shown(defaults.decision.basis, draft)}
            onValue={(v) => set({ basis: v })}
          />
          <div class="cchc-articles" role="group" aria-label={t.articles}>
            {articles.map((a, i) => (
              <div class="cchc-article" key={i}>
                <ProseInput
                  path={`decision.articles.${i}`}
                  label={t.article(i + 1)}
                  rows={2}
                  value={shown(a, draft)}
                  onValue={(v) => set({ articles: articles.map((x, j) => (j === i ? v : x)) })}
                />
                {articles.length > 1 && (
                  <Button kind="danger" size="small" onClick={() => set({ articles: articles.filter((_, j) => j !== i) })}>
                    ✕ {t.articleRemove(i + 1)}
                  </Button>
                )}
              </div>
            ))}
            <Button onClick={() => set({ articles: [...articles, ''] })}>+ {t.articleAdd}</Button>
          </div>
          <LinesInput
            path="decision.distribution"
            label={t.decisionDistribution}
            rows={4}
            value={d.distribution}
            onValue={(v) => set({ distribution: v })}
          />
          <Button
            onClick={() => {
              if (window.confirm(t.decisionResetConfirm))
                update((x) => ({ ...x, decision: { ...decisionDraft(defaultsFor(template, x.level).decision!), use: true } }));
            }}
          >
            {t.decisionReset}
          </Button>
        </>
      )}
    </fieldset>
  );
}
