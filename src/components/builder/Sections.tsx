import { useStore } from '@nanostores/preact';
import type { SectionTemplate } from '../../schemas/template.ts';
import type { JSX } from 'preact';
import type { Draft } from '../../schemas/draft.ts';
import { headerFilled, sectionFilled, signingFilled } from '../../lib/drafts/filled.ts';
import { $draft, getProps } from './store.ts';
import { useModule, useOpened } from '../ui/lazy.ts';
import { Pending } from '../ui/Pending.tsx';
import { t } from './strings/page.ts';

const loadEditor = () => import('./SectionEditor.tsx');

/**
 * A section's title as the list of parts names it: {nam} filled, the other period words read generically ("kỳ tiếp
 * theo"); the document and the section's editor say which period. Kept light: this loads with the builder's first page.
 */
const partTitle = (title: string, year: number) =>
  title.replace(
    /\{([a-z_]+)\}/g,
    (m, name: string) => ({ nam: String(year), ky_toi: 'kỳ tiếp theo', ky: 'kỳ báo cáo', ky_ngan: 'kỳ báo cáo' })[name] ?? m,
  );
const loadHeader = () => import('./HeaderFields.tsx');
const loadSigning = () => import('./SigningFields.tsx');

/**
 * The form's parts — header, the report's sections, signature — start closed; each summary says how much is filled
 * in. A part's editors are downloaded the first time it is opened (HeaderFields, SectionEditor, SigningFields).
 */
export function Sections() {
  const draft = useStore($draft)!;
  return (
    <div class="cchc-sections">
      <h2 id="noi-dung">{t.sectionsHeading(getProps().template.docType)}</h2>
      {getProps().template.sections.map((s) => (
        <SectionPanel key={s.id} section={s} draft={draft} />
      ))}
      {getProps().template.appendices.map((s) => (
        <SectionPanel key={s.id} section={s} draft={draft} appendix />
      ))}
    </div>
  );
}

/** A section, or an appendix ("Phụ lục: …", printed after the signature). */
function SectionPanel({ section, draft, appendix }: { section: SectionTemplate; draft: Draft; appendix?: boolean }) {
  return (
    <Part
      part={section.id}
      title={(appendix ? t.appendix : '') + partTitle(section.title, draft.header.period.year)}
      status={sectionFilled(section, draft)}
      load={loadEditor}
      render={(m) => <m.SectionEditor section={section} draft={draft} appendix={appendix} />}
    />
  );
}

/** "Phần đầu văn bản", closed like the sections; its fields load when it is first opened. */
export function HeaderPanel() {
  const draft = useStore($draft)!;
  return <Part part="header" title={t.headerHeading} status={headerFilled(draft)} load={loadHeader} render={(m) => <m.HeaderFields />} />;
}

/** "Kết thúc, ký và nơi nhận", closed like the sections; its fields load when it is first opened. */
export function SigningPanel() {
  const draft = useStore($draft)!;
  return (
    <Part part="signing" title={t.signingHeading} status={signingFilled(draft)} load={loadSigning} render={(m) => <m.SigningFields />} />
  );
}

/** A closed part of the form: its summary says how much is filled in; its code loads when it is first opened. */
function Part<M>({
  part,
  title,
  status,
  load,
  render,
}: {
  /** Which part it is, for links that open it (DownloadParts.tsx): "header", "signing" or a section id. */
  part: string;
  title: string;
  status: number;
  load: () => Promise<M>;
  render: (m: M) => JSX.Element;
}) {
  const [opened, onToggle] = useOpened();
  const mod = useModule(load, opened);
  return (
    <details class="cchc-section" data-part={part} onToggle={onToggle}>
      <summary>
        <span class="cchc-section__title">{title}</span>{' '}
        <span class="cchc-section__status">{status ? t.sectionFilled(status) : t.sectionEmpty}</span>
      </summary>
      {opened && (mod ? render(mod) : <Pending mod={mod} />)}
    </details>
  );
}
