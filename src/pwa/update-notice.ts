const t = {
  available: 'Đã có bản cập nhật —',
  reload: 'Tải lại',
  later: 'Để sau',
  safe: 'Bản nháp đang soạn vẫn được giữ nguyên.',
};

/**
 * "Đã có bản cập nhật — Tải lại": shown when a new version of the site has been downloaded and waits. Nothing
 * reloads until the visitor clicks (never in the middle of typing); drafts live in localStorage, untouched by the
 * update. The click tells the waiting worker to take over (Workbox's SKIP_WAITING message) and reloads this tab once
 * it has; other open tabs keep their page and show this notice too.
 */
export function show(reg: ServiceWorkerRegistration): void {
  if (document.getElementById('cchc-update')) return;
  const box = document.createElement('div');
  box.id = 'cchc-update';
  box.className = 'cchc-update';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.append(t.available, ' ');
  const reload = button(t.reload, 'cchc-update__reload');
  text.append(reload);
  const safe = document.createElement('span');
  safe.className = 'cchc-update__safe';
  safe.textContent = t.safe;
  const later = button(t.later, 'cchc-update__later');
  box.append(text, safe, later);

  reload.addEventListener('click', () => {
    reload.disabled = true;
    // A field being edited gets its change event before the page goes.
    (document.activeElement as HTMLElement | null)?.blur?.();
    // The worker waiting now (a newer deploy may have replaced the one first announced); none if another tab took it.
    const waiting = reg.waiting;
    if (waiting) {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
      waiting.postMessage({ type: 'SKIP_WAITING' });
    } else location.reload();
  });
  later.addEventListener('click', () => box.remove());
  document.body.append(box);
}

function button(label: string, className: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  return b;
}
