import type { RequestRef } from '../../schemas/request.ts';
import { resolveConflict, undoDelete } from './draft-actions.ts';
import { getProps } from './store.ts';
import { useModule } from '../ui/lazy.ts';
import { t } from './strings/drafts.ts';
import { Button } from '../ui/Button.tsx';

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
      <Button onClick={() => resolveConflict('theirs')}>{t.conflictTheirs}</Button>{' '}
      <Button onClick={() => resolveConflict('mine')}>{t.conflictMine}</Button>
    </div>
  );
}

/** "Đã xóa bản nháp …" with its undo button. */
function UndoNotice({ name }: { name: string }) {
  return (
    <p class="cchc-notice" role="status">
      {t.deleted(name)}{' '}
      <Button size="small" onClick={undoDelete}>
        {t.undo}
      </Button>
    </p>
  );
}
