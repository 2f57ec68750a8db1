import { Fragment, type ComponentType } from 'preact';
import type { AppendixTemplate, BlockTemplate, SectionTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { AreaInfo } from '../../lib/builder/props.ts';
import { groupBySection, headingTextKey, introTextKey, resolveSections, type ResolvedSection } from '../../lib/report/index.ts';
import { addInstance, removeInstance, renameInstance } from '../../lib/drafts/instances.ts';
import { getProps, loadEngine, update } from './store.ts';
import { domId, IssueList, TextInput, useShownIssues } from './fields.tsx';
import { blockEditors } from './blocks/index.ts';
import type { BlockEditorProps } from './blocks/types.ts';
import { t } from './strings/sections.ts';
import { t as ts } from './strings/structure.ts';
import { setAppendixPrinted, setLandscape, setText } from '../../lib/drafts/structure.ts';
import { OmitToggle, shown } from './StructureFields.tsx';
import { Button } from '../ui/Button.tsx';

void loadEngine();

/**
 * The editors of one top-level section: its blocks (one editor per block kind, blocks/), its subsections and the
 * items of repeated sections, drawn from the resolved sections the document is built from. Loaded when the
 * section is first opened; the live checks (evaluate) start loading with it.
 */
export function SectionEditor({ section, draft, appendix }: { section: SectionTemplate; draft: Draft; appendix?: boolean }) {
  const [group] = groupBySection([section], resolveSections({ sections: [section] }, draft, '…'));
  return (
    <>
      {appendix ? (
        <AppendixFields appendix={section as AppendixTemplate} draft={draft} />
      ) : (
        group.items[0] && !section.repeat && <RenameField resolved={group.items[0]} draft={draft} />
      )}
      <AreaLinks area={area(section)} />
      <SectionGroup section={group.section} items={group.items} draft={draft} level={3} />
    </>
  );
}

/** An appendix's title and orientation (its content is edited like a section's). */
function AppendixFields({ appendix, draft }: { appendix: AppendixTemplate; draft: Draft }) {
  const key = headingTextKey(appendix.id);
  const id = domId(`landscape.${appendix.id}`);
  const printId = domId(`appendices.${appendix.id}`);
  return (
    <div class="cchc-appendix">
      <p class="cchc-hint">{ts.appendixHint}</p>
      <div class="cchc-field cchc-check">
        <input
          id={printId}
          type="checkbox"
          checked={draft.appendices?.[appendix.id] ?? !appendix.onRequest}
          aria-describedby={appendix.onRequest ? `${printId}-hint` : undefined}
          onChange={(e) => update((d) => setAppendixPrinted(d, appendix.id, (e.currentTarget as HTMLInputElement).checked))}
        />
        <label for={printId}>{ts.appendixPrinted}</label>
        {appendix.onRequest && (
          <p class="cchc-hint" id={`${printId}-hint`}>
            {ts.appendixOnRequest}
          </p>
        )}
      </div>
      <TextInput
        path={key}
        label={ts.appendixTitle}
        value={shown(draft.texts?.[key] ?? appendix.title, draft)}
        onValue={(v) => update((d) => setText(d, key, v === shown(appendix.title, d) ? undefined : v))}
      />
      <div class="cchc-field cchc-check">
        <input
          id={id}
          type="checkbox"
          checked={draft.landscape?.[appendix.id] ?? appendix.landscape}
          onChange={(e) => update((d) => setLandscape(d, appendix.id, (e.currentTarget as HTMLInputElement).checked))}
        />
        <label for={id}>{ts.appendixLandscape}</label>
      </div>
    </div>
  );
}

/** "Đổi tên đề mục": the user's own heading for a section (the number stays); empty goes back to the template's. */
function RenameField({ resolved, draft }: { resolved: ResolvedSection; draft: Draft }) {
  const key = headingTextKey(resolved.key);
  const mine = draft.texts?.[key] ?? '';
  return (
    <details class="cchc-rename" open={!!mine || undefined}>
      <summary>{ts.rename}</summary>
      <TextInput
        path={key}
        label={ts.renameLabel(resolved.defaultTitle)}
        hint={ts.renameHint}
        value={shown(mine, draft)}
        attrs={{ placeholder: resolved.defaultTitle }}
        onValue={(v) => update((d) => setText(d, key, v.trim() ? v : undefined))}
      />
    </details>
  );
}

const area = (s: SectionTemplate): AreaInfo | undefined => (s.area ? getProps().areas[s.area] : undefined);

/** "Báo cáo cần thể hiện" (the area's checklist, folded) and the how-to guide, for a section tied to a reform area. */
function AreaLinks({ area }: { area?: AreaInfo }) {
  if (!area) return null;
  return (
    <div class="cchc-section__links">
      <details class="cchc-checklist">
        <summary>
          {t.checklist}: {area.name} ({t.checklistCount(area.checklist.length)})
        </summary>
        <ul>
          {area.checklist.map((item) => (
            <li>
              {item.text}
              {item.formula && <span class="cchc-hint"> {t.checklistFormula(item.formula)}</span>}
              {item.target && <span class="cchc-hint"> {t.checklistTarget(item.target)}</span>}
            </li>
          ))}
        </ul>
        <p>
          <a href={area.checklistUrl}>{t.checklistMore(area.name)}</a>
        </p>
      </details>
      {area.guideUrl && (
        <p>
          <a href={area.guideUrl}>{t.guide}</a>
        </p>
      )}
    </div>
  );
}

type Group = { section: SectionTemplate; items: ResolvedSection[]; draft: Draft; level: number };

/** A template section as edited: the items of a repeated one, or the one section's content. */
function SectionGroup({ section, items, draft, level }: Group) {
  if (section.repeat) return <RepeatSection section={section} items={items} draft={draft} level={level} />;
  return items[0] ? <SectionContent resolved={items[0]} draft={draft} level={level} /> : null;
}

function SectionContent({ resolved, draft, level }: { resolved: ResolvedSection; draft: Draft; level: number }) {
  const H = `h${Math.min(level, 6)}` as 'h3';
  const { section } = resolved;
  return (
    <>
      {section.hint && <p class="cchc-hint">{section.hint}</p>}
      {resolved.blocks.map(({ key, block }) => (
        <Fragment key={key}>
          {'intro' in block && block.intro && <IntroField block={block} path={key} draft={draft} />}
          <Block block={block} path={key} value={draft.values[key]} />
        </Fragment>
      ))}
      {groupBySection(section.children, resolved.children).map(({ section: c, items }) => {
        const id = domId(`${resolved.key}/${c.id}`) + '-h';
        return (
          <section class="cchc-subsection" key={c.id} aria-labelledby={id}>
            <H id={id}>{c.repeat ? c.repeat.label : (items[0]?.title ?? c.title)}</H>
            {!c.repeat && items[0] && <RenameField resolved={items[0]} draft={draft} />}
            <AreaLinks area={area(c)} />
            <SectionGroup section={c} items={items} draft={draft} level={level + 1} />
          </section>
        );
      })}
    </>
  );
}

/** The sentence the builder prints before a block's list ("Trong kỳ báo cáo, đã ban hành …:"): the user may reword or drop it. */
function IntroField({ block, path, draft }: { block: BlockTemplate & { intro?: string }; path: string; draft: Draft }) {
  const key = introTextKey(path);
  const omitted = (draft.omit ?? []).includes(key);
  return (
    <div class="cchc-intro">
      <TextInput
        path={key}
        label={ts.intro(block.label)}
        hint={ts.introHint}
        value={shown(draft.texts?.[key] ?? block.intro ?? '', draft)}
        attrs={{ disabled: omitted, placeholder: shown(block.intro ?? '', draft) }}
        onValue={(v) => update((d) => setText(d, key, v === shown(block.intro ?? '', d) ? undefined : v))}
      />
      <OmitToggle draft={draft} omitKey={key} />
    </div>
  );
}

/** The editor of the block's kind. */
function Block({ block, path, value }: { block: BlockTemplate; path: string; value: unknown }) {
  const Editor = blockEditors[block.kind] as ComponentType<BlockEditorProps<BlockTemplate['kind']>>;
  return <Editor block={block as BlockEditorProps<BlockTemplate['kind']>['block']} path={path} value={value} />;
}

function RepeatSection({ section, items, draft, level }: Group) {
  const names = draft.instances[section.id] ?? [];
  const issues = useShownIssues(`instances.${section.id}`);
  const H = `h${Math.min(level + 1, 6)}` as 'h4';
  const label = section.repeat!.label;
  return (
    <div class="cchc-repeat">
      {items.length === 0 && <p class="cchc-hint">{t.noItems}</p>}
      <IssueList id={domId(`instances.${section.id}`) + '-issues'} issues={issues} />
      {items.map((item) => {
        const i = item.item!;
        const name = names[i]?.name ?? '';
        return (
          <fieldset class="cchc-repeat__item" key={item.key}>
            <legend>
              <H class="cchc-repeat__title">{item.title}</H>
            </legend>
            <TextInput
              path={`instances.${section.id}.${i}`}
              label={`${t.itemName} (${label.toLocaleLowerCase('vi')} ${i + 1})`}
              value={name}
              onValue={(v) => update((d) => renameInstance(d, section.id, i, v))}
            />
            <SectionContent resolved={item} draft={draft} level={level + 2} />
            <Button
              kind="danger"
              onClick={() => {
                if (window.confirm(t.removeItemConfirm(name || item.title))) update((d) => removeInstance(d, section.id, i));
              }}
            >
              {t.removeItem}: {name || item.title}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => update((d) => addInstance(d, section.id, ''))}>{t.addItem(label)}</Button>
    </div>
  );
}
