import type { RequestRef } from '../../schemas/request.ts';
import { resolveConflict, undoDelete } from './draft-actions.ts';
import { getProps } from './store.ts';
import { useModule } from '../ui/lazy.ts';
import { t } from './strings/drafts.ts';

const loadNote = () => import('../request/RequestNote.tsx');

/**
 * Another tab saved this draft, or a draft was deleted; and the request the draft answers, with its deadline and
 * targets (loaded only when there is one of these).
 */
export function DraftNotices({ conflict, deleted, request }: { conflict: boolean; deleted?: string; request?: RequestRef }) {
  const note = useModule(loadNote, !!request);
  return (
    <>
      {conflict && <ConflictNotice />}
      {deleted !== undefined && <UndoNotice name={deleted} />}
      {request && note && <note.RequestNote request={request} template={getProps().template} />}
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
