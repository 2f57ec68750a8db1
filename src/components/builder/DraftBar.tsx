import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { serializeDraft } from '../../lib/drafts/export.ts';
import { reportFileName } from '../../lib/builder/filename.ts';
import {
  $conflict,
  $currentId,
  $draft,
  $notice,
  $storage,
  $undo,
  deleteCurrent,
  duplicateDraft,
  getProps,
  hasUserContent,
  importAsNew,
  indexStore,
  newEmptyDraft,
  renameCurrent,
  replaceContent,
  resolveConflict,
  rollover,
  switchDraft,
  undoDelete,
} from './store.ts';
import { t } from './strings.ts';

export function saveBlob(blob: Blob, name: string): Promise<void> {
  return import('file-saver').then((m) => (m.saveAs ?? (m as unknown as { default: { saveAs: typeof m.saveAs } }).default.saveAs)(blob, name));
}

export function DraftBar() {
  const index = useStore(indexStore());
  const currentId = useStore($currentId);
  const draft = useStore($draft)!;
  const undo = useStore($undo);
  const fileRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | undefined>();
  const current = index.items.find((m) => m.id === currentId);
  const { template, example, kindNames } = getProps();

  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      $notice.set({ text: t.readFailed, kind: 'error' });
      return;
    }
    const { parseDraftFile } = await import('../../lib/drafts/import.ts');
    const r = parseDraftFile(text, template.id, kindNames);
    if (!r.ok) {
      $notice.set({ text: `${t.importFailed}: ${r.error}`, kind: 'error' });
      return;
    }
    importAsNew(r.draft);
    $notice.set({ text: r.migratedFrom !== undefined ? t.importedMigrated(r.draft.name, r.migratedFrom) : t.imported(r.draft.name), kind: 'ok' });
  };

  const onExample = () => {
    if (!example) return $notice.set({ text: t.noExample, kind: 'error' });
    if (hasUserContent(draft) && !window.confirm(t.useExampleConfirm)) return;
    replaceContent(example);
    $notice.set({ text: t.exampleLoaded, kind: 'ok' });
  };

  const onExport = () => {
    const fileName = reportFileName(template.fileCode, draft.header.period, draft.header.place, 'json', draft.header.issuer);
    void saveBlob(new Blob([serializeDraft(draft)], { type: 'application/json' }), fileName);
  };

  return (
    <section class="cchc-drafts" aria-labelledby="cchc-drafts-h">
      <h2 id="cchc-drafts-h">{t.draftsHeading}</h2>
      <StorageNotice />
      <ConflictNotice />
      <div class="cchc-row">
        <div class="cchc-field">
          <label for="cchc-draft-select">{t.draftSelect}</label>
          <select id="cchc-draft-select" value={currentId} onChange={(e) => switchDraft((e.currentTarget as HTMLSelectElement).value)}>
            {index.items.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div class="cchc-field">
          <label for="cchc-draft-name">{t.draftName}</label>
          <input
            id="cchc-draft-name"
            type="text"
            value={name ?? current?.name ?? ''}
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            onBlur={() => {
              if (name !== undefined) renameCurrent(name);
              setName(undefined);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).blur();
            }}
          />
        </div>
      </div>
      <div class="cchc-buttons">
        <button type="button" class="cchc-btn" onClick={newEmptyDraft}>{t.draftNew}</button>
        <button type="button" class="cchc-btn" onClick={duplicateDraft}>{t.draftDuplicate}</button>
        <button type="button" class="cchc-btn" onClick={() => void rollover()} aria-describedby="cchc-rollover-hint">{t.draftRollover}</button>
        <button type="button" class="cchc-btn cchc-btn--danger" onClick={deleteCurrent}>{t.draftDelete}</button>
        <button type="button" class="cchc-btn" onClick={onExport}>{t.exportJson}</button>
        <button type="button" class="cchc-btn" onClick={() => fileRef.current?.click()}>{t.importJson}</button>
        <input ref={fileRef} id="cchc-import" class="cchc-visually-hidden" type="file" accept=".json,application/json" aria-label={t.importJson} tabIndex={-1} onChange={onImport} />
        <button type="button" class="cchc-btn cchc-btn--primary" onClick={onExample} disabled={!example}>{t.useExample}</button>
      </div>
      <p class="cchc-hint" id="cchc-rollover-hint">{t.draftRolloverHint}</p>
      {undo && (
        <p class="cchc-notice" role="status">
          {t.deleted(undo.meta.name)}{' '}
          <button type="button" class="cchc-btn cchc-btn--small" onClick={undoDelete}>{t.undo}</button>
        </p>
      )}
      <Notice />
    </section>
  );
}

function Notice() {
  const notice = useStore($notice);
  if (!notice) return <p class="cchc-notice cchc-notice--empty" role="status" aria-live="polite" />;
  return (
    <p class={`cchc-notice cchc-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-testid="notice">
      {notice.text}
    </p>
  );
}

function StorageNotice() {
  const status = useStore($storage);
  if (status === 'ok') return null;
  return (
    <p class="cchc-notice cchc-notice--error" role="alert" data-testid="storage-notice">
      {status === 'full' ? t.storageFull : t.storageUnavailable}
    </p>
  );
}

function ConflictNotice() {
  const conflict = useStore($conflict);
  if (!conflict) return null;
  return (
    <div class="cchc-notice cchc-notice--error" role="alert" data-testid="conflict">
      <p>{t.conflict}</p>
      <button type="button" class="cchc-btn" onClick={() => resolveConflict('theirs')}>{t.conflictTheirs}</button>{' '}
      <button type="button" class="cchc-btn" onClick={() => resolveConflict('mine')}>{t.conflictMine}</button>
    </div>
  );
}
