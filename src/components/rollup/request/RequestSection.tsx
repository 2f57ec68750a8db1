import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { useModule } from '../../ui/lazy.ts';
import { Pending } from '../../ui/Pending.tsx';
import { carriesRequest } from '../../../lib/request/marker.ts';
import { $state } from '../store.ts';
import { t } from './strings.ts';
import './request.css';

const loadPanel = () => import('./RequestPanel.tsx');

/**
 * "Yêu cầu báo cáo" on /tong-hop/: a heading and a button, and the panel (the form, the link, the status) whose code
 * loads when the province starts a request, opens one, or has one in the roll-up already.
 */
export function RequestSection() {
  const request = useStore($state)?.request;
  const [hash] = useState(() => (typeof location !== 'undefined' && carriesRequest(location.hash) ? location.hash : ''));
  const [started, setStarted] = useState(false);
  const open = started || !!request || !!hash;
  const panel = useModule(loadPanel, open);
  return (
    <section aria-labelledby="cchc-request-h" class="cchc-request" data-testid="request-section">
      <h2 id="cchc-request-h">{t.heading}</h2>
      <p class="cchc-hint">{t.intro}</p>
      {!open && (
        <button type="button" class="cchc-btn" onClick={() => setStarted(true)}>
          {t.start}
        </button>
      )}
      {open && (panel ? <panel.RequestPanel hash={hash} /> : <Pending mod={panel} loading={t.loading} failed={t.loadFailed} />)}
    </section>
  );
}
