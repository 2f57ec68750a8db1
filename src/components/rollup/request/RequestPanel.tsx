import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $state } from '../store.ts';
import { $form, $message, createRequest, loadForm, openRequestFile, openRequestHash } from './actions.ts';
import { RequestFields } from './RequestFields.tsx';
import { RequestResult } from './RequestResult.tsx';
import { t } from './strings.ts';
import { FileButton } from '../../ui/FileButton.tsx';

/**
 * The section's content: the form while the request is written (or corrected), then the link, its file, its Phụ lục
 * and QR code, and who has reported.
 */
export function RequestPanel({ hash }: { hash: string }) {
  const form = useStore($form);
  const request = useStore($state)?.request;
  const message = useStore($message);
  const [editing, setEditing] = useState(!request);
  useEffect(() => {
    void loadForm().then(() => hash && openRequestHash(hash));
  }, []);
  useEffect(() => {
    if (request) setEditing(false);
  }, [request]);
  if (!form) return <p class="cchc-loading">{t.loading}</p>;
  return (
    <div class="cchc-request__panel">
      <div class="cchc-rollup__buttons">
        <FileButton
          id="cchc-request-open"
          label={t.openFile}
          accept=".json,application/json"
          onFile={(f) => void f.text().then((text) => openRequestFile(text, f.name))}
        />
        {request && !editing && (
          <button type="button" class="cchc-btn" onClick={() => setEditing(true)}>
            {t.edit}
          </button>
        )}
      </div>
      {editing && (
        <>
          <RequestFields form={form} />
          <button type="button" class="cchc-btn cchc-btn--primary" onClick={() => createRequest()}>
            {t.create}
          </button>
        </>
      )}
      {message && (
        <p
          class={`cchc-notice cchc-notice--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="request-message"
        >
          {message.text}
        </p>
      )}
      {request && <RequestResult request={request} />}
    </div>
  );
}
