import { useStore } from '@nanostores/preact';
import type { StorageStatus } from '../../lib/storage/kv.ts';
import { $savedAt } from './store.ts';
import { exportDraft } from './draft-actions.ts';
import { t } from './strings/storage.ts';
import { Button } from '../ui/Button.tsx';

/** "Tải .docx" here runs the page's own download button (its checks and confirm step included). */
const downloadDocx = () => document.getElementById('cchc-download-btn')?.click();

/**
 * Storage refused a write: what is and is not saved, how to keep it (export .json or .docx) and, when full, how to
 * make room. Everything typed stays in the page; the page writes again on the next change and this notice goes away
 * once a write is stored.
 */
export function StorageNotice({ status }: { status: Exclude<StorageStatus, 'ok'> }) {
  const savedAt = useStore($savedAt);
  const time = savedAt ? new Date(savedAt) : undefined;
  const hhmm = time && !Number.isNaN(time.getTime()) ? time.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }) : '';
  return (
    <div class="cchc-notice cchc-notice--error cchc-storage-notice" role="alert" data-testid="storage-notice" data-status={status}>
      <p>
        <strong>{t[status]}</strong> {status === 'unavailable' ? t.memoryOnly : hhmm ? t.since(hhmm) : t.notStored}
      </p>
      <p>
        {t.keep} {status === 'full' ? t.makeRoom : status === 'failed' ? t.retry : ''}
      </p>
      <p class="cchc-buttons">
        <Button kind="primary" onClick={exportDraft}>
          {t.exportJson}
        </Button>
        <Button onClick={downloadDocx}>{t.downloadDocx}</Button>
      </p>
    </div>
  );
}
