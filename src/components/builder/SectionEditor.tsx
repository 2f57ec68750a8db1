import type { ComponentType } from 'preact';
import type { BlockTemplate, SectionTemplate } from '../../schemas/template.ts';
import type { Draft } from '../../schemas/draft.ts';
import type { AreaInfo } from '../../lib/builder/props.ts';
import { groupBySection, resolveSections, type ResolvedSection } from '../../lib/report/walk.ts';
import { addInstance, removeInstance, renameInstance } from '../../lib/drafts/instances.ts';
import { getProps, loadEngine, update } from './store.ts';
import { domId, IssueList, TextInput, useShownIssues } from './fields.tsx';
import { blockEditors, type BlockEditorProps } from './blocks/index.ts';
import { t } from './strings/sections.ts';

void loadEngine();

/**
 * The editors of one top-level section: its blocks (one editor per block kind, blocks/), its subsections and the
 * items of repeated sections, drawn from the resolved sections the document is built from. Loaded when the
 * section is first opened; the live checks (evaluate) start loading with it.
 */
export function SectionEditor({ section, draft }: { section: SectionTemplate; draft: Draft }) {
  const [group] = groupBySection([section], resolveSections({ sections: [section] }, draft, '…'));
  return (
    <>
      <AreaLinks area={area(section)} />
      <SectionGroup section={group.section} items={group.items} draft={draft} level={3} />
    </>
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
        <Block key={key} block={block} path={key} value={draft.values[key]} />
      ))}
      {groupBySection(section.children, resolved.children).map(({ section: c, items }) => {
        const id = domId(`${resolved.key}/${c.id}`) + '-h';
        return (
          <section class="cchc-subsection" key={c.id} aria-labelledby={id}>
            <H id={id}>{c.repeat ? c.repeat.label : (items[0]?.title ?? c.title)}</H>
            <AreaLinks area={area(c)} />
            <SectionGroup section={c} items={items} draft={draft} level={level + 1} />
          </section>
        );
      })}
    </>
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
            <button
              type="button"
              class="cchc-btn cchc-btn--danger"
              onClick={() => {
                if (window.confirm(t.removeItemConfirm(name || item.title))) update((d) => removeInstance(d, section.id, i));
              }}
            >
              {t.removeItem}: {name || item.title}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="cchc-btn" onClick={() => update((d) => addInstance(d, section.id, ''))}>
        {t.addItem(label)}
      </button>
    </div>
  );
}
