import { resolveConflict, undoDelete } from './draft-actions.ts';
import { t } from './strings/drafts.ts';

/** Another tab saved this draft, or a draft was deleted (loaded only when that happens). */
export function DraftNotices({ conflict, deleted }: { conflict: boolean; deleted?: string }) {
  return (
    <>
      {conflict && <ConflictNotice />}
      {deleted !== undefined && <UndoNotice name={deleted} />}
    </>
  );
}

/** Keep the other tab's version or this one. */
function ConflictNotice() {
  return (
    <div class="cchc-notice cchc-notice--error" role="alert" data-testid="conflict">
      <p>{t.conflict}</p>
      <button type="button" class="cchc-btn" onClick={() => resolveConflict('theirs')}>
        {t.conflictTheirs}
      </button>{' '}
      <button type="button" class="cchc-btn" onClick={() => resolveConflict('mine')}>
        {t.conflictMine}
      </button>
    </div>
  );
}

/** "Đã xóa bản nháp …" with its undo button. */
function UndoNotice({ name }: { name: string }) {
  return (
    <p class="cchc-notice" role="status">
      {t.deleted(name)}{' '}
      <button type="button" class="cchc-btn cchc-btn--small" onClick={undoDelete}>
        {t.undo}
      </button>
    </p>
  );
}
