/**
 * Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs). Starlight's search script constructs the UI
 * as soon as the browser is idle, which downloads ~26 KB gzip on every page before the visitor does anything.
 * This stand-in keeps Starlight's search untouched but builds the real UI only when the visitor reaches for it:
 * pointer over or focus on the search button, a click on it, or Ctrl/⌘+K. The dialog is already open by then;
 * the input gets the focus once the UI is drawn. If the dialog was opened before this ran, the UI loads at once.
 */
type Options = Record<string, unknown> & { element: string };

const failed = 'Không tải được ô tìm kiếm (có thể do mất mạng). Hãy kết nối mạng rồi tải lại trang.';

export class PagefindUI {
  constructor(options: Options) {
    const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      stop();
      // @ts-expect-error — the package ships no types.
      void import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(
        ({ PagefindUI: Real }) => {
          new Real(options);
          const input = document.querySelector<HTMLInputElement>(`${options.element} input`);
          if (input && input.closest('dialog[open]')) input.focus();
        },
        // Offline before the site was saved on this computer: say so in the dialog rather than leave it empty.
        () => (document.querySelector(options.element)!.innerHTML = `<p role="alert">${failed}</p>`),
      );
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key === 'k') start();
    };
    const events = ['pointerenter', 'focus', 'click'] as const;
    const stop = () => {
      for (const ev of events) button?.removeEventListener(ev, start);
      window.removeEventListener('keydown', onKey, true);
    };
    // The visitor may have opened the dialog before this ran (Starlight creates the UI when idle).
    const dialog = button?.closest('site-search')?.querySelector('dialog');
    if (!button || dialog?.open || button.matches(':hover, :focus')) {
      start();
      return;
    }
    for (const ev of events) button.addEventListener(ev, start);
    window.addEventListener('keydown', onKey, true);
  }
}
