import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { useStore } from '@nanostores/preact';
import type { BuilderProps } from '../../lib/builder/props.ts';
import { $draft, $notice, getProps, initStore, loadEngine } from './store.ts';
import { Pending } from '../ui/Pending.tsx';
import { DraftBar } from './DraftBar.tsx';
import { HeaderPanel, Sections, SigningPanel } from './Sections.tsx';
import { CitationPicker } from './CitationPicker.tsx';
import { Download, IssuesPanel } from './Download.tsx';
import { t } from './strings/page.ts';
import { Button } from '../ui/Button.tsx';
import '../ui/ui.css';
import './builder.css';
import './preview.css';

/**
 * The report builder: one generic island for every report kind. It renders nothing but a loading line on the
 * server, and the form only after mount, so values restored from storage are never hidden behind
 * server-rendered defaults (see stack notes: Preact hydration does not patch input values).
 */
export default function Builder(props: BuilderProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void initStore(props).then(() => {
      setReady(true);
      openRequest();
      window.addEventListener('hashchange', openRequest);
    });
  }, []);
  if (!ready) return <p class="cchc-loading">{t.loading}</p>;
  return <BuilderForm />;
}

/**
 * A province's request in the address ("#yc=…", src/lib/request/): the door that tells one (a few hundred bytes) loads
 * only when the address has a fragment, and the request's code only when it carries a request.
 */
function openRequest() {
  const hash = location.hash;
  if (hash.length > 1)
    import('../request/in-builder.ts')
      .then((m) => m.openRequestLink(hash))
      .catch(() => $notice.set({ text: t.loadFailed(t.actionWhat), kind: 'error' }));
}

function BuilderForm() {
  const draft = useStore($draft);
  const [Preview, setPreview] = useState<ComponentType | undefined>();
  const [showPreview, setShowPreview] = useState(false);
  if (!draft) return null;
  const togglePreview = async () => {
    if (!Preview) {
      const [m] = await Promise.all([import('./Preview.tsx'), loadEngine()]).catch(() => []);
      // Not loaded: the preview area opens with a message saying so (and the toggle can be tried again).
      if (m) setPreview(() => m.default);
    }
    setShowPreview((v) => !v);
  };
  return (
    <div class="cchc-app cchc-builder not-content" data-ready="true">
      <p class="cchc-hint">{t.privacy}</p>
      <DraftBar />
      <CitationPicker />
      <form class="cchc-form" onSubmit={(e) => e.preventDefault()} aria-label={t.formLabel(getProps().template.docType)}>
        <p class="cchc-hint">{t.sectionsHint}</p>
        <HeaderPanel />
        <Sections />
        <SigningPanel />
      </form>
      <div class="cchc-actions">
        <IssuesPanel />
        <Download />
        <Button aria-expanded={showPreview} aria-controls="cchc-preview" onClick={togglePreview}>
          {showPreview ? t.hidePreview : t.preview}
        </Button>
        {showPreview && Preview && <Button onClick={() => window.print()}>{t.print}</Button>}
      </div>
      <section
        id="cchc-preview"
        class="cchc-preview"
        aria-label={t.previewHeading}
        hidden={!showPreview}
        tabIndex={showPreview ? 0 : undefined}
      >
        {showPreview && (Preview ? <Preview /> : <Pending mod={null} what={t.previewWhat} />)}
      </section>
    </div>
  );
}
