import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $printedNote } from './printed-note.ts';
import {
  $conflict,
  $currentId,
  $draft,
  $index,
  $notice,
  $savedAt,
  $storage,
  $undo,
  getProps,
  newEmptyDraft,
  switchDraft,
} from './store.ts';
import { t } from './strings/page.ts';
import { useModule } from '../ui/lazy.ts';
import { Pending } from '../ui/Pending.tsx';
import { FileButton } from '../ui/FileButton.tsx';
import { Button } from '../ui/Button.tsx';

/** The buttons' code (draft-actions.ts) loads on the first click; if it cannot, the notice says so. */
const act = (run: (a: typeof import('./draft-actions.ts')) => unknown) => () =>
  void import('./draft-actions.ts').then(run, () => $notice.set({ text: t.loadFailed(t.actionWhat), kind: 'error' }));

export function DraftBar() {
  const index = useStore($index);
  const currentId = useStore($currentId);
  const [name, setName] = useState<string | undefined>();
  const current = index.items.find((m) => m.id === currentId);
  const { example } = getProps();

  return (
    <section class="cchc-drafts" aria-labelledby="cchc-drafts-h">
      <h2 id="cchc-drafts-h">{t.draftsHeading}</h2>
      <StorageNotice />
      <EventNotices />
      <div class="cchc-row">
        <div class="cchc-field">
          <label for="cchc-draft-select">{t.draftSelect}</label>
          <select id="cchc-draft-select" value={currentId} onChange={(e) => void switchDraft((e.currentTarget as HTMLSelectElement).value)}>
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
              if (name !== undefined) act((a) => a.renameCurrent(name))();
              setName(undefined);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.currentTarget as HTMLInputElement).blur();
            }}
          />
        </div>
      </div>
      <div class="cchc-buttons">
        <Button onClick={newEmptyDraft}>{t.draftNew}</Button>
        <Button onClick={act((a) => a.duplicateDraft())}>{t.draftDuplicate}</Button>
        <Button onClick={act((a) => a.rollover())} aria-describedby="cchc-rollover-hint">
          {t.draftRollover}
        </Button>
        <Button kind="danger" onClick={act((a) => a.deleteCurrent())}>
          {t.draftDelete}
        </Button>
        <Button onClick={act((a) => a.exportDraft())}>{t.exportJson}</Button>
        <FileButton
          id="cchc-import"
          label={t.importJson}
          accept=".json,.docx,application/json"
          skipInput
          onFile={(file) => act((a) => a.importFile(file))()}
        />
        <Button kind="primary" onClick={act((a) => a.fillWithExample())} disabled={!example}>
          {t.useExample}
        </Button>
      </div>
      <p class="cchc-hint" id="cchc-rollover-hint">
        {t.draftRolloverHint}
      </p>
      <SavedAt />
      <Notice />
    </section>
  );
}

/** "Đã tự lưu lúc 14:05." — the autosave made visible; nothing while storage is refused (StorageNotice says so). */
function SavedAt() {
  const savedAt = useStore($savedAt);
  const status = useStore($storage);
  if (!savedAt || status !== 'ok') return null;
  const time = new Date(savedAt);
  if (Number.isNaN(time.getTime())) return null;
  const hhmm = time.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });
  return (
    <p class="cchc-hint" data-testid="saved-at">
      {t.savedAt(hhmm)}
    </p>
  );
}

function Notice() {
  const notice = useStore($notice);
  if (!notice) return <p class="cchc-notice cchc-notice--empty" role="status" aria-live="polite" />;
  return (
    <p
      class={`cchc-notice cchc-notice--${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      aria-live="polite"
      data-testid="notice"
    >
      {notice.text}
    </p>
  );
}

/**
 * Storage refused a write (full, unavailable, failed): what is not saved and what to do, with the export at hand. Its
 * code loads then; until it has (or if it cannot), a short line says the essential.
 */
const loadStorageNotice = () => import('./StorageNotice.tsx');

function StorageNotice() {
  const status = useStore($storage);
  const mod = useModule(loadStorageNotice, status !== 'ok');
  if (status === 'ok') return null;
  if (mod) return <mod.StorageNotice status={status} />;
  return (
    <p class="cchc-notice cchc-notice--error" role="alert" data-testid="storage-notice">
      {t.storageProblem}
    </p>
  );
}

/**
 * Notices that follow an event (another tab saved this draft, a draft was deleted), and which request the open draft
 * answers (src/components/request/): their code loads then.
 */
const loadNotices = () => import('./DraftNotices.tsx');

function EventNotices() {
  const conflict = useStore($conflict);
  const undo = useStore($undo);
  const request = useStore($draft)?.request;
  const mod = useModule(loadNotices, !!(conflict || undo || request));
  const printed = usePrintedNotice();
  if (!conflict && !undo && !request) return printed;
  return (
    <>
      {mod ? (
        <mod.DraftNotices conflict={!!conflict} deleted={undo?.meta.name} request={request} />
      ) : (
        <Pending mod={mod} what={t.actionWhat} />
      )}
      {printed}
    </>
  );
}

/** A .docx just imported whose text was edited after download: its notice's code loads then. */
const loadPrinted = () => import('./PrintedNotice.tsx');
function usePrintedNotice() {
  const note = useStore($printedNote);
  const mod = useModule(loadPrinted, !!note);
  return mod && note ? <mod.PrintedNotice /> : null;
}
